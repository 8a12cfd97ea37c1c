import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { addStatement } from './api';
import type { Interview, StatementBody } from './types';

export function statementBody(text: string, language: string, note: string): StatementBody {
  const body: StatementBody = { text: text.trim() };
  if (language.trim()) body.language = language.trim();
  if (note.trim()) body.note = note.trim();
  return body;
}

/**
 * Container: records the statement, or a corrected version of it (the form starts from the
 * newest text). Earlier versions stay as they were. One idempotency key per version.
 */
export function StatementAddForm({ iv, onSaved }: { iv: Interview; onSaved: (iv: Interview) => void }) {
  const { t } = useI18n();
  const versions = iv.statements ?? [];
  const latest = versions.reduce<(typeof versions)[number] | undefined>((a, s) => (!a || s.version > a.version ? s : a), undefined);
  const [text, setText] = useState(latest?.text ?? '');
  const [language, setLanguage] = useState(latest?.language ?? iv.language ?? '');
  const [note, setNote] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const [local, setLocal] = useState<unknown>(null);
  const action = useAction();
  const error = local ?? action.error;
  const errorFor = useFieldError(error);
  const textError = errorFor('text');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = !text.trim() ? new ApiError({ status: 422, code: 'required', field: 'text' }) : null;
    setLocal(empty);
    if (empty) return;
    action.run(() => addStatement(iv.case_id, iv.id, statementBody(text, language, note), key), (saved) => {
      setNote('');
      setKey(newIdempotencyKey());
      onSaved(saved);
    });
  };
  return (
    <form className="card stack-gap" onSubmit={submit} noValidate data-testid="statement-add">
      <h3>{latest ? t('interviews.statements.add_correction') : t('interviews.statements.add_first')}</h3>
      {latest && <p className="muted">{t('interviews.statements.correction_help')}</p>}
      <div className={`field${textError ? ' invalid' : ''}`} data-field="text">
        <label htmlFor="statement-text">
          {t('interviews.statements.fields.text')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        <textarea id="statement-text" rows={8} value={text} aria-invalid={textError ? true : undefined} data-testid="statement-text" onChange={(e) => setText(e.target.value)} />
        {textError && <small className="field-error">{textError}</small>}
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="statement-language">{t('interviews.statements.fields.language')}</label>
          <input id="statement-language" value={language} maxLength={100} autoComplete="off" data-testid="statement-language" onChange={(e) => setLanguage(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="statement-note">{t('interviews.statements.fields.note')}</label>
          <input id="statement-note" value={note} maxLength={2000} autoComplete="off" placeholder={latest ? t('interviews.statements.note_placeholder') : undefined} data-testid="statement-note" onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <ProblemAlert error={error} fieldPrefix="interviews.statements.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="statement-save">
          {latest ? t('interviews.statements.save_correction') : t('interviews.statements.save_first')}
        </button>
      </div>
    </form>
  );
}
