import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { localToIso } from '../../shared/datetime';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { actionWarning } from './actions';
import { addAction } from './api';
import type { ActionBody, ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  kinds: RefItem[];
  onSaved: (f: ProtectionFile) => void;
}

/**
 * Records an action taken for the person. What the rules forbid (removal during the reflection
 * period, detaining a child, returning a child unprepared) is said before sending and, when the
 * server refuses, shown as its problem.
 */
export function ActionForm({ file, kinds, onSaved }: Props) {
  const { t, label } = useI18n();
  const [kind, setKind] = useState('');
  const [at, setAt] = useState('');
  const [note, setNote] = useState('');
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const warning = kind ? actionWarning(file, kind) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let problem: ApiError | null = null;
    if (!kind) problem = new ApiError({ status: 422, code: 'required', field: 'kind' });
    else if (at.trim() && !localToIso(at)) problem = new ApiError({ status: 422, code: 'invalid_date', field: 'at' });
    setCheckError(problem);
    if (problem) return;
    const body: ActionBody = { kind, note: note.trim() };
    const iso = localToIso(at);
    if (iso) body.at = iso;
    action.run(() => addAction(file.id, body), (f) => {
      setKind('');
      setAt('');
      setNote('');
      onSaved(f);
    });
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="action-form">
      <h3>{t('protection.actions.new')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="action-kind">{t('protection.actions.fields.kind')}</label>
          <select id="action-kind" value={kind} data-testid="action-kind" onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {label(k.label, k.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action-at">{t('protection.actions.fields.at')}</label>
          <input id="action-at" type="datetime-local" value={at} data-testid="action-at" onChange={(e) => setAt(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="action-note">{t('protection.actions.fields.note')}</label>
          <textarea id="action-note" rows={2} maxLength={4000} value={note} data-testid="action-note" onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      {warning && (
        <p className="alert alert-warning" data-testid="action-warning">
          {t(warning)}
        </p>
      )}
      <ProblemAlert error={checkError ?? action.error} fieldPrefix="protection.actions.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="action-submit">
          {t('protection.actions.submit')}
        </button>
      </div>
    </form>
  );
}
