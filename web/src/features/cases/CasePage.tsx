import { lazy, Suspense } from 'react';
import { DocumentsTab } from '../documents';
import { EntitiesTab } from '../entities';
import { ExhibitsTab } from '../exhibits';
import { ImportsTab } from '../imports';
import { InterviewsTab } from '../interviews';
import { ProsecutionTab } from '../prosecution';
import { CaseProtectionTab } from '../protection';
import { SearchPanel } from '../search';
import { TasksTab } from '../tasks';
import { TimelineTab } from '../timeline';
import { WorkflowTab } from '../workflow';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { useLookupLabel } from '../../shared/reference';
import { getCase } from './api';
import { CaseLinks } from './CaseLinks';
import { CaseOverview } from './CaseOverview';
import { CaseTabs } from './CaseTabs';
import { CaseTeam } from './CaseTeam';
import type { CaseTab } from './tabs';

// The network tab carries Cytoscape: loaded when first opened.
const CaseNetworkTab = lazy(() => import('../graph').then((m) => ({ default: m.CaseNetworkTab })));

/**
 * Container: one case with its tabs. A case the user may not see answers 404 like a missing one.
 * `item` is what is open in the people, exhibits, interviews or documents tab (an id, or `new`).
 */
export function CasePage({ id, tab, item }: { id: string; tab: CaseTab; item?: string }) {
  const { t, lang } = useI18n();
  const label = useLookupLabel();
  const { data: c, error, setData } = useLoad(() => getCase(id), [id]);
  if (error) {
    return (
      <section className="page">
        <ProblemAlert error={error} />
        <Link to="/cases">{t('cases.list.back')}</Link>
      </section>
    );
  }
  if (!c) return <p className="loading">{t('app.loading')}</p>;
  // The phase in the header follows the workflow: a step taken on the workflow tab changes it.
  const followState = (state: string) => {
    if (state !== c.state) setData({ ...c, state });
  };
  return (
    <section className="page">
      <p className="muted case-ref">
        <Link to="/cases">{t('cases.list.title')}</Link> / {c.reference}
      </p>
      <div className="page-head">
        <h1 data-testid="case-title">{c.title}</h1>
        <div className="page-actions">
          {/* A plain download: the browser sends the session cookie; the server redacts and audits. */}
          <a href={`/api/v1/cases/${c.id}/export/ftm`} className="button" download data-testid="case-export-ftm">
            {t('case.actions.export_ftm')}
          </a>
          <a href={`/api/v1/cases/${c.id}/export/pdf?lang=${lang}`} className="button" download data-testid="case-export-pdf">
            {t('case.actions.export_pdf')}
          </a>
          <Permission anyOf={['case.update']}>
            <Link to={`/cases/${c.id}/edit`} className="button" data-testid="case-edit">
              {t('buttons.edit')}
            </Link>
          </Permission>
        </div>
      </div>
      <p className="badges">
        <span className={`state state-${c.state}`}>{label('case_states', c.state)}</span>
        {c.covert && <span className="badge badge-covert">{t('case.messages.covert')}</span>}
      </p>
      <CaseTabs caseId={c.id} active={tab} />
      <div className="tab-panel">
        {tab === 'overview' && <CaseOverview c={c} />}
        {tab === 'workflow' && <WorkflowTab caseId={c.id} onCaseState={followState} />}
        {tab === 'tasks' && <TasksTab caseId={c.id} />}
        {tab === 'team' && <CaseTeam c={c} onChange={setData} />}
        {tab === 'links' && <CaseLinks c={c} onChange={setData} />}
        {tab === 'people' && <EntitiesTab caseId={c.id} item={item} />}
        {tab === 'protection' && <CaseProtectionTab caseId={c.id} country={c.jurisdiction?.country} />}
        {tab === 'timeline' && <TimelineTab caseId={c.id} />}
        {tab === 'interviews' && <InterviewsTab caseId={c.id} item={item} />}
        {tab === 'exhibits' && <ExhibitsTab caseId={c.id} item={item} />}
        {tab === 'prosecution' && <ProsecutionTab caseId={c.id} country={c.jurisdiction?.country} />}
        {tab === 'documents' && <DocumentsTab caseId={c.id} item={item} />}
        {tab === 'imports' && <ImportsTab caseId={c.id} />}
        {tab === 'search' && <SearchPanel caseId={c.id} />}
        {tab === 'network' && (
          <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
            <CaseNetworkTab caseId={c.id} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
