import type { Option } from '../../forms';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import type { TimelineFilters as Filters } from './types';

interface Props {
  filters: Filters;
  /** The case's people and organisations. */
  parties: Option[];
  onChange: (filters: Filters) => void;
}

/** Who (a person or organisation of the case) and what kind of event. */
export function TimelineFilters({ filters, parties, onChange }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  return (
    <div className="filters" role="search">
      <label className="filter filter-grow">
        <span>{t('timeline.filter.entity')}</span>
        <select value={filters.entity} data-testid="timeline-filter-entity" onChange={(e) => onChange({ ...filters, entity: e.target.value })}>
          <option value="">{t('filters.any')}</option>
          {parties.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('timeline.filter.type')}</span>
        <select value={filters.type} data-testid="timeline-filter-type" onChange={(e) => onChange({ ...filters, type: e.target.value })}>
          <option value="">{t('filters.any')}</option>
          {lookups.event_types.map((o) => (
            <option key={o.id} value={o.id}>
              {label(o.label, o.id)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
