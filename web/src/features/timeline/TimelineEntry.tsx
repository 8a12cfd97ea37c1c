import { EntityCaption, recordPath, useCaptionText } from '../entities';
import type { RecordIndex } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { dateRange, involvedIds, placeOf } from './display';
import type { TimelineItem } from './types';

interface Props {
  item: TimelineItem;
  /** The case's people and organisations, to name who took part. */
  records: RecordIndex;
}

/** One point of the timeline: when, what kind, what (a link to the record), where and who. */
export function TimelineEntry({ item, records }: Props) {
  const { t } = useI18n();
  const lookupLabel = useLookupLabel();
  const caption = useCaptionText();
  const { type, start } = item.timeline;
  const place = placeOf(item);
  const involved = involvedIds(item);
  return (
    <li className="timeline-item" data-testid="timeline-item" data-type={type}>
      <time className="timeline-date" dateTime={start ?? undefined}>
        {dateRange(item.timeline)}
      </time>
      <div className="timeline-body">
        <span className={`badge badge-event badge-event-${type}`}>{lookupLabel('event_types', type)}</span>
        <Link to={recordPath(item.case_id, item.id)} className="timeline-caption">
          <EntityCaption e={item} />
        </Link>
        {place && (
          <p className="timeline-line">
            <span className="muted">{t('timeline.fields.place')}:</span> {place}
          </p>
        )}
        {involved.length > 0 && (
          <p className="timeline-line timeline-involved">
            <span className="muted">{t('timeline.fields.involved')}:</span>{' '}
            {involved.map((id) => (
              <Link key={id} to={recordPath(item.case_id, id)}>
                {records.has(id) ? caption(records.get(id)) : t('timeline.other_record')}
              </Link>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}
