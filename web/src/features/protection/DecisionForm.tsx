import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import type { RefItem } from '../../shared/protectionReference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { isVersionConflict, VersionConflict } from '../../shared/useVersionedSave';
import { decide } from './api';
import { checkDecision, currentStatus, decisionBody, EMPTY_DECISION, movesFrom, NEEDS_COMPETENCE, otherStatuses, reasonRequired } from './decisions';
import type { DecisionValues } from './decisions';
import type { ProtectionFile, Track } from './types';

interface Props {
  track: Track;
  file: ProtectionFile;
  statuses: RefItem[];
  onSaved: (f: ProtectionFile) => void;
  onReload: () => void;
}

/**
 * A status decision: where to, on what grounds, and (to lose the procedural status) why. The
 * moves the contract allows come first; the others are offered apart and the server refuses them.
 */
export function DecisionForm({ track, file, statuses, onSaved, onReload }: Props) {
  const { t, label } = useI18n();
  const { can } = useSession();
  const [v, setV] = useState<DecisionValues>(EMPTY_DECISION);
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const error = checkError ?? action.error;
  const errorFor = useFieldError(error);
  const from = currentStatus(file, track);
  const all = statuses.map((s) => s.id);
  const moves = movesFrom(track, from).filter((s) => all.length === 0 || all.includes(s));
  const others = otherStatuses(track, from, all);
  const name = (id: string) => label(statuses.find((s) => s.id === id)?.label, id);
  const p = `decision-${track}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkDecision(track, v);
    setCheckError(problem);
    if (problem) return;
    action.run(() => decide(file.id, decisionBody(file, track, v)), (next) => {
      setV(EMPTY_DECISION);
      onSaved(next);
    });
  };
  const needsReason = reasonRequired(track, v.to);
  const competence = track === 'assistance' && NEEDS_COMPETENCE.includes(v.to) && !can('victim.identify');
  return (
    <form className="stack-gap decision-form" onSubmit={submit} noValidate data-testid={`${p}-form`}>
      <h4>{t('protection.decisions.new')}</h4>
      <div className={`field${errorFor('to') ? ' invalid' : ''}`}>
        <label htmlFor={`${p}-to`}>{t('protection.decisions.to')}</label>
        <select id={`${p}-to`} value={v.to} data-testid={`${p}-to`} onChange={(e) => setV({ ...v, to: e.target.value })}>
          <option value="">{t('forms.choose')}</option>
          {moves.length > 0 && (
            <optgroup label={t('protection.decisions.possible')}>
              {moves.map((s) => (
                <option key={s} value={s}>
                  {name(s)}
                </option>
              ))}
            </optgroup>
          )}
          {others.length > 0 && (
            <optgroup label={t('protection.decisions.not_possible')}>
              {others.map((s) => (
                <option key={s} value={s}>
                  {name(s)}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {competence && <small className="help">{t('protection.decisions.competence_help')}</small>}
      </div>
      <div className={`field${errorFor('grounds') ? ' invalid' : ''}`}>
        <label htmlFor={`${p}-grounds`}>
          {t('protection.decisions.grounds')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        <textarea id={`${p}-grounds`} rows={2} maxLength={4000} value={v.grounds} data-testid={`${p}-grounds`} onChange={(e) => setV({ ...v, grounds: e.target.value })} />
      </div>
      <div className={`field${errorFor('reason') ? ' invalid' : ''}`}>
        <label htmlFor={`${p}-reason`}>
          {t('protection.decisions.reason')}
          {needsReason && <span className="required" aria-hidden="true"> *</span>}
        </label>
        <textarea id={`${p}-reason`} rows={2} maxLength={4000} value={v.reason} data-testid={`${p}-reason`} onChange={(e) => setV({ ...v, reason: e.target.value })} />
        {track === 'procedural' && <small className="help">{t('protection.decisions.reason_help')}</small>}
      </div>
      {isVersionConflict(error) ? (
        <VersionConflict messageKey="protection.version_conflict" reloadTestId={`${p}-reload`} onReload={onReload} />
      ) : (
        <ProblemAlert error={error} fieldPrefix="protection.decisions" />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid={`${p}-submit`}>
          {t('protection.decisions.submit')}
        </button>
      </div>
    </form>
  );
}
