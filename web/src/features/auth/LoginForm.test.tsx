import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { LoginForm } from './LoginForm';

const render = (needTotp: boolean, error: unknown = null) =>
  renderToStaticMarkup(<LoginForm needTotp={needTotp} busy={false} error={error} onSubmit={() => undefined} />);

describe('LoginForm', () => {
  it('asks for the TOTP code only after the server said totp_required', () => {
    expect(render(false)).not.toContain('login-totp');
    expect(render(true)).toContain('data-testid="login-totp"');
    for (const id of ['login-username', 'login-password', 'login-submit', 'lang-switch']) expect(render(false)).toContain(id);
  });

  it('shows the translated error', () => {
    expect(render(false, new ApiError({ status: 401, code: 'invalid_credentials' }))).toContain('Wrong username or password.');
  });
});
