import type { RecordIndex } from '../entities';
import { useI18n } from '../../shared/useI18n';
import { TimelineEntry } from './TimelineEntry';
import type { TimelineItem } from './types';

/** The vertical timeline, in the server's date order (undated events last). */
export function TimelineList({ items, records, truncated }: { items: TimelineItem[]; records: RecordIndex; truncated?: boolean }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('timeline.empty')}</p>;
  return (
    <>
      {truncated && (
        <p className="alert alert-warning" role="status" data-testid="timeline-truncated">
          {t('timeline.truncated')}
        </p>
      )}
      <ol className="timeline">
        {items.map((item) => (
          <TimelineEntry key={item.id} item={item} records={records} />
        ))}
      </ol>
    </>
  );
}
