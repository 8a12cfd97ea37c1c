import { useLoad, useSessionState } from '../../shared/hooks';
import { loadGrading, useGradingLabels } from '../../shared/intelligence';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listIntelReports } from './api';
import { IntelNav } from './IntelNav';
import { IntelTable } from './IntelTable';
import { ReceivedPanel } from './ReceivedPanel';

/** Container: every report the caller may view (no one else's drafts), by cycle; what the unit received. */
export function IntelListPage() {
  const { t } = useI18n();
  const [cycle, setCycle] = useSessionState<string>('ariadne.intelligence.cycle', '');
  const grading = useLoad(loadGrading, []);
  const labels = useGradingLabels(grading.data);
  const list = useLoad(() => listIntelReports(cycle).then((page) => ({ cycle, page })), [cycle]);
  const data = list.data?.cycle === cycle ? list.data.page : undefined;
  return (
    <section className="page" data-testid="intel-page">
      <div className="page-head">
        <h1>{t('intelligence.list.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="intel-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <IntelNav active="/intelligence" />
      <p className="muted">{t('intelligence.list.help')}</p>
      <div className="filters">
        <label className="filter">
          <span>{t('intelligence.fields.cycle')}</span>
          <select value={cycle} data-testid="intel-cycle-filter" onChange={(e) => setCycle(e.target.value)}>
            <option value="">{t('filters.any')}</option>
            {(grading.data?.cycle.states ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {labels.cycle(s.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemAlert error={list.error} />
      {!data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="muted" data-testid="intel-total">
            {t('intelligence.list.total', { count: data.total ?? data.items?.length ?? 0 })}
          </p>
          <IntelTable rows={data.items ?? []} doc={grading.data} rowTestId="intel-row" emptyKey="intelligence.list.empty" />
        </>
      )}
      <ReceivedPanel doc={grading.data} />
      <Permission anyOf={['deconfliction.read']}>
        <p>
          <Link to="/intelligence/notices" data-testid="intel-notices-link">
            {t('intelligence.notices.title')}
          </Link>
        </p>
      </Permission>
    </section>
  );
}
