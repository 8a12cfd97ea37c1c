import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { listNotices } from './api';
import { reportPath } from './display';
import { IntelNav } from './IntelNav';
import type { IntelNotice } from './types';

/** The notices: your report or case, the other unit that holds matching intelligence, its contact. */
export function NoticesTable({ rows }: { rows: IntelNotice[] }) {
  const { t, formatDateTime } = useI18n();
  const columns: Column<IntelNotice>[] = [
    { id: 'at', labelKey: 'intelligence.notices.at', render: (n) => <time dateTime={n.created_at}>{formatDateTime(n.created_at)}</time> },
    {
      id: 'yours',
      labelKey: 'intelligence.notices.yours',
      render: (n) => (
        <span className="entity-cell">
          {n.report && (
            <Link to={reportPath(n.report.id)} className="mono" data-testid="notice-report">
              {n.report.reference || n.report.id}
            </Link>
          )}
          {n.case && (
            <Link to={`/cases/${n.case.id}`} className="mono" data-testid="notice-case">
              {n.case.reference || n.case.id}
            </Link>
          )}
        </span>
      ),
    },
    {
      id: 'unit',
      labelKey: 'intelligence.notices.other_unit',
      render: (n) =>
        n.other_unit ? (
          <span className="deconfliction-unit">
            <strong>{n.other_unit.name || n.other_unit.code}</strong>
            {n.other_unit.code && n.other_unit.name && <span className="mono muted"> ({n.other_unit.code})</span>}
          </span>
        ) : (
          <span className="muted">{t('deconfliction.withheld')}</span>
        ),
    },
    {
      id: 'contact',
      labelKey: 'intelligence.notices.contact',
      render: (n) => (n.contact ? <span className="pre">{n.contact}</span> : <span className="muted">{t('deconfliction.no_contact')}</span>),
    },
  ];
  return <Table rows={rows} columns={columns} rowKey={(n) => n.id} testId="notices" rowTestId="notice-row" rowData={(n) => ({ 'data-notice-id': n.id })} emptyKey="intelligence.notices.empty" />;
}

/** Container: another unit holds intelligence or a case matching yours — contact it before acting. */
export function NoticesPage() {
  const { t } = useI18n();
  const list = useLoad(listNotices, []);
  return (
    <section className="page" data-testid="intel-notices-page">
      <div className="page-head">
        <h1>{t('intelligence.notices.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="notices-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <IntelNav active="/intelligence/notices" />
      <div className="alert alert-info">
        <p>{t('intelligence.notices.help')}</p>
        <p>{t('deconfliction.help_contact')}</p>
      </div>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <NoticesTable rows={list.data} />}
    </section>
  );
}
