import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listReports } from './api';
import { ReportList } from './ReportList';

/** Container: the officer's own frontline reports, newest first, and a button for a new one. */
export function FrontlinePage() {
  const { t } = useI18n();
  const list = useLoad(listReports, []);
  const rows = [...(list.data ?? [])].sort((a, b) => (a.updated_at < b.updated_at ? 1 : -1));
  return (
    <section className="page phone-page" data-testid="frontline-page">
      <div className="page-head">
        <h1>{t('frontline.list.title')}</h1>
      </div>
      <Permission anyOf={['frontline.report']}>
        <Link to="/frontline/new" className="button primary big-button" data-testid="frontline-new">
          {t('frontline.list.new')}
        </Link>
      </Permission>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <ReportList rows={rows} rowTestId="frontline-row" />}
    </section>
  );
}
