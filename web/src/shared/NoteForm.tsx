import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useI18n } from './useI18n';

interface Props {
  /** Prefix of the test ids: `<testId>-note`, `<testId>-submit`, `<testId>-cancel`. */
  testId: string;
  labelKey: string;
  submitKey: string;
  busy: boolean;
  /** The textarea must not be empty (a reason); the caller checks and reports it in `error`. */
  required?: boolean;
  /** Shown under the field, e.g. the translated problem when the server named it. */
  errorText?: string;
  onSubmit: (note: string) => void;
  onCancel: () => void;
  /** Shown above the buttons: the server's refusal, a version conflict. */
  children?: ReactNode;
}

/** A small form with one text: the note of a step, of a request, of a mark, or a reason. */
export function NoteForm({ testId, labelKey, submitKey, busy, required, errorText, onSubmit, onCancel, children }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const id = `${testId}-note`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(note);
  };
  return (
    <form className="note-form" onSubmit={submit} noValidate data-testid={`${testId}-form`}>
      <div className={`field${errorText ? ' invalid' : ''}`}>
        <label htmlFor={id}>
          {t(labelKey)}
          {required && <span className="required" aria-hidden="true"> *</span>}
        </label>
        <textarea
          id={id}
          rows={2}
          maxLength={4000}
          value={note}
          required={required}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={errorText ? `${id}-error` : undefined}
          data-testid={`${testId}-note`}
          onChange={(e) => setNote(e.target.value)}
        />
        {errorText && (
          <small id={`${id}-error`} className="field-error">
            {errorText}
          </small>
        )}
      </div>
      {children}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid={`${testId}-submit`}>
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy} data-testid={`${testId}-cancel`}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
