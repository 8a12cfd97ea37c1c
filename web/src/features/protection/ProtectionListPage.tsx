import { useDebounced, useLoad, useSessionState } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listFiles } from './api';
import { FileTable } from './FileTable';

interface Filters {
  q: string;
  status: string;
}

/** Container: the protection files I may see, by assistance status and free text. */
export function ProtectionListPage() {
  const { t, label } = useI18n();
  const ref = useLoad(loadProtectionReference, []);
  const [filters, setFilters] = useSessionState<Filters>('ariadne.protection.filters', { q: '', status: '' });
  const q = useDebounced(filters.q.trim(), 300);
  const list = useLoad(() => listFiles({ q, status: filters.status }), [q, filters.status]);
  return (
    <section className="page" data-testid="protection-page">
      <div className="page-head">
        <h1>{t('protection.list.title')}</h1>
        <Permission anyOf={['protection.manage']}>
          <Link to="/protection/new" className="button primary" data-testid="protection-new">
            {t('protection.list.new')}
          </Link>
        </Permission>
      </div>
      <div className="filters" role="search">
        <label className="filter filter-grow">
          <span>{t('protection.list.search')}</span>
          <input type="search" value={filters.q} data-testid="protection-filter-q" onChange={(e) => setFilters({ ...filters, q: e.target.value })} />
        </label>
        <label className="filter">
          <span>{t('protection.track.assistance')}</span>
          <select value={filters.status} data-testid="protection-filter-status" onChange={(e) => setFilters({ ...filters, status: e.target.value })}>
            <option value="">{t('filters.any')}</option>
            {(ref.data?.assistance_statuses ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {label(s.label, s.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" aria-live="polite">
        {list.loading ? t('app.loading') : list.data?.total !== undefined ? t('protection.list.total', { count: list.data.total }) : ''}
      </p>
      <ProblemAlert error={list.error ?? ref.error} />
      {list.data && ref.data && <FileTable rows={list.data.items ?? []} reference={ref.data} />}
    </section>
  );
}
