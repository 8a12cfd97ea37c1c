import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { putInvolvement } from './api';
import type { Entity, InvolvementBody } from './types';

/** A network role (recruiter, transporter, ...) belongs only to a suspect. */
export const SUSPECT = 'suspect';

export function involvementBody(role: string, networkRole: string, note: string): InvolvementBody {
  const body: InvolvementBody = {};
  if (role === SUSPECT && networkRole) body.network_role = networkRole;
  if (note.trim()) body.note = note.trim();
  return body;
}

/** Gives a person or organisation a role in the case; a role held already gets the new details. */
export function InvolvementAddForm({ e, onSaved }: { e: Entity; onSaved: (e: Entity) => void }) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const [role, setRole] = useState('');
  const [networkRole, setNetworkRole] = useState('');
  const [note, setNote] = useState('');
  const action = useAction();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    action.run(() => putInvolvement(e.case_id, e.id, role, involvementBody(role, networkRole, note)), (saved) => {
      setRole('');
      setNetworkRole('');
      setNote('');
      onSaved(saved);
    });
  };
  return (
    <form className="card inline-form" onSubmit={submit} data-testid="involvement-add">
      <h3>{t('entities.involvements.add_title')}</h3>
      <div className="field">
        <label htmlFor="involvement-role">{t('entities.involvements.role')}</label>
        <select id="involvement-role" value={role} data-testid="involvement-role" onChange={(ev) => setRole(ev.target.value)}>
          <option value="">{t('forms.choose')}</option>
          {lookups.involvement_roles.map((o) => (
            <option key={o.id} value={o.id}>{label(o.label, o.id)}</option>
          ))}
        </select>
      </div>
      {role === SUSPECT && (
        <div className="field">
          <label htmlFor="involvement-network-role">{t('entities.involvements.network_role')}</label>
          <select id="involvement-network-role" value={networkRole} data-testid="involvement-network-role" onChange={(ev) => setNetworkRole(ev.target.value)}>
            <option value="">{t('forms.choose')}</option>
            {lookups.network_roles.map((o) => (
              <option key={o.id} value={o.id}>{label(o.label, o.id)}</option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="involvement-note">{t('entities.involvements.note')}</label>
        <input id="involvement-note" value={note} maxLength={2000} autoComplete="off" data-testid="involvement-note" onChange={(ev) => setNote(ev.target.value)} />
      </div>
      <ProblemAlert error={action.error} fieldPrefix="entities.involvements" />
      <button type="submit" className="primary" disabled={action.busy || !role} data-testid="involvement-submit">
        {t('buttons.add')}
      </button>
    </form>
  );
}
