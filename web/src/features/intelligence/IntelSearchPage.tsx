import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction, useLoad } from '../../shared/hooks';
import { loadGrading } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { searchIntel } from './api';
import { CycleBadge } from './CycleBadge';
import { reportPath } from './display';
import { IntelNav } from './IntelNav';
import { TlpBadge } from './TlpBadge';
import type { SearchHit } from './types';
import { useWhereLabel } from './whereLabel';
import type { GradingDoc } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';

/** The reports found and where in each the terms were found. */
export function SearchResults({ hits, total, doc, blocks }: { hits: SearchHit[]; total: number; doc: GradingDoc | undefined; blocks: FrontlineBlock[] }) {
  const { t } = useI18n();
  const where = useWhereLabel(blocks);
  if (hits.length === 0) return <p className="muted" data-testid="intel-search-empty">{t('intelligence.search.empty')}</p>;
  return (
    <>
      <p className="muted" data-testid="intel-search-total">{t('intelligence.search.total', { count: total })}</p>
      <ul className="report-list">
        {hits.map((h) => (
          <li key={h.report.id} className="report-card" data-testid="intel-search-result" data-report-id={h.report.id}>
            <span className="report-card-head">
              <Link to={reportPath(h.report.id)} className="mono" data-testid="intel-search-link">
                {h.report.reference || h.report.id}
              </Link>
              <span className="badges">
                <TlpBadge tlp={h.report.tlp} />
                <CycleBadge doc={doc} cycle={h.report.cycle} />
              </span>
            </span>
            {(h.where ?? []).length > 0 && (
              <small className="muted">{t('intelligence.search.found_in', { where: (h.where ?? []).map(where).join(', ') })}</small>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Container: search the reports the caller may find (search_hit path); every search is logged. */
export function IntelSearchPage() {
  const { t } = useI18n();
  const grading = useLoad(loadGrading, []);
  const ref = useLoad(loadProtectionReference, []);
  const [q, setQ] = useState('');
  const [answer, setAnswer] = useState<{ items: SearchHit[]; total?: number } | null>(null);
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!q.trim()) return;
    action.run(() => searchIntel(q.trim()), setAnswer);
  };
  return (
    <section className="page" data-testid="intel-search-page">
      <h1>{t('intelligence.search.title')}</h1>
      <IntelNav active="/intelligence/search" />
      <p className="alert alert-warning" role="note" data-testid="intel-search-logged">
        {t('intelligence.search.logged')}
      </p>
      <form className="inline-form phone-form" role="search" onSubmit={submit} data-testid="intel-search-form">
        <div className="field">
          <label htmlFor="intel-search-input">{t('intelligence.search.label')}</label>
          <input id="intel-search-input" type="search" value={q} maxLength={200} autoComplete="off" placeholder={t('intelligence.search.placeholder')} data-testid="intel-search-input" onChange={(e) => setQ(e.target.value)} />
        </div>
        <button type="submit" className="primary" disabled={action.busy || !q.trim()} data-testid="intel-search-submit">
          {t('intelligence.search.submit')}
        </button>
      </form>
      <ProblemAlert error={action.error} />
      {action.busy && <p className="loading">{t('app.loading')}</p>}
      {answer && <SearchResults hits={answer.items ?? []} total={answer.total ?? answer.items?.length ?? 0} doc={grading.data} blocks={ref.data?.frontline_report.blocks ?? []} />}
    </section>
  );
}
