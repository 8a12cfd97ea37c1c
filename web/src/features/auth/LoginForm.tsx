import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { LangSwitch } from '../../shared/LangSwitch';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import type { LoginBody } from './types';

interface Props {
  /** True once the server answered 401 totp_required: the code field appears. */
  needTotp: boolean;
  busy: boolean;
  error: unknown;
  notice?: string | null;
  onSubmit: (body: LoginBody) => void;
}

export function LoginForm({ needTotp, busy, error, notice, onSubmit }: Props) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const totpRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (needTotp) totpRef.current?.focus();
  }, [needTotp]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(needTotp ? { username, password, totp_code: totp.trim() } : { username, password });
  };

  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} noValidate>
        <div className="login-head">
          <h1>{t('app.name')}</h1>
          <LangSwitch />
        </div>
        <p className="muted">{t('login.title')}</p>
        {notice && <p className="alert alert-info" role="status">{notice}</p>}
        <div className="field">
          <label htmlFor="login-username">{t('login.fields.username')}</label>
          <input id="login-username" data-testid="login-username" autoComplete="username" value={username} required onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.fields.password')}</label>
          <input id="login-password" data-testid="login-password" type="password" autoComplete="current-password" value={password} required onChange={(e) => setPassword(e.target.value)} />
        </div>
        {needTotp && (
          <div className="field">
            <label htmlFor="login-totp">{t('login.fields.totp_code')}</label>
            <input
              id="login-totp"
              ref={totpRef}
              data-testid="login-totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={10}
              value={totp}
              aria-describedby="login-totp-help"
              onChange={(e) => setTotp(e.target.value)}
            />
            <small id="login-totp-help" className="help">{t('login.messages.totp_hint')}</small>
          </div>
        )}
        <ProblemAlert error={error} fieldPrefix="login.fields" />
        <button type="submit" className="primary" data-testid="login-submit" disabled={busy || !username || !password}>
          {busy ? t('login.messages.signing_in') : t('buttons.sign_in')}
        </button>
      </form>
    </main>
  );
}
