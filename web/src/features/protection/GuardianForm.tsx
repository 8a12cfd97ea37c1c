import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { isoToLocal, localToIso } from '../../shared/datetime';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { putGuardian } from './api';
import type { Guardian, GuardianBody, ProtectionFile } from './types';

type Values = Record<'name' | 'organisation' | 'contact' | 'appointed_by' | 'appointed_at', string>;

const valuesOf = (g: Guardian | null): Values => ({
  name: g?.name ?? '',
  organisation: g?.organisation ?? '',
  contact: g?.contact ?? '',
  appointed_by: g?.appointed_by ?? '',
  appointed_at: isoToLocal(g?.appointed_at),
});

function bodyOf(v: Values): GuardianBody {
  const body: GuardianBody = { name: v.name.trim(), organisation: v.organisation.trim(), contact: v.contact.trim(), appointed_by: v.appointed_by.trim() };
  const at = localToIso(v.appointed_at);
  if (at) body.appointed_at = at;
  return body;
}

const FIELDS: { key: keyof Values; labelKey: string; type?: string }[] = [
  { key: 'name', labelKey: 'protection.guardian.name' },
  { key: 'organisation', labelKey: 'protection.guardian.organisation' },
  { key: 'contact', labelKey: 'protection.guardian.contact' },
  { key: 'appointed_by', labelKey: 'protection.guardian.appointed_by' },
  { key: 'appointed_at', labelKey: 'protection.guardian.appointed_at', type: 'datetime-local' },
];

/** Records (or replaces) the guardian appointed for the person. */
export function GuardianForm({ file, onSaved }: { file: ProtectionFile; onSaved: (f: ProtectionFile) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState<Values>(() => valuesOf(file.guardian));
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = v.name.trim() ? null : new ApiError({ status: 422, code: 'required', field: 'name' });
    setCheckError(problem);
    if (problem) return;
    action.run(() => putGuardian(file.id, bodyOf(v)), onSaved);
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="guardian-form">
      <div className="form-grid">
        {FIELDS.map((f) => (
          <div key={f.key} className="field">
            <label htmlFor={`guardian-${f.key}`}>
              {t(f.labelKey)}
              {f.key === 'name' && <span className="required" aria-hidden="true"> *</span>}
            </label>
            <input id={`guardian-${f.key}`} type={f.type ?? 'text'} value={v[f.key]} maxLength={500} data-testid={`guardian-${f.key.replace('_', '-')}`} onChange={(e) => setV({ ...v, [f.key]: e.target.value })} />
          </div>
        ))}
      </div>
      <ProblemAlert error={checkError ?? action.error} fieldPrefix="protection.guardian" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="guardian-submit">
          {file.guardian ? t('protection.guardian.replace') : t('protection.guardian.submit')}
        </button>
      </div>
    </form>
  );
}
