import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { ReportStateBadge } from './ReportStateBadge';
import type { FrontlineReport } from './types';

interface Props {
  rows: FrontlineReport[];
  /** `frontline-row` for one's own reports, `inbox-row` for the unit's inbox. */
  rowTestId: string;
  showAuthor?: boolean;
}

/** Reports as large touch-friendly cards: reference, state, where and when, to whom. */
export function ReportList({ rows, rowTestId, showAuthor }: Props) {
  const { t, formatDateTime } = useI18n();
  if (rows.length === 0) return <p className="muted" data-testid="frontline-empty">{t('frontline.list.empty')}</p>;
  return (
    <ul className="report-list">
      {rows.map((r) => (
        <li key={r.id}>
          <Link to={`/frontline/${r.id}`} className="report-card" data-testid={`${rowTestId}-${r.id}`}>
            <span className="report-card-head">
              <strong>{r.reference || r.id}</strong>
              <ReportStateBadge state={r.state} />
            </span>
            {r.location && <span>{r.location}</span>}
            <small className="muted">
              {r.observed_at ? t('frontline.list.observed', { at: formatDateTime(r.observed_at) }) : t('frontline.list.updated', { at: formatDateTime(r.updated_at) })}
            </small>
            {showAuthor && r.author && <small className="muted">{t('frontline.list.author', { name: r.author.display_name })}</small>}
            {r.target_unit && <small className="muted">{t('frontline.list.handed_to', { unit: r.target_unit.name })}</small>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
