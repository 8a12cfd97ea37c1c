import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import type { PartnerQuery } from './types';

interface Props {
  query: PartnerQuery;
  services: RefItem[];
  onChange: (q: PartnerQuery) => void;
}

/** Filter the directory by a service offered and by region. */
export function PartnerFilters({ query, services, onChange }: Props) {
  const { t, label } = useI18n();
  return (
    <div className="filters" role="search">
      <label className="filter">
        <span>{t('partners.fields.service')}</span>
        <select value={query.service ?? ''} data-testid="partner-filter-service" onChange={(e) => onChange({ ...query, service: e.target.value })}>
          <option value="">{t('filters.any')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s.label, s.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('partners.fields.region')}</span>
        <input type="search" value={query.region ?? ''} data-testid="partner-filter-region" onChange={(e) => onChange({ ...query, region: e.target.value })} />
      </label>
    </div>
  );
}
