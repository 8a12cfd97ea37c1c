import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { NoteForm } from '../../shared/NoteForm';
import { actorName } from '../../shared/people';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { withdrawConsent } from './api';
import { CONSENT_DECISION_KEYS, GIVEN_BY_KEYS, PURPOSE_KEYS } from './display';
import type { Consent, ProtectionFile } from './types';

interface Props {
  fileId: string;
  consent: Consent;
  dataCategories: RefItem[];
  canManage: boolean;
  onSaved: (f: ProtectionFile) => void;
}

/** One consent: for what, given or refused by whom, to whom, which data; active or withdrawn. */
export function ConsentRow({ fileId, consent: c, dataCategories, canManage, onSaved }: Props) {
  const { t, formatDateTime } = useI18n();
  const refLabel = useRefLabel();
  const [withdrawing, setWithdrawing] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const error = checkError ?? action.error;
  const reasonError = useFieldError(error)('reason');
  const withdraw = (reason: string) => {
    const problem = reason.trim() ? null : new ApiError({ status: 422, code: 'reason_required', field: 'reason' });
    setCheckError(problem);
    if (problem) return;
    action.run(() => withdrawConsent(fileId, c.id, reason.trim()), (f) => {
      setWithdrawing(false);
      onSaved(f);
    });
  };
  return (
    <li className={`card consent${c.active ? ' active' : ' withdrawn'}`} data-testid={`consent-row-${c.id}`} data-active={c.active ? 'true' : 'false'} data-decision={c.decision}>
      <div className="wf-step-head">
        <strong>{PURPOSE_KEYS[c.purpose] ? t(PURPOSE_KEYS[c.purpose]) : c.purpose}</strong>
        <span className={`state consent-${c.decision}`}>{CONSENT_DECISION_KEYS[c.decision] ? t(CONSENT_DECISION_KEYS[c.decision]) : c.decision}</span>
        <span className={c.active ? 'badge badge-role' : 'badge badge-schema'}>{c.active ? t('protection.consent.active') : t('protection.consent.withdrawn')}</span>
      </div>
      <p className="muted">
        {t('protection.consent.given_line', { by: GIVEN_BY_KEYS[c.given_by] ? t(GIVEN_BY_KEYS[c.given_by]) : c.given_by, recorder: actorName(c.recorded_by), at: formatDateTime(c.recorded_at) })}
      </p>
      {c.organisations?.length > 0 && <p>{t('protection.consent.to_line', { organisations: c.organisations.map((o) => o.name).join(', ') })}</p>}
      {c.data?.length > 0 && <p>{t('protection.consent.data_line', { data: c.data.map((d) => refLabel(dataCategories, d)).join(', ') })}</p>}
      {c.note && <p className="pre muted">{c.note}</p>}
      {c.withdrawn_at && (
        <p className="muted" data-testid={`consent-withdrawn-${c.id}`}>
          {t('protection.consent.withdrawn_line', { by: actorName(c.withdrawn_by), at: formatDateTime(c.withdrawn_at), reason: c.withdraw_reason ?? '' })}
        </p>
      )}
      {canManage && c.active && !withdrawing && (
        <div className="actions">
          <button type="button" className="danger small" data-testid={`consent-withdraw-${c.id}`} onClick={() => setWithdrawing(true)}>
            {t('protection.consent.withdraw')}
          </button>
        </div>
      )}
      {withdrawing && (
        <NoteForm testId={`consent-withdraw-${c.id}`} labelKey="protection.consent.withdraw_reason" submitKey="protection.consent.withdraw" required busy={action.busy} errorText={reasonError} onSubmit={withdraw} onCancel={() => setWithdrawing(false)}>
          {!reasonError && <ProblemAlert error={error} />}
        </NoteForm>
      )}
    </li>
  );
}
