import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listDeconfliction } from './api';
import { DeconflictionTable } from './DeconflictionTable';

/**
 * Container: for supervisors, "another unit holds a record that strongly matches a record of your
 * case" — who that unit is and how to reach it. The other unit's record is never sent.
 */
export function DeconflictionPage() {
  const { t } = useI18n();
  const list = useLoad(() => listDeconfliction(), []);
  return (
    <section className="page" data-testid="deconfliction-page">
      <div className="page-head">
        <h1>{t('deconfliction.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="deconfliction-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <div className="alert alert-info" data-testid="deconfliction-help">
        <p>{t('deconfliction.help')}</p>
        <p>{t('deconfliction.help_contact')}</p>
      </div>
      <p>
        <Link to="/intelligence/notices" data-testid="deconfliction-intel-notices">
          {t('intelligence.notices.title')}
        </Link>
      </p>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <DeconflictionTable rows={list.data} />}
    </section>
  );
}
