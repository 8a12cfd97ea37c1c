// What every end-to-end test file needs besides its steps: a signed-in Chromium page as a demo
// user (a fresh profile each, closed and removed by closeAll), and a script's view of the API for
// the facts a test starts from — never for the steps under test.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const PASSWORD = 'Ariadne-demo-2026';
const contexts = [];
const profiles = [];

export async function browserAs(server, username, { phone = false, ready } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'ariadne-chromium-'));
  profiles.push(profile);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  if (ready) await page.getByTestId(ready).first().waitFor();
  return page;
}

export async function apiAs(server, username) {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }),
  });
  assert.equal(login.status, 200, `login as ${username}`);
  const { csrf_token: csrf } = await login.json();
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('ariadne_session=')).split(';')[0];
  return async (method, path, body) => {
    const r = await fetch(server.url + path, {
      method, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: await r.json().catch(() => null) };
  };
}

export async function closeAll() {
  for (const c of contexts.splice(0)) await c.close();
  for (const p of profiles.splice(0)) rmSync(p, { recursive: true, force: true });
}
