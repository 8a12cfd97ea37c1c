import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { resetPassword } from './api';
import type { AdminUser } from './types';

export function ResetPasswordForm({ user, onDone }: { user: AdminUser; onDone: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    action.run(() => resetPassword(user.id, password), () => {
      window.alert(t('admin.users.password_reset_done', { username: user.username }));
      onDone();
    });
  };
  return (
    <form className="card inline-form" onSubmit={submit} data-testid="reset-password-form">
      <h3>{t('admin.users.reset_title', { username: user.username })}</h3>
      <div className="field">
        <label htmlFor="reset-password">{t('user.fields.password')}</label>
        <input id="reset-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <small className="help">{t('user.help.password')}</small>
      </div>
      <ProblemAlert error={action.error} fieldPrefix="user.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy || !password}>{t('buttons.reset_password')}</button>
        <button type="button" onClick={onDone}>{t('buttons.cancel')}</button>
      </div>
    </form>
  );
}
