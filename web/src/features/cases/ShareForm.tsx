import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { shareCase } from './api';
import type { Case } from './types';

export function ShareForm({ caseId, onSaved }: { caseId: string; onSaved: (c: Case) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => shareCase(caseId, username.trim()), (c) => {
      setUsername('');
      onSaved(c);
    });
  };
  return (
    <form className="card inline-form" onSubmit={submit}>
      <h3>{t('case.shares.add_title')}</h3>
      <div className="field">
        <label htmlFor="share-username">{t('case.team.fields.username')}</label>
        <input id="share-username" value={username} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
      </div>
      <ProblemAlert error={action.error} fieldPrefix="case.team.fields" />
      <button type="submit" className="primary" disabled={action.busy || !username.trim()}>
        {t('buttons.share')}
      </button>
    </form>
  );
}
