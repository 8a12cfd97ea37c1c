import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listJurisdictions } from './api';
import { JurisdictionSection } from './JurisdictionSection';

/**
 * Container (`jurisdiction.admin`): every country's national rules, protection settings and
 * articles as shipped, each marked unverified until an administrator confirms it against the law
 * in force. Each confirmation reloads the document.
 */
export function JurisdictionAdminPage() {
  const { t } = useI18n();
  const { data, error, reload } = useLoad(listJurisdictions, []);
  const countries = Object.keys(data ?? {});
  return (
    <section className="page" data-testid="jurisdiction-admin">
      <p className="muted case-ref">
        <Link to="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('admin.jurisdictions.title')}</h1>
      <p className="muted">{t('admin.jurisdictions.intro')}</p>
      <ProblemAlert error={error} />
      {!data && !error && <p className="loading">{t('app.loading')}</p>}
      {data && countries.length === 0 && <p className="muted">{t('admin.jurisdictions.empty')}</p>}
      {data && countries.map((c) => <JurisdictionSection key={c} country={c} j={data[c]} onConfirmed={reload} />)}
    </section>
  );
}
