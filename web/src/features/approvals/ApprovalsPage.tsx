import { useLoad, useSessionState } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listApprovals } from './api';
import { ApprovalList } from './ApprovalList';
import { QUEUE_FILTERS, STATUS_KEYS } from './decision';
import type { Approval, QueueFilter } from './types';

/** Container: the supervisor's queue of the unit's approvals, pending first chosen. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useSessionState<QueueFilter>('ariadne.approvals.status', 'pending');
  const list = useLoad(() => listApprovals(status), [status]);
  // A decided request stays in view with its new status until the list is loaded again.
  const decided = (a: Approval) => list.setData({ items: (list.data?.items ?? []).map((x) => (x.id === a.id ? a : x)) });
  return (
    <section className="page" data-testid="approvals-page">
      <div className="page-head">
        <h1>{t('approvals.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="approvals-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <div className="filters" role="search">
        <label className="filter">
          <span>{t('approvals.filter')}</span>
          <select value={status} data-testid="approvals-filter" onChange={(e) => setStatus(e.target.value as QueueFilter)}>
            {QUEUE_FILTERS.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('filters.any') : t(STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <ApprovalList items={list.data.items} onDecided={decided} />}
    </section>
  );
}
