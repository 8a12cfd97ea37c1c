import { recordPath } from '../entities';
import { useLookupLabel } from '../../shared/reference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { counterpartNode, formatAmount, groupByDay, isMoment, SOURCE_KEYS, timelinePath, TYPE_KEYS } from './nodeTimeline';
import type { NodeTimelineItem } from './types';

/** The type of an item: a case-file event type from the lookups, or a call's or payment's direction. */
export function useItemTypeLabel(): (type: string) => string {
  const { t } = useI18n();
  const lookupLabel = useLookupLabel();
  return (type) => (TYPE_KEYS[type] ? t(TYPE_KEYS[type]) : lookupLabel('event_types', type));
}

/** When in its day: the time of a call or payment (to its end), or the date as written. */
function useWhen(): (item: NodeTimelineItem) => string {
  const { lang } = useI18n();
  const time = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeStyle: 'short' });
  return (item) => {
    if (!item.start) return '—';
    if (isMoment(item.start)) {
      const from = time.format(new Date(item.start));
      const to = isMoment(item.end) ? time.format(new Date(item.end)) : '';
      return to && to !== from ? `${from} – ${to}` : from;
    }
    return item.end && item.end !== item.start ? `${item.start} – ${item.end}` : item.start;
  };
}

function Entry({ item }: { item: NodeTimelineItem }) {
  const { t, lang } = useI18n();
  const typeLabel = useItemTypeLabel();
  const when = useWhen();
  const other = counterpartNode(item);
  const amount = formatAmount(lang, item.amount, item.currency);
  const place = [item.location, item.cell ? `${t('node_timeline.fields.cell')} ${item.cell}` : ''].filter(Boolean).join(', ');
  const caption = item.caption || '—';
  return (
    <li className="timeline-item" data-testid="node-timeline-item" data-source={item.source} data-type={item.type}>
      <time className="timeline-date" dateTime={item.start || undefined}>
        {when(item)}
      </time>
      <div className="timeline-body">
        <span className="badge-line">
          <span className={`badge badge-event badge-event-${item.type}`}>{typeLabel(item.type)}</span>
          <span className="badge badge-source">{t(SOURCE_KEYS[item.source])}</span>
        </span>
        {item.source === 'case_file' && item.record_id ? (
          <Link to={recordPath(item.case_id, item.record_id)} className="timeline-caption">
            {caption}
          </Link>
        ) : other ? (
          <p className="timeline-line">
            <span className="muted">{t('node_timeline.fields.counterpart')}:</span>{' '}
            <Link to={timelinePath(other)} className="mono" data-testid="node-timeline-counterpart">
              {caption}
            </Link>
          </p>
        ) : (
          <span className="timeline-caption">{caption}</span>
        )}
        {amount && (
          <p className="timeline-line" data-testid="node-timeline-amount">
            <span className="muted">{t('node_timeline.fields.amount')}:</span> {amount}
          </p>
        )}
        {place && (
          <p className="timeline-line">
            <span className="muted">{t('node_timeline.fields.location')}:</span> {place}
          </p>
        )}
        {item.case_id && (
          <p className="timeline-line">
            <span className="muted">{t('node_timeline.fields.case')}:</span>{' '}
            <Link to={`/cases/${item.case_id}`} className="mono" data-testid="node-timeline-case">
              {item.case_id}
            </Link>
          </p>
        )}
      </div>
    </li>
  );
}

/** The node's items by day, oldest first, the undated last. */
export function NodeTimelineList({ items }: { items: NodeTimelineItem[] }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <p className="muted" data-testid="node-timeline-empty">{t('node_timeline.empty')}</p>;
  return (
    <ol className="node-timeline" data-testid="node-timeline">
      {groupByDay(items).map((g) => (
        <li key={g.key || '-'} className="node-timeline-day" data-testid="node-timeline-day" data-day={g.key}>
          <h3 className="node-timeline-heading">
            {g.key ? <time dateTime={g.key}>{/^\d{4}-\d{2}-\d{2}$/.test(g.key) ? formatDate(g.key) : g.key}</time> : t('node_timeline.undated')}
          </h3>
          <ol className="timeline">
            {g.items.map((item, i) => (
              <Entry key={`${item.source}/${item.record_id ?? ''}/${item.start}/${i}`} item={item} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
