import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, onUnauthorized, setCsrfToken } from '../../shared/api';
import { SessionProvider } from '../../shared/session';
import type { User } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import * as authApi from './api';
import { LoginForm } from './LoginForm';
import type { AuthAnswer, LoginBody } from './types';

type State = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; user: User };

const LogoutContext = createContext<() => void>(() => undefined);

/** The logout action for the header. */
export function useLogout(): () => void {
  return useContext(LogoutContext);
}

/** Restores the session with GET /auth/me, shows the login form until signed in. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [needTotp, setNeedTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const signedIn = useCallback((answer: AuthAnswer) => {
    setCsrfToken(answer.csrf_token);
    setState({ status: 'signed-in', user: answer.user });
    setNeedTotp(false);
    setError(null);
    setNotice(null);
  }, []);

  const signedOut = useCallback((message: string | null) => {
    setCsrfToken(null);
    // Filters and searches of the last user must not outlive the session on a shared machine.
    window.sessionStorage.clear();
    setState({ status: 'anonymous' });
    setNotice(message);
  }, []);

  useEffect(() => {
    authApi.me().then(signedIn, () => signedOut(null));
  }, [signedIn, signedOut]);

  useEffect(() => {
    onUnauthorized(() => signedOut(t('login.messages.session_expired')));
    return () => onUnauthorized(null);
  }, [signedOut, t]);

  const submit = (body: LoginBody) => {
    setBusy(true);
    setError(null);
    authApi
      .login(body)
      .then(signedIn, (err: unknown) => {
        if (err instanceof ApiError && err.code === 'totp_required') {
          setNeedTotp(true);
          setNotice(t('login.messages.totp_required'));
        } else {
          setError(err);
        }
      })
      .finally(() => setBusy(false));
  };

  const logout = useCallback(() => {
    authApi.logout().finally(() => signedOut(t('login.messages.signed_out')));
  }, [signedOut, t]);

  if (state.status === 'loading') return <p className="loading">{t('app.loading')}</p>;
  if (state.status === 'anonymous') {
    return <LoginForm needTotp={needTotp} busy={busy} error={error} notice={notice} onSubmit={submit} />;
  }
  return (
    <LogoutContext.Provider value={logout}>
      <SessionProvider user={state.user}>{children}</SessionProvider>
    </LogoutContext.Provider>
  );
}
