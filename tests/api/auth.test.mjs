// Sign-in, sessions, CSRF, personal tokens, TOTP, idle time-out, revocation, throttling and
// lock-out, disabled accounts and the password policy (DESIGN.md §5, docs/api.md "Auth").
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DEMO_PASSWORD, assertProblem, caseBody, cliOk, totp, useFixture } from './harness.mjs';

const fx = useFixture();

// The number of cases the supervisor of KZ-ALM-CTU sees: every case created in that unit.
async function unitCaseCount() {
  const sup = await fx.as('supervisor');
  return (await sup.ok('/api/v1/cases?limit=1')).total;
}

// An administrator's bearer token: unaffected by the clock moves below.
let adminToken;
async function admin() {
  if (!adminToken) {
    const r = await (await fx.as('admin')).post('/api/v1/auth/tokens', { name: 'auth tests' });
    assert.equal(r.status, 201, `${r}`);
    adminToken = r.body.token;
  }
  return fx.bearer(adminToken);
}

test('login returns the user, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
  const c = fx.anon();
  const r = await c.login('investigator');
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.user.username, 'investigator');
  assert.equal(r.body.user.role, 'investigator');
  assert.equal(r.body.user.unit.code, 'KZ-ALM-CTU');
  assert.equal(r.body.user.totp_enabled, false);
  assert.ok(r.body.user.permissions.includes('case.create'));
  assert.match(r.body.csrf_token, /^[0-9a-f]{32,}$/);
  const cookie = r.headers.getSetCookie().find((s) => s.startsWith('ariadne_session='));
  assert.match(cookie, /HttpOnly/i);
  assert.match(cookie, /SameSite=Strict/i);
  const me = await c.get('/api/v1/auth/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.user.username, 'investigator');
  assert.equal(me.body.csrf_token, c.csrf);
});

test('no credentials → 401 unauthenticated', async () => {
  assertProblem(await fx.anon().get('/api/v1/auth/me'), 401, 'unauthenticated');
  assertProblem(await fx.anon().get('/api/v1/cases'), 401, 'unauthenticated');
  const forged = fx.anon();
  forged.cookie = 'ariadne_session=' + 'ab'.repeat(32);
  assertProblem(await forged.get('/api/v1/auth/me'), 401, 'unauthenticated');
  assertProblem(await fx.bearer('ari_' + '00'.repeat(32)).get('/api/v1/auth/me'), 401, 'unauthenticated');
});

test('logout ends the session: the cookie no longer works', async () => {
  const c = await fx.login('investigator2');
  assert.equal((await c.get('/api/v1/auth/me')).status, 200);
  const out = await c.post('/api/v1/auth/logout');
  assert.equal(out.status, 204, `${out}`);
  assert.ok(
    out.headers.getSetCookie().some((s) => /^ariadne_session=;/.test(s) && /Max-Age=0/i.test(s)),
    'logout clears the cookie',
  );
  const after = await c.get('/api/v1/auth/me');
  assert.equal(after.status, 401, `${after}`);
  assert.ok(['unauthenticated', 'session_expired'].includes(after.code), `${after}`);
  assert.equal((await c.get('/api/v1/cases?limit=1')).status, 401);
  assert.equal((await c.post('/api/v1/cases', caseBody())).status, 401);
});

test('wrong password → 401 invalid_credentials; unknown user looks the same', async () => {
  const r = await fx.anon().login('analyst', 'not-the-password-at-all');
  assertProblem(r, 401, 'invalid_credentials');
  assert.equal(r.headers.getSetCookie().length, 0, 'no cookie on a failed login');
  const u = await fx.anon().login('nobody-by-this-name', 'not-the-password-at-all');
  assertProblem(u, 401, 'invalid_credentials');
  assert.equal(u.body.detail, r.body.detail, 'the answer does not tell which was wrong');
});

test('a browser write without X-CSRF-Token is refused 403 csrf_missing and creates nothing', async () => {
  const inv = await fx.as('investigator');
  const before = await unitCaseCount();
  const title = `CSRF probe ${Date.now()}`;
  assertProblem(await inv.post('/api/v1/cases', caseBody({ title }), { csrf: false }), 403, 'csrf_missing');
  assertProblem(
    await inv.post('/api/v1/cases', caseBody({ title }), { csrf: false, headers: { 'x-csrf-token': 'f'.repeat(64) } }),
    403,
    'csrf_missing',
  );
  assert.equal(await unitCaseCount(), before, 'no case was created');
  const sup = await fx.as('supervisor');
  assert.equal((await sup.ok(`/api/v1/cases?q=${encodeURIComponent('CSRF probe')}`)).total, 0);
  // The same write with the token goes through.
  const ok = await inv.post('/api/v1/cases', caseBody({ title }));
  assert.equal(ok.status, 201, `${ok}`);
  assert.equal(await unitCaseCount(), before + 1);
});

test('a bearer token from `ariadne token create` works without CSRF', async () => {
  const r = await cliOk(['token', 'create', '--data', fx.dir.data, '--user', 'investigator', '--name', 'script']);
  const token = r.stdout.trim();
  assert.match(token, /^ari_[0-9a-f]+$/);
  const c = fx.bearer(token);
  const me = await c.get('/api/v1/auth/me');
  assert.equal(me.status, 200, `${me}`);
  assert.equal(me.body.user.username, 'investigator');
  const before = await unitCaseCount();
  const created = await c.post('/api/v1/cases', caseBody());
  assert.equal(created.status, 201, `${created}`);
  assert.equal(created.body.created_by.username, 'investigator');
  assert.equal(await unitCaseCount(), before + 1);
});

test('a bearer token from POST /api/v1/auth/tokens works without CSRF', async () => {
  const inv = await fx.as('investigator');
  assertProblem(await inv.post('/api/v1/auth/tokens', { name: 'no csrf' }, { csrf: false }), 403, 'csrf_missing');
  const r = await inv.post('/api/v1/auth/tokens', { name: 'nightly import' });
  assert.equal(r.status, 201, `${r}`);
  assert.equal(r.body.name, 'nightly import');
  assert.match(r.body.token, /^ari_/);
  const c = fx.bearer(r.body.token);
  const created = await c.post('/api/v1/cases', caseBody());
  assert.equal(created.status, 201, `${created}`);
  const got = await c.get(`/api/v1/cases/${created.body.id}`);
  assert.equal(got.status, 200);
  // The token secret is never stored in the audit trail.
  const aud = await fx.as('auditor');
  const rows = (await aud.ok('/api/v1/audit?action=auth.token_create&limit=50')).items;
  assert.ok(rows.length >= 1);
  assert.ok(!JSON.stringify(rows).includes(r.body.token), 'the token is not in the audit trail');
});

test('password policy: a short password on user create → 422 weak_password (field password)', async () => {
  const a = await admin();
  const r = await a.post('/api/v1/users', {
    username: 'weak.user', display_name: 'Weak', role: 'analyst', unit_code: 'KZ-ALM-CTU', password: 'short1!',
  });
  assertProblem(r, 422, 'weak_password', 'password');
  const r2 = await a.post('/api/v1/users', {
    username: 'weak.user', role: 'analyst', unit_code: 'KZ-ALM-CTU', password: 'weak.user-is-my-password',
  });
  assertProblem(r2, 422, 'weak_password', 'password');
  const users = await a.ok('/api/v1/users');
  assert.ok(!users.items.some((u) => u.username === 'weak.user'), 'the user was not created');
  // A good password is accepted, and the new user can sign in.
  const ok = await a.post('/api/v1/users', {
    username: 'strong.user', role: 'analyst', unit_code: 'KZ-ALM-CTU', password: 'Correct-Horse-Battery-9',
  });
  assert.equal(ok.status, 201, `${ok}`);
  const c = await fx.login('strong.user', 'Correct-Horse-Battery-9');
  assert.equal(c.user.role, 'analyst');
});

test('TOTP: set up, enable with a code computed here, then the login needs it', async () => {
  const user = 'investigator.kg';
  const c = await fx.login(user);
  assertProblem(await c.post('/api/v1/auth/totp/enable', { code: '123456' }), 422, 'required', 'code');
  const setup = await c.post('/api/v1/auth/totp/setup');
  assert.equal(setup.status, 200, `${setup}`);
  const { secret, otpauth_uri: uri } = setup.body;
  assert.match(secret, /^[A-Z2-7]+$/);
  assert.ok(uri.startsWith('otpauth://totp/') && uri.includes(`secret=${secret}`), uri);
  // A wrong code does not enable it.
  const now = await fx.now();
  const near = new Set([-30_000, 0, 30_000].map((d) => totp(secret, now + d)));
  let wrong = '000000';
  while (near.has(wrong)) wrong = String((Number(wrong) + 1) % 1e6).padStart(6, '0');
  assertProblem(await c.post('/api/v1/auth/totp/enable', { code: wrong }), 422, 'totp_invalid');
  assert.equal((await c.ok('/api/v1/auth/me')).user.totp_enabled, false);
  const en = await c.post('/api/v1/auth/totp/enable', { code: totp(secret, await fx.now()) });
  assert.equal(en.status, 204, `${en}`);
  assert.equal((await c.ok('/api/v1/auth/me')).user.totp_enabled, true);

  assertProblem(await fx.anon().login(user), 401, 'totp_required');
  assertProblem(await fx.anon().login(user, DEMO_PASSWORD, { totp_code: wrong }), 401, 'totp_invalid');
  assertProblem(await fx.anon().login(user, 'wrong-password-here', { totp_code: totp(secret, await fx.now()) }), 401,
    'invalid_credentials');
  const ok = await fx.anon().login(user, DEMO_PASSWORD, { totp_code: totp(secret, await fx.now()) });
  assert.equal(ok.status, 200, `${ok}`);
  assert.equal(ok.body.user.totp_enabled, true);
  // The code follows the server's clock, not ours.
  await fx.advance(3600);
  const later = await fx.anon().login(user, DEMO_PASSWORD, { totp_code: totp(secret, await fx.now()) });
  assert.equal(later.status, 200, `${later}`);
  // A second set-up cannot silently replace the secret.
  const again = await fx.login(user, DEMO_PASSWORD, { totp_code: totp(secret, await fx.now()) });
  assertProblem(await again.post('/api/v1/auth/totp/setup'), 409, 'already_exists');
});

test('idle time-out: 31 idle minutes → 401 session_expired; use within 29 minutes keeps it alive', async () => {
  const c = await fx.login('analyst');
  const idle = await fx.login('prosecutor');
  const bearer = await admin();
  await fx.advance(29 * 60);
  assert.equal((await c.get('/api/v1/auth/me')).status, 200, 'used after 29 min: still alive');
  await fx.advance(29 * 60);
  assert.equal((await c.get('/api/v1/auth/me')).status, 200, '29 min after the last use: still alive');
  assertProblem(await idle.get('/api/v1/auth/me'), 401, 'session_expired');
  await fx.advance(31 * 60);
  assertProblem(await c.get('/api/v1/auth/me'), 401, 'session_expired');
  assertProblem(await c.get('/api/v1/cases'), 401, 'session_expired');
  // Personal tokens are not sessions: they do not idle out.
  assert.equal((await bearer.get('/api/v1/users')).status, 200);
  // Every cached session is now dead.
  fx.clients.clear();
});

test('revocation: the administrator ends every session of a user', async () => {
  const a = await admin();
  const one = await fx.login('frontline');
  const two = await fx.login('frontline');
  const other = await fx.login('analyst');
  const r = await a.post(`/api/v1/users/${one.user.id}/revoke-sessions`);
  assert.equal(r.status, 204, `${r}`);
  assertProblem(await one.get('/api/v1/auth/me'), 401, 'session_expired');
  assertProblem(await two.get('/api/v1/cases'), 401, 'session_expired');
  assert.equal((await other.get('/api/v1/auth/me')).status, 200, "another user's session is untouched");
  // The user can sign in again.
  await fx.login('frontline');
});

test('throttling: 5 wrong passwords lock the name for 15 minutes, with an alert for the DPO', async () => {
  const user = 'investigator2';
  for (let i = 0; i < 5; i++) assertProblem(await fx.anon().login(user, `wrong-password-${i}`), 401, 'invalid_credentials');
  // The sixth attempt is refused even with the right password.
  const locked = await fx.anon().login(user);
  assertProblem(locked, 429, 'locked_out');
  assert.equal(locked.headers.getSetCookie().length, 0);
  // Other names are not locked.
  assert.equal((await fx.anon().login('supervisor')).status, 200);
  await fx.advance(10 * 60);
  assertProblem(await fx.anon().login(user), 429, 'locked_out');
  await fx.advance(6 * 60);
  const ok = await fx.anon().login(user);
  assert.equal(ok.status, 200, `after 16 minutes the right password works: ${ok}`);

  const aud = await fx.login('auditor');
  const alerts = (await aud.ok('/api/v1/audit?alerts=1&action=auth.login&limit=100')).items;
  const lockRow = alerts.find((row) => row.username === user && row.detail?.locked_out === true);
  assert.ok(lockRow, `a lock-out alert row for ${user}: ${JSON.stringify(alerts)}`);
  assert.equal(lockRow.alert, true);
  assert.equal(lockRow.outcome, 'failed');
  const denied = (await aud.ok(`/api/v1/audit?user=${user}&action=auth.login&outcome=denied&limit=10`)).items;
  assert.ok(denied.some((row) => row.detail?.reason === 'locked_out'), 'the refused attempts are audited');
});

test('a disabled user cannot sign in, and their sessions end', async () => {
  const a = await admin();
  const c = await fx.login('ngo');
  const r = await a.patch(`/api/v1/users/${c.user.id}`, { disabled: true });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.disabled, true);
  assert.equal((await c.get('/api/v1/auth/me')).status, 401);
  assertProblem(await fx.anon().login('ngo'), 401, 'invalid_credentials');
  // Enabled again, the account works.
  assert.equal((await a.patch(`/api/v1/users/${c.user.id}`, { disabled: false })).status, 200);
  assert.equal((await fx.anon().login('ngo')).status, 200);
});

test('nobody changes their own account (self_grant)', async () => {
  const admin1 = await fx.login('admin');
  assertProblem(await admin1.patch(`/api/v1/users/${admin1.user.id}`, { role: 'supervisor' }), 422, 'self_grant');
});
