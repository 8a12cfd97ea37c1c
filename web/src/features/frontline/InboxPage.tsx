import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listInbox } from './api';
import { ReportList } from './ReportList';

/** Container: the reports handed over to my unit, waiting for a case to be opened. */
export function InboxPage() {
  const { t } = useI18n();
  const list = useLoad(listInbox, []);
  const rows = [...(list.data ?? [])].sort((a, b) => ((a.handed_over_at ?? a.updated_at) < (b.handed_over_at ?? b.updated_at) ? 1 : -1));
  return (
    <section className="page phone-page" data-testid="frontline-inbox">
      <div className="page-head">
        <h1>{t('frontline.inbox.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="inbox-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <p className="muted">{t('frontline.inbox.help')}</p>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <ReportList rows={rows} rowTestId="inbox-row" showAuthor />}
    </section>
  );
}
