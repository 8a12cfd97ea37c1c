import { msToIso } from '../../shared/datetime';
import { Link, navigate } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { BandBadge } from './BandBadge';
import { MatchSideView } from './MatchSideView';
import { ReasonList } from './ReasonList';
import { EMPTY_KEYS, matchPath } from './display';
import type { Match, MatchStatus } from './types';

/** The queue shows the first three reasons; the detail page all of them. */
export const QUEUE_REASONS = 3;

interface Props {
  rows: Match[];
  /** The tab: a proposal shows when it was made, a decision who made it. */
  status: MatchStatus;
  schemaLabel: (schema: string) => string;
}

/** The queue's matches: a table on wide screens, cards on phones; a row opens the match. */
export function MatchTable({ rows, status, schemaLabel }: Props) {
  const { t, formatPercent, formatDateTime } = useI18n();
  const columns: Column<Match>[] = [
    {
      id: 'score',
      labelKey: 'matches.fields.score',
      render: (m) => (
        <div className="match-score-cell">
          <Link to={matchPath(m.id)} className="match-open" data-testid="match-open" onClick={(e) => e.stopPropagation()}>
            <strong className="match-score-value" data-testid="match-score">{formatPercent(m.score)}</strong>
            <span className="visually-hidden"> {t('matches.open')}</span>
          </Link>
          <BandBadge band={m.band} />
        </div>
      ),
    },
    { id: 'a', labelKey: 'matches.fields.a', render: (m) => <MatchSideView side={m.a} testId="match-side-a" schemaLabel={schemaLabel} /> },
    { id: 'b', labelKey: 'matches.fields.b', render: (m) => <MatchSideView side={m.b} testId="match-side-b" schemaLabel={schemaLabel} /> },
    { id: 'reasons', labelKey: 'matches.fields.reasons', render: (m) => <ReasonList reasons={m.reasons ?? []} limit={QUEUE_REASONS} /> },
    status === 'proposed'
      ? { id: 'created', labelKey: 'matches.fields.proposed_at', render: (m) => formatDateTime(msToIso(m.created_at)) }
      : {
          id: 'decision',
          labelKey: 'matches.fields.decision',
          render: (m) => (
            <span className="match-decision">
              {t('matches.decided_by', { by: m.decided_by_name ?? '—', at: formatDateTime(msToIso(m.decided_at)) })}
              {m.reason && <span className="pre muted"> — {m.reason}</span>}
            </span>
          ),
        },
  ];
  return (
    <Table
      rows={rows}
      columns={columns}
      rowKey={(m) => m.id}
      testId="match-table"
      rowTestId="match-row"
      rowData={(m) => ({ 'data-match-id': m.id, 'data-status': m.status, 'data-band': m.band })}
      rowClass={(m) => `match-row-${m.band}`}
      emptyKey={EMPTY_KEYS[status]}
      onRowClick={(m) => navigate(matchPath(m.id))}
    />
  );
}
