import type { GradingDoc } from '../../shared/intelligence';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { CycleBadge } from './CycleBadge';
import { reportPath } from './display';
import { TlpBadge } from './TlpBadge';
import type { ReviewEntry } from './types';

interface Props {
  rows: ReviewEntry[];
  doc: GradingDoc | undefined;
  /** `intel-row` for the list, `review-row` for the review queue. */
  rowTestId: string;
  /** The review queue: how long each report has waited, and a missing risk assessment. */
  review?: boolean;
  emptyKey: string;
}

/** Reports as a table (cards on a phone): reference, TLP, cycle, grading, author and holder, time. */
export function IntelTable({ rows, doc, rowTestId, review, emptyKey }: Props) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<ReviewEntry>[] = [
    {
      id: 'reference',
      labelKey: 'intelligence.fields.reference',
      render: (r) => (
        <span className="entity-cell">
          <Link to={reportPath(r.id)} className="mono" data-testid="intel-row-link">
            {r.reference || r.id}
          </Link>
          {r.sanitised && <span className="badge badge-kind">{t('intelligence.report.sanitised_badge')}</span>}
        </span>
      ),
    },
    { id: 'tlp', labelKey: 'intelligence.fields.tlp', render: (r) => <TlpBadge tlp={r.tlp} /> },
    { id: 'cycle', labelKey: 'intelligence.fields.cycle', render: (r) => <CycleBadge doc={doc} cycle={r.cycle} /> },
    {
      id: 'grading',
      labelKey: 'intelligence.grading.title',
      render: (r) =>
        r.grading ? (
          <span className="mono">{t('intelligence.grading.short', { source: r.grading.source, intelligence: r.grading.intelligence, handling: r.grading.handling })}</span>
        ) : (
          <span className="muted">{t('common.none')}</span>
        ),
    },
    {
      id: 'who',
      labelKey: 'intelligence.fields.author',
      render: (r) => (
        <span className="entity-cell">
          <span>{r.author?.display_name ?? ''}</span>
          {r.target_unit && <small className="muted">{t('intelligence.fields.held_by', { unit: r.target_unit.name })}</small>}
        </span>
      ),
    },
    review
      ? {
          id: 'waiting',
          labelKey: 'intelligence.review.waiting_since',
          render: (r) => (
            <span className="entity-cell">
              <span>{formatDateTime(r.waiting_since ?? r.handed_over_at ?? r.updated_at)}</span>
              {!r.risk_assessment && doc?.handling_codes.find((h) => h.code === r.grading?.handling)?.special && (
                <span className="badge badge-alert" data-testid="review-needs-risk">
                  {t('intelligence.review.needs_risk')}
                </span>
              )}
            </span>
          ),
        }
      : { id: 'updated', labelKey: 'intelligence.fields.updated', render: (r) => formatDateTime(r.updated_at) },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      testId={`${rowTestId}s`}
      rowTestId={rowTestId}
      rowData={(r) => ({ 'data-cycle': r.cycle ?? '', 'data-report-id': r.id, 'data-tlp': r.tlp })}
      emptyKey={emptyKey}
    />
  );
}
