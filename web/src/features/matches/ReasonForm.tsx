import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { needsReason } from './decision';
import type { MatchAction } from './types';

const LABEL_KEYS: Record<MatchAction, string> = {
  confirm: 'matches.reason.confirm',
  reject: 'matches.reason.reject',
  undo: 'matches.reason.undo',
};

const SUBMIT_KEYS: Record<MatchAction, string> = {
  confirm: 'matches.actions.submit_confirm',
  reject: 'matches.actions.submit_reject',
  undo: 'matches.actions.submit_undo',
};

interface Props {
  action: MatchAction;
  busy: boolean;
  /** The client's own check (an empty reason) or the server's refusal. */
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  /** Offered beside a 409 match_state: someone else decided meanwhile. */
  onReload: () => void;
}

/** The reason of a decision: optional to confirm, required to reject or undo. */
export function ReasonForm({ action, busy, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const reasonError = useFieldError(error)('reason');
  const required = needsReason(action);
  const stale = error instanceof ApiError && error.code === 'match_state';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(reason);
  };
  return (
    <form className="note-form match-reason-form" onSubmit={submit} noValidate data-testid="match-reason-form" data-action={action}>
      <div className={`field${reasonError ? ' invalid' : ''}`}>
        <label htmlFor="match-reason-input">
          {t(LABEL_KEYS[action])}
          {required && <span className="required" aria-hidden="true"> *</span>}
        </label>
        <textarea
          id="match-reason-input"
          rows={3}
          maxLength={4000}
          value={reason}
          required={required}
          autoFocus
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'match-reason-error' : undefined}
          data-testid="match-reason-input"
          onChange={(e) => setReason(e.target.value)}
        />
        {reasonError && (
          <small id="match-reason-error" className="field-error" data-testid="match-reason-error">
            {reasonError}
          </small>
        )}
      </div>
      {!reasonError && <ProblemAlert error={error} />}
      {stale && (
        <button type="button" onClick={onReload} data-testid="match-reload">
          {t('buttons.reload')}
        </button>
      )}
      <div className="actions">
        <button type="submit" className={action === 'confirm' ? 'primary' : 'danger'} disabled={busy} data-testid="match-submit">
          {t(SUBMIT_KEYS[action])}
        </button>
        <button type="button" onClick={onCancel} disabled={busy} data-testid="match-cancel">
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
