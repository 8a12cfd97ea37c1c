import { useMemo } from 'react';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listCaseCountries } from './api';
import { CountryTable } from './CountryTable';
import { RouteMap } from './RouteMap';
import { casesToCountries } from './routeMapData';

/**
 * Container: /routes. Until the server serves trips, the map shows each visible case's
 * jurisdiction country as a destination — and says so.
 */
export function RouteMapPage() {
  const { t } = useI18n();
  const load = useLoad(listCaseCountries, []);
  const countries = useMemo(() => casesToCountries(load.data?.rows ?? []), [load.data]);
  return (
    <section className="page page-wide" data-testid="routes-page">
      <div className="page-head">
        <h1>{t('routemap.title')}</h1>
      </div>
      <AnalysisNav active="/routes" />
      <p className="alert alert-warning" data-testid="routes-placeholder">
        {t('routemap.placeholder')}
      </p>
      <ProblemAlert error={load.error} />
      {!load.data && !load.error && <p className="loading">{t('app.loading')}</p>}
      {load.data && (
        <>
          {load.data.more && <p className="help">{t('routemap.more', { count: load.data.rows.length })}</p>}
          <section className="card">
            <RouteMap countries={countries} label={t('routemap.placeholder_label')} />
          </section>
          {countries.length === 0 ? <p className="muted">{t('routemap.empty')}</p> : <CountryTable countries={countries} />}
        </>
      )}
    </section>
  );
}
