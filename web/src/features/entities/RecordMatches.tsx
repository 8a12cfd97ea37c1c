// A record's cross-case matches as the people tab shows them: the "N matches" badge in the list
// and on the record's page, the link to every record of the same person once one is confirmed,
// and the page's list of the matches. Reviewing a match is the matches feature's screen
// (/matches/{mid}); the types come from there (type-only, so entities imports no other feature).
import { useEffect } from 'react';
import type { MouseEvent } from 'react';
import type { Match, MatchCount, MatchCounts } from '../matches';
import { msToIso } from '../../shared/datetime';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { matchCounts } from './api';
import { EntityCaption } from './EntityCaption';
import { clusterPath, MATCHES_ANCHOR } from './display';

/** The link to the cluster names what the records are of. */
const CLUSTER_KEYS: Record<string, string> = {
  Person: 'entities.matches.cluster_person',
  Organization: 'entities.matches.cluster_organization',
};
export const clusterLinkKey = (schema: string) => CLUSTER_KEYS[schema] ?? 'entities.matches.cluster_thing';

/** The same translations as the matches screens. */
const STATUS_KEYS: Record<string, string> = {
  proposed: 'matches.status.proposed',
  confirmed: 'matches.status.confirmed',
  rejected: 'matches.status.rejected',
};

export const matchTotal = (c: MatchCount | undefined): number => (c?.proposed ?? 0) + (c?.confirmed ?? 0);

/** A record's counts from its own list of matches. */
export function countOf(matches: Match[]): MatchCount {
  return {
    proposed: matches.filter((m) => m.status === 'proposed').length,
    confirmed: matches.filter((m) => m.status === 'confirmed').length,
  };
}

const NO_COUNTS: MatchCounts = {};

/**
 * The match counts of a case's records, for the list's badges; nothing without `match.read`.
 * A failed request shows no badges rather than an error over the list: the list still works.
 */
export function useMatchCounts(caseId: string): MatchCounts {
  const { can } = useSession();
  const allowed = can('match.read');
  const { data } = useLoad(() => (allowed ? matchCounts(caseId).catch(() => NO_COUNTS) : Promise.resolve(NO_COUNTS)), [caseId, allowed]);
  return data ?? NO_COUNTS;
}

interface BadgeProps {
  caseId: string;
  entityId: string;
  schema: string;
  count: MatchCount | undefined;
  /** Where the badge leads: the record's page at its matches, or (on that page) the section. */
  to: string;
  /** On the record's page: a plain in-page anchor to the list below. */
  inPage?: boolean;
}

const stop = (e: MouseEvent) => e.stopPropagation();

/** "3 matches" (proposed + confirmed), and "All records of this person" once one is confirmed. */
export function MatchBadge({ caseId, entityId, schema, count, to, inPage }: BadgeProps) {
  const { t } = useI18n();
  const total = matchTotal(count);
  if (total === 0) return null;
  const title = t('entities.matches.badge_help', { proposed: count?.proposed ?? 0, confirmed: count?.confirmed ?? 0 });
  const text = t('entities.matches.badge', { count: total });
  return (
    <span className="match-badges">
      {inPage ? (
        <a href={to} className="badge badge-match" title={title} data-testid="entity-match-badge">
          {text}
        </a>
      ) : (
        <Link to={to} className="badge badge-match" title={title} data-testid="entity-match-badge" onClick={stop}>
          {text}
        </Link>
      )}
      {(count?.confirmed ?? 0) > 0 && (
        <Link to={clusterPath(caseId, entityId)} className="cluster-link" data-testid="entity-cluster-link" onClick={stop}>
          {t(clusterLinkKey(schema))}
        </Link>
      )}
    </span>
  );
}

interface ListProps {
  /** The record whose matches these are. */
  entityId: string;
  matches: Match[] | undefined;
  error: unknown;
  schemaLabel: (schema: string) => string;
}

/** The record's page: each match with its state, likelihood and the other record, to review. */
export function RecordMatches({ entityId, matches, error, schemaLabel }: ListProps) {
  const { t, formatPercent, formatDateTime } = useI18n();
  const loaded = matches !== undefined;
  // Arriving from the list's badge (…/people/{id}#entity-matches): bring the list into view.
  useEffect(() => {
    if (loaded && window.location.hash === `#${MATCHES_ANCHOR}`) document.getElementById(MATCHES_ANCHOR)?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  return (
    <section className="stack-gap" id={MATCHES_ANCHOR} data-testid="entity-matches">
      <h3>{t('entities.matches.title')}</h3>
      <p className="muted">{t('entities.matches.help')}</p>
      <ProblemAlert error={error} />
      {!loaded && !error && <p className="loading">{t('app.loading')}</p>}
      {loaded && matches.length === 0 && <p className="muted">{t('entities.matches.empty')}</p>}
      {loaded && matches.length > 0 && (
        <ul className="record-matches">
          {matches.map((m) => {
            const other = m.a.entity_id === entityId ? m.b : m.a;
            return (
              <li key={m.id} className={`record-match record-match-${m.status}`} data-testid="entity-match" data-match-id={m.id} data-status={m.status}>
                <p className="record-match-head">
                  <span className={`state match-status-${m.status}`}>{STATUS_KEYS[m.status] ? t(STATUS_KEYS[m.status]) : m.status}</span>
                  <strong className="match-score-value">{formatPercent(m.score)}</strong>
                  <Link to={`/matches/${m.id}`} data-testid="entity-match-open">
                    {t('entities.matches.open')}
                  </Link>
                </p>
                <p>
                  <EntityCaption e={{ caption: other.caption, identity_restricted: other.identity_restricted }} />{' '}
                  <span className="badge badge-schema">{schemaLabel(other.schema)}</span>
                </p>
                <p className="muted">
                  {t('entities.matches.in_case')} <Link to={`/cases/${other.case_id}`} className="mono">{other.case_reference}</Link>
                  {other.case_title && <> · {other.case_title}</>}
                </p>
                {m.status === 'confirmed' && m.decided_at !== null && (
                  <p className="muted">{t('entities.matches.confirmed_by', { by: m.decided_by_name ?? '—', at: formatDateTime(msToIso(m.decided_at)) })}</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
