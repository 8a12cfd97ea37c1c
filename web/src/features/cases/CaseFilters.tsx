import { useReference } from '../../shared/reference';
import type { LookupName } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import type { CaseFilters as Filters, CaseSort } from './types';

export const SORTS: CaseSort[] = ['-updated_at', 'updated_at', '-created_at', 'created_at', 'reference', '-reference', 'title', '-title'];

interface Props {
  filters: Filters;
  sort: CaseSort;
  onFilters: (filters: Filters) => void;
  onSort: (sort: CaseSort) => void;
}

/** Filter bar of the case list. The sort select only shows on narrow screens (no headers there). */
export function CaseFilters({ filters, sort, onFilters, onSort }: Props) {
  const { t, label } = useI18n();
  const { lookups, units } = useReference();
  const set = (key: keyof Filters, value: string) => onFilters({ ...filters, [key]: value });
  const lookupSelect = (key: 'state' | 'category', lookup: LookupName, labelKey: string) => (
    <label className="filter">
      <span>{t(labelKey)}</span>
      <select value={filters[key]} data-testid={`case-filter-${key}`} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('filters.any')}</option>
        {lookups[lookup].map((o) => (
          <option key={o.id} value={o.id}>
            {label(o.label, o.id)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="filters" role="search">
      <label className="filter filter-grow">
        <span>{t('cases.filter_by.q')}</span>
        <input type="search" value={filters.q} placeholder={t('cases.filter_by.q_placeholder')} data-testid="case-list-search" onChange={(e) => set('q', e.target.value)} />
      </label>
      {lookupSelect('state', 'case_states', 'cases.filter_by.state')}
      {lookupSelect('category', 'categories', 'cases.filter_by.category')}
      <label className="filter">
        <span>{t('cases.filter_by.unit')}</span>
        <select value={filters.unit} data-testid="case-filter-unit" onChange={(e) => set('unit', e.target.value)}>
          <option value="">{t('filters.any')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.code}>
              {u.code} — {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter only-narrow">
        <span>{t('cases.sort.label')}</span>
        <select value={sort} onChange={(e) => onSort(e.target.value as CaseSort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(s.startsWith('-') ? 'cases.sort.descending' : 'cases.sort.ascending', { column: t(`case.fields.${s.replace(/^-/, '')}`) })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
