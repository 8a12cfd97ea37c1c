import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { handOver } from './api';
import type { FrontlineReport } from './types';

/** Hands a draft over to a specialised unit (chosen from GET /units; typed when none are listed). */
export function HandoverForm({ report, onSaved }: { report: FrontlineReport; onSaved: (r: FrontlineReport) => void }) {
  const { t } = useI18n();
  const { units } = useReference();
  const [unitId, setUnitId] = useState('');
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!unitId.trim()) {
      setCheckError(new ApiError({ status: 422, code: 'required', field: 'unit_id' }));
      return;
    }
    setCheckError(null);
    action.run(() => handOver(report.id, unitId.trim()), onSaved);
  };
  return (
    <form className="card phone-form" onSubmit={submit} noValidate data-testid="frontline-handover">
      <h2>{t('frontline.handover.title')}</h2>
      <p className="muted">{t('frontline.handover.help')}</p>
      <div className="field">
        <label htmlFor="frontline-handover-unit">{t('frontline.handover.unit')}</label>
        {units.length > 0 ? (
          <select id="frontline-handover-unit" value={unitId} data-testid="frontline-handover-unit" onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.code} — {u.name}
              </option>
            ))}
          </select>
        ) : (
          <input id="frontline-handover-unit" value={unitId} autoComplete="off" placeholder={t('frontline.handover.unit_id_placeholder')} data-testid="frontline-handover-unit" onChange={(e) => setUnitId(e.target.value)} />
        )}
      </div>
      <ProblemAlert error={checkError ?? action.error} fieldLabel={(f) => (f === 'unit_id' ? t('frontline.handover.unit') : undefined)} />
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="frontline-handover-submit">
          {t('frontline.handover.submit')}
        </button>
      </div>
    </form>
  );
}
