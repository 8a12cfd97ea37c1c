import type { EntitySchemaDoc } from '../entities';
import { msToIso } from '../../shared/datetime';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { BandBadge } from './BandBadge';
import { MatchActions } from './MatchActions';
import { MatchComparison } from './MatchComparison';
import { MatchHistory } from './MatchHistory';
import { MatchSideView } from './MatchSideView';
import { ReasonList } from './ReasonList';
import { STATUS_KEYS, STRENGTH_KEYS } from './display';
import type { Match, MatchDetail } from './types';

interface Props {
  m: MatchDetail;
  doc: EntitySchemaDoc | undefined;
  schemaLabel: (schema: string) => string;
  onDecided: (m: Match) => void;
  onReload: () => void;
  /** A failed reload after a decision: the match stays in view. */
  loadError?: unknown;
}

/** One match: its state and likelihood, the two records compared, why, the decision and its history. */
export function MatchDetailView({ m, doc, schemaLabel, onDecided, onReload, loadError }: Props) {
  const { t, formatPercent, formatDateTime } = useI18n();
  const records = m.records ?? null;
  return (
    <article className="page" data-testid="match-detail" data-match-id={m.id}>
      <p className="muted case-ref">
        <Link to="/matches">{t('matches.title')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('matches.detail.title')}</h1>
      </div>
      <ProblemAlert error={loadError} />
      <p className="badges">
        <span className={`state match-status-${m.status}`} data-testid="match-status" data-status={m.status}>
          {STATUS_KEYS[m.status] ? t(STATUS_KEYS[m.status]) : m.status}
        </span>
        <span className="match-score-line">
          <strong className="match-score-value" data-testid="match-score">{formatPercent(m.score)}</strong>{' '}
          <span className="muted">{t('matches.detail.score_help')}</span>
        </span>
        <BandBadge band={m.band} />
      </p>
      <p className="muted">
        {t('matches.detail.proposed_at', { at: formatDateTime(msToIso(m.created_at)) })}
        {m.status !== 'proposed' && m.decided_at !== null && (
          <>
            {' · '}
            {t('matches.decided_by', { by: m.decided_by_name ?? '—', at: formatDateTime(msToIso(m.decided_at)) })}
          </>
        )}
      </p>
      {m.status !== 'proposed' && m.reason && <p className="pre approval-note" data-testid="match-decision-reason">{m.reason}</p>}
      <div className="two-col match-sides">
        <section className="card">
          <h2 className="match-side-title">{t('matches.fields.a')}</h2>
          <MatchSideView side={m.a} testId="match-side-a" schemaLabel={schemaLabel} recordLink />
        </section>
        <section className="card">
          <h2 className="match-side-title">{t('matches.fields.b')}</h2>
          <MatchSideView side={m.b} testId="match-side-b" schemaLabel={schemaLabel} recordLink />
        </section>
      </div>
      <p className="alert alert-warning match-notice" role="note" data-testid="match-notice">
        {t('matches.notice')}
      </p>
      <section className="stack-gap" data-testid="match-explanation">
        <h2>{t('matches.reasons.title')}</h2>
        <p className="muted match-legend">
          {t('matches.reasons.legend', {
            strong: t(STRENGTH_KEYS.strong),
            supporting: t(STRENGTH_KEYS.supporting),
            against: t(STRENGTH_KEYS.against),
          })}
        </p>
        <ReasonList reasons={m.reasons ?? []} />
      </section>
      <MatchComparison a={records?.a} b={records?.b} sideA={m.a} sideB={m.b} doc={doc} />
      <MatchActions match={m} onDecided={onDecided} onReload={onReload} />
      <MatchHistory history={m.history ?? []} />
    </article>
  );
}
