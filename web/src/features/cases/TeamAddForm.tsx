import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { addTeamMember } from './api';
import type { Case } from './types';

/** Adds a member by username with a team role and grants (e.g. victim_data). */
export function TeamAddForm({ caseId, onSaved }: { caseId: string; onSaved: (c: Case) => void }) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const [username, setUsername] = useState('');
  const [teamRole, setTeamRole] = useState('member');
  const [grants, setGrants] = useState<string[]>([]);
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => addTeamMember(caseId, { username: username.trim(), team_role: teamRole, grants }), (c) => {
      setUsername('');
      setGrants([]);
      onSaved(c);
    });
  };
  const toggle = (id: string, on: boolean) => setGrants(on ? [...grants, id] : grants.filter((g) => g !== id));
  return (
    <form className="card inline-form" onSubmit={submit} data-testid="team-add-form">
      <h3>{t('case.team.add_title')}</h3>
      <div className="field">
        <label htmlFor="team-username">{t('case.team.fields.username')}</label>
        <input id="team-username" value={username} autoComplete="off" data-testid="team-username" onChange={(e) => setUsername(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="team-role">{t('case.team.fields.team_role')}</label>
        <select id="team-role" value={teamRole} data-testid="team-role" onChange={(e) => setTeamRole(e.target.value)}>
          {lookups.team_roles.map((o) => (
            <option key={o.id} value={o.id}>{label(o.label, o.id)}</option>
          ))}
        </select>
      </div>
      <fieldset className="field field-multi">
        <legend>{t('case.team.fields.grants')}</legend>
        {lookups.grants.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={grants.includes(o.id)} data-testid={`team-grant-${o.id}`} onChange={(e) => toggle(o.id, e.target.checked)} />
            <span>{label(o.label, o.id)}</span>
          </label>
        ))}
      </fieldset>
      <ProblemAlert error={action.error} fieldPrefix="case.team.fields" />
      <button type="submit" className="primary" disabled={action.busy || !username.trim()} data-testid="team-add-submit">
        {t('buttons.add')}
      </button>
    </form>
  );
}
