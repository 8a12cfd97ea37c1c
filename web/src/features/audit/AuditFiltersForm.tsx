import { useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../shared/useI18n';
import { AUDIT_OUTCOMES } from './api';
import type { AuditFilters } from './types';

export const NO_AUDIT_FILTERS: AuditFilters = { user: '', record: '', action: '', outcome: '', from: '', to: '', alerts: false };

const TEXT_FIELDS = ['user', 'record', 'action'] as const;
const OUTCOME_OPTIONS: { id: (typeof AUDIT_OUTCOMES)[number]; labelKey: string }[] = [
  { id: 'ok', labelKey: 'audit.outcomes.ok' },
  { id: 'denied', labelKey: 'audit.outcomes.denied' },
  { id: 'not_found', labelKey: 'audit.outcomes.not_found' },
  { id: 'failed', labelKey: 'audit.outcomes.failed' },
  { id: 'invalid', labelKey: 'audit.outcomes.invalid' },
];

/** Filters are applied on submit, not per keystroke: the audit log is large. */
export function AuditFiltersForm({ initial, onApply }: { initial: AuditFilters; onApply: (f: AuditFilters) => void }) {
  const { t } = useI18n();
  const [f, setF] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  const clear = () => {
    setF(NO_AUDIT_FILTERS);
    onApply(NO_AUDIT_FILTERS);
  };
  return (
    <form className="filters" role="search" onSubmit={submit} data-testid="audit-filters">
      {TEXT_FIELDS.map((name) => (
        <label className="filter" key={name}>
          <span>{t(`audit.fields.${name}`)}</span>
          <input value={f[name]} data-testid={`audit-filter-${name}`} onChange={(e) => setF({ ...f, [name]: e.target.value })} />
        </label>
      ))}
      <label className="filter">
        <span>{t('audit.fields.outcome')}</span>
        <select value={f.outcome} data-testid="audit-filter-outcome" onChange={(e) => setF({ ...f, outcome: e.target.value })}>
          <option value="">{t('filters.any')}</option>
          {OUTCOME_OPTIONS.map((o) => (
            <option key={o.id} value={o.id}>{t(o.labelKey)}</option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>{t('audit.filter_by.from')}</span>
        <input type="date" value={f.from} data-testid="audit-filter-from" onChange={(e) => setF({ ...f, from: e.target.value })} />
      </label>
      <label className="filter">
        <span>{t('audit.filter_by.to')}</span>
        <input type="date" value={f.to} data-testid="audit-filter-to" onChange={(e) => setF({ ...f, to: e.target.value })} />
      </label>
      <label className="check filter-check">
        <input type="checkbox" checked={f.alerts} data-testid="audit-filter-alerts" onChange={(e) => setF({ ...f, alerts: e.target.checked })} />
        <span>{t('audit.filter_by.alerts')}</span>
      </label>
      <div className="filter-actions">
        <button type="submit" className="primary" data-testid="audit-apply">{t('buttons.apply')}</button>
        <button type="button" onClick={clear}>{t('buttons.clear')}</button>
      </div>
    </form>
  );
}
