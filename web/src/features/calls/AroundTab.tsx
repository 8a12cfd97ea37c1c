import { useState } from 'react';
import type { FormEvent } from 'react';
import { localToEpoch } from '../../shared/datetime';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { getAround } from './api';
import { ContactTable } from './ContactTable';
import { NumberField } from './NumberField';
import type { AroundAnswer } from './types';

/** Whom a number talked to in the hours around a moment (an arrest, a crossing). */
export function AroundTab({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [number, setNumber] = useState(initial);
  const [at, setAt] = useState('');
  const [hours, setHours] = useState('24');
  const action = useAction();
  const [answer, setAnswer] = useState<AroundAnswer | null>(null);
  const epoch = localToEpoch(at);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (number.trim() && epoch !== undefined) action.run(() => getAround(number.trim(), epoch, Number(hours) || 24), setAnswer);
  };
  return (
    <div className="stack-gap" data-testid="calls-around">
      <form className="filters" onSubmit={submit}>
        <NumberField value={number} onChange={setNumber} testId="calls-around-number" />
        <label className="field">
          <span>{t('calls.around.at')}</span>
          <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} data-testid="calls-around-at" />
        </label>
        <label className="field">
          <span>{t('calls.around.hours')}</span>
          <input type="number" min={1} max={720} value={hours} onChange={(e) => setHours(e.target.value)} data-testid="calls-around-hours" />
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary" disabled={action.busy || !number.trim() || epoch === undefined} data-testid="calls-around-run">
            {t('calls.show')}
          </button>
        </div>
      </form>
      <p className="help">{t('calls.around.help')}</p>
      <ProblemAlert error={action.error} />
      {answer && <ContactTable rows={answer.contacts ?? []} testId="calls-around-table" />}
    </div>
  );
}
