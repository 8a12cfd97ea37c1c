import { EntityCaption, recordPath } from '../entities';
import { dateRange, placeOf } from '../timeline';
import type { TimelineItem } from '../timeline';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';

/** The case's hearings (timeline events of type `hearing`), in date order. */
export function HearingList({ items }: { items: TimelineItem[] }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('prosecution.hearings.empty')}</p>;
  return (
    <ul className="hearing-list" data-testid="hearing-list">
      {items.map((h) => (
        <li key={h.id} data-testid="hearing">
          <time className="timeline-date" dateTime={h.timeline.start ?? undefined}>
            {dateRange(h.timeline)}
          </time>{' '}
          <Link to={recordPath(h.case_id, h.id)}>
            <EntityCaption e={h} />
          </Link>
          {placeOf(h) && <span className="muted"> · {placeOf(h)}</span>}
        </li>
      ))}
    </ul>
  );
}
