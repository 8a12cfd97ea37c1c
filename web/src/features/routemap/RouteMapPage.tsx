import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link, navigate, useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getRoutes } from './api';
import { CountryTable } from './CountryTable';
import { RouteMap } from './RouteMap';
import { countryRows, routesToCountries } from './routeMapData';

const routesPath = (caseId: string) => (caseId ? `/routes?case_id=${encodeURIComponent(caseId)}` : '/routes');

/** Every visible case, or one: its id in the address, so the view can be linked to. */
function CaseFilter({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(routesPath(value.trim()));
  };
  return (
    <form className="filters" onSubmit={submit} role="search">
      <label className="filter filter-grow">
        <span>{t('routemap.case_filter')}</span>
        <input type="search" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('routemap.case_placeholder')} autoComplete="off" spellCheck={false} data-testid="routes-case-input" />
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary" data-testid="routes-case-go">
          {t('routemap.show')}
        </button>
        {initial && (
          <Link to={routesPath('')} className="button" data-testid="routes-case-clear">
            {t('routemap.all_cases')}
          </Link>
        )}
      </div>
    </form>
  );
}

/**
 * Container: /routes (`?case_id=` for one case) — the countries of origin, transit and destination
 * the visible cases name (GET /graph/routes), each coloured by the role most cases give it.
 */
export function RouteMapPage() {
  const { t } = useI18n();
  const caseId = new URLSearchParams(useSearch()).get('case_id')?.trim() ?? '';
  const load = useLoad(() => getRoutes(caseId), [caseId]);
  const data = !load.loading && !load.error ? load.data : undefined;
  const rows = useMemo(() => countryRows(data), [data]);
  const countries = useMemo(() => routesToCountries(data), [data]);
  return (
    <section className="page page-wide" data-testid="routes-page">
      <div className="page-head">
        <h1>{t('routemap.title')}</h1>
      </div>
      <AnalysisNav active="/routes" />
      <p className="muted">{t('routemap.help')}</p>
      <CaseFilter key={caseId} initial={caseId} />
      <ProblemAlert error={load.error} />
      {load.loading && <p className="loading">{t('app.loading')}</p>}
      {data && (
        <>
          <p className="muted" aria-live="polite" data-testid="routes-total">
            {t('routemap.cases', { count: data.cases })}
          </p>
          <section className="card">
            <RouteMap countries={countries} />
          </section>
          {rows.length === 0 ? <p className="muted">{t('routemap.empty')}</p> : <CountryTable countries={rows} />}
        </>
      )}
    </section>
  );
}
