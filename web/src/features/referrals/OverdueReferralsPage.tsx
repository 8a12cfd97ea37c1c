import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference, useRefLabel } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { listOverdueReferrals } from './api';
import { byUrgency } from './transitions';
import type { ListedReferral } from './types';

/** Container: the supervisor's or coordinator's queue of requested referrals nobody answered in time. */
export function OverdueReferralsPage() {
  const { t, formatDateTime } = useI18n();
  const label = useRefLabel();
  const ref = useLoad(loadProtectionReference, []);
  const list = useLoad(listOverdueReferrals, []);
  const services = ref.data?.referral_services ?? [];
  const columns: Column<ListedReferral>[] = [
    {
      id: 'file',
      labelKey: 'referrals.fields.file',
      render: (r) => (
        <Link to={`/protection/${r.file_id}`} data-testid={`overdue-referral-${r.id}`}>
          {r.file?.reference ?? r.file_id}
        </Link>
      ),
    },
    { id: 'organisation', labelKey: 'referrals.fields.organisation', render: (r) => r.organisation?.name },
    { id: 'service', labelKey: 'referrals.fields.service', render: (r) => label(services, r.service) },
    { id: 'requested', labelKey: 'referrals.fields.requested_at', render: (r) => formatDateTime(r.requested_at) },
    { id: 'due', labelKey: 'referrals.fields.due_at', render: (r) => <span className="task-overdue">{formatDateTime(r.due_at)}</span> },
    { id: 'urgent', labelKey: 'referrals.fields.urgent', render: (r) => (r.urgent ? t('common.yes') : t('common.no')) },
  ];
  return (
    <section className="page" data-testid="referrals-overdue-page">
      <p className="muted case-ref">
        <Link to="/referrals">{t('referrals.title')}</Link>
      </p>
      <div className="page-head">
        <h1>{t('referrals.overdue_title')}</h1>
        <button type="button" onClick={list.reload} data-testid="overdue-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <p className="muted">{t('referrals.overdue_help')}</p>
      <ProblemAlert error={list.error ?? ref.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <Table rows={byUrgency(list.data)} columns={columns} rowKey={(r) => r.id} testId="overdue-table" rowClass={() => 'row-overdue'} emptyKey="referrals.overdue_empty" />}
    </section>
  );
}
