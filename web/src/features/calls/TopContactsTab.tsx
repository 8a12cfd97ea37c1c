import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { getContacts } from './api';
import { ContactTable } from './ContactTable';
import { NumberField } from './NumberField';
import type { ContactsAnswer } from './types';

/** The numbers a number talks to most. */
export function TopContactsTab({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [number, setNumber] = useState(initial);
  const [limit, setLimit] = useState('20');
  const action = useAction();
  const [answer, setAnswer] = useState<ContactsAnswer | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (number.trim()) action.run(() => getContacts(number.trim(), Number(limit) || 20), setAnswer);
  };
  return (
    <div className="stack-gap" data-testid="calls-top">
      <form className="filters" onSubmit={submit}>
        <NumberField value={number} onChange={setNumber} testId="calls-top-number" />
        <label className="field">
          <span>{t('calls.top.limit')}</span>
          <input type="number" min={1} max={500} value={limit} onChange={(e) => setLimit(e.target.value)} data-testid="calls-top-limit" />
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary" disabled={action.busy || !number.trim()} data-testid="calls-top-run">
            {t('calls.show')}
          </button>
        </div>
      </form>
      <ProblemAlert error={action.error} />
      {answer && <ContactTable rows={answer.contacts ?? []} testId="calls-top-table" />}
    </div>
  );
}
