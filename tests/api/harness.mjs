// Shared harness for the API tests: a fresh data directory with the demo dataset and a real
// `ariadne serve` process on a free port per test file, HTTP clients that keep the session
// cookie and CSRF token, the CLI, the test clock, and helpers for the audit chain.
//
// Everything a file starts (servers, temporary directories) is registered here and removed in
// the file's `after` hook — and, should the test process die, in a synchronous exit handler.
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.ARIADNE_BIN || path.join(REPO, 'build', 'ariadne');
export const CONFIG = process.env.ARIADNE_CONFIG || path.join(REPO, 'config');
export const DEMO_PASSWORD = 'Ariadne-demo-2026';

// The demo logins printed by `ariadne demo`.
export const DEMO_USERS = {
  admin: { role: 'administrator', unit: 'KZ-ALM-CTU' },
  auditor: { role: 'auditor', unit: 'KZ-ALM-CTU' },
  supervisor: { role: 'supervisor', unit: 'KZ-ALM-CTU' },
  investigator: { role: 'investigator', unit: 'KZ-ALM-CTU' },
  investigator2: { role: 'investigator', unit: 'KZ-ALM-CTU' },
  analyst: { role: 'analyst', unit: 'KZ-ALM-CTU' },
  prosecutor: { role: 'prosecutor', unit: 'KZ-ALM-CTU' },
  frontline: { role: 'frontline_officer', unit: 'KZ-AST-BORDER' },
  'supervisor.kg': { role: 'supervisor', unit: 'KG-BSK-TIP' },
  'investigator.kg': { role: 'investigator', unit: 'KG-BSK-TIP' },
  ngo: { role: 'referral_partner', unit: 'KZ-ALM-NGO' },
  coordinator: { role: 'referral_coordinator', unit: 'KZ-NRM' },
};

// ---------------------------------------------------------------------------------------------
// Resources to clean up.

const live = { servers: new Set(), dirs: new Set(), started: [] };

function cleanupNow() {
  for (const s of live.servers) {
    try {
      s.proc.kill('SIGKILL');
    } catch {}
  }
  for (const d of live.dirs) {
    try {
      rmSync(d, { recursive: true, force: true });
    } catch {}
  }
}
process.on('exit', cleanupNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanupNow();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

export function tempDir(prefix = 'ariadne-api-') {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  live.dirs.add(d);
  return d;
}

// Stops every server still running (each must exit 0 after SIGTERM: under the sanitizers a leak
// or a bad access at shutdown shows up here) and removes every temporary directory.
export async function cleanupAll() {
  const errors = [];
  for (const s of [...live.servers]) {
    try {
      await s.stop();
    } catch (e) {
      errors.push(e);
    }
  }
  for (const s of live.started.splice(0)) {
    const { code, signal } = s.exitStatus ?? {};
    if (code !== 0) errors.push(new Error(`a server exited with ${code ?? signal} after SIGTERM:\n${s.stderr.slice(-4000)}`));
  }
  for (const d of [...live.dirs]) {
    rmSync(d, { recursive: true, force: true });
    live.dirs.delete(d);
  }
  if (errors.length) throw errors[0];
}

// ---------------------------------------------------------------------------------------------
// The command line.

function childEnv() {
  return { ...process.env, ARIADNE_CONFIG: CONFIG };
}

// Runs `ariadne ARGS`; resolves with {code, stdout, stderr} whatever the exit code.
export function cli(args, { input, timeoutMs = 120_000, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(BIN, args, { env: { ...childEnv(), ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error(`ariadne ${args.join(' ')} timed out\n${stdout}\n${stderr}`));
    }, timeoutMs);
    p.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    p.stdin.on('error', () => {});
    p.stdin.end(input ?? '');
  });
}

// Like cli() but fails the test unless the exit code is 0.
export async function cliOk(args, opts) {
  const r = await cli(args, opts);
  assert.equal(r.code, 0, `ariadne ${args.join(' ')} exited ${r.code}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`);
  return r;
}

// A new data directory (DIR) with its keys beside it (DIR.keys), initialised and, unless
// demo=false, loaded with the demo dataset.
export async function newDataDir({ demo = true } = {}) {
  const root = tempDir();
  const data = path.join(root, 'data');
  await cliOk(['init', '--data', data]);
  if (demo) await cliOk(['demo', '--data', data]);
  return { root, data, keys: `${data}.keys`, db: path.join(data, 'ariadne.db') };
}

// Copies a (stopped) data directory and its keys into a new temporary root.
export function copyDataDir(src) {
  const root = tempDir('ariadne-copy-');
  const data = path.join(root, 'data');
  cpSync(src.data, data, { recursive: true });
  cpSync(src.keys, `${data}.keys`, { recursive: true });
  return { root, data, keys: `${data}.keys`, db: path.join(data, 'ariadne.db') };
}

// ---------------------------------------------------------------------------------------------
// The server.

export class Server {
  constructor(proc) {
    this.proc = proc;
    this.stdout = '';
    this.stderr = '';
    this.exit = new Promise((resolve) => {
      proc.on('exit', (code, signal) => {
        live.servers.delete(this);
        this.exitStatus = { code, signal };
        resolve(this.exitStatus);
      });
    });
  }

  // Starts `ariadne serve` on DATA with the test clock, on a free port, and waits until
  // /api/v1/health answers.
  static async start(data, { testClock = true, args = [], env = {} } = {}) {
    const argv = ['serve', '--data', data, '--listen', '127.0.0.1:0', ...args];
    if (testClock) argv.push('--test-clock');
    const proc = spawn(BIN, argv, { env: { ...childEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new Server(proc);
    live.servers.add(server);
    live.started.push(server);
    proc.stderr.setEncoding('utf8').on('data', (d) => (server.stderr += d));
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${server.stdout}\n${server.stderr}`)), 20_000);
      proc.stdout.setEncoding('utf8').on('data', (d) => {
        server.stdout += d;
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(server.stdout);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code} while starting:\n${server.stdout}\n${server.stderr}`));
      });
    });
    server.url = url;
    for (let i = 0; ; i++) {
      try {
        const r = await fetch(`${url}/api/v1/health`);
        if (r.status === 200) break;
      } catch {}
      if (i > 200) throw new Error('server never became healthy');
      await new Promise((r) => setTimeout(r, 25));
    }
    return server;
  }

  get running() {
    return !this.exitStatus;
  }

  // SIGTERM, then wait for the process to exit (SIGKILL and fail after timeoutMs).
  async stop({ timeoutMs = 30_000 } = {}) {
    if (!this.running) return this.exitStatus;
    this.proc.kill('SIGTERM');
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => {
        this.proc.kill('SIGKILL');
        reject(new Error('server did not stop within the time limit after SIGTERM'));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  client(opts) {
    return new Client(this.url, opts);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP clients.

export class ApiResponse {
  constructor(status, headers, text) {
    this.status = status;
    this.headers = headers;
    this.text = text;
    try {
      this.body = text ? JSON.parse(text) : null;
    } catch {
      this.body = null;
    }
  }
  get code() {
    return this.body?.code;
  }
  get field() {
    return this.body?.field;
  }
  toString() {
    return `${this.status} ${this.text.slice(0, 500)}`;
  }
}

// A client that keeps the session cookie and CSRF token of its login and sends the token on
// every write; or, with {bearer}, sends a personal API token instead.
export class Client {
  constructor(base, { bearer, name } = {}) {
    this.base = base;
    this.bearer = bearer;
    this.name = name ?? (bearer ? 'bearer' : 'anonymous');
    this.cookie = null;
    this.csrf = null;
    this.user = null;
  }

  async login(username, password = DEMO_PASSWORD, extra = {}) {
    const res = await this.request('POST', '/api/v1/auth/login', { body: { username, password, ...extra } });
    if (res.status === 200) {
      const set = res.headers.getSetCookie().find((c) => c.startsWith('ariadne_session='));
      assert.ok(set, 'login sets the ariadne_session cookie');
      this.cookie = set.split(';')[0];
      this.csrf = res.body.csrf_token;
      this.user = res.body.user;
      this.name = username;
    }
    return res;
  }

  // body: an object (sent as JSON), a string or Buffer (sent as is), or undefined.
  // csrf: false to leave the X-CSRF-Token header off a write.
  async request(method, url, { body, headers = {}, csrf = true } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (csrf && this.csrf && method !== 'GET' && method !== 'HEAD') h['x-csrf-token'] = this.csrf;
    let payload;
    if (body !== undefined) {
      payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
    }
    const r = await fetch(this.base + url, { method, headers: h, body: payload });
    return new ApiResponse(r.status, r.headers, await r.text());
  }

  get(url, opts) {
    return this.request('GET', url, opts);
  }
  post(url, body, opts) {
    return this.request('POST', url, { ...opts, body });
  }
  patch(url, body, opts) {
    return this.request('PATCH', url, { ...opts, body });
  }
  delete(url, opts) {
    return this.request('DELETE', url, opts);
  }

  // GET that must answer 200; returns the body.
  async ok(url) {
    const r = await this.get(url);
    assert.equal(r.status, 200, `GET ${url} as ${this.name}: ${r}`);
    return r.body;
  }
}

// ---------------------------------------------------------------------------------------------
// A per-file fixture: a fresh demo data directory and a server, logins cached per user.

export class Fixture {
  constructor() {
    this.clients = new Map();
  }

  async start({ demo = true } = {}) {
    this.dir = await newDataDir({ demo });
    this.server = await Server.start(this.dir.data);
    return this;
  }

  get url() {
    return this.server.url;
  }

  anon() {
    return this.server.client();
  }

  bearer(token) {
    return this.server.client({ bearer: token });
  }

  // A new session for USERNAME (never cached).
  async login(username, password = DEMO_PASSWORD, extra = {}) {
    const c = this.server.client();
    const r = await c.login(username, password, extra);
    assert.equal(r.status, 200, `login as ${username}: ${r}`);
    return c;
  }

  // The cached session of USERNAME: each user signs in once per file (Argon2id is slow on purpose).
  async as(username) {
    if (!this.clients.has(username)) this.clients.set(username, await this.login(username));
    return this.clients.get(username);
  }

  forget(username) {
    this.clients.delete(username);
  }

  // Restarts the server on the same data directory (sessions survive: they live in the store).
  async restart() {
    await this.server.stop();
    this.server = await Server.start(this.dir.data);
    for (const c of this.clients.values()) c.base = this.server.url;
  }

  async now() {
    const r = await this.anon().get('/api/v1/test/clock');
    assert.equal(r.status, 200, `test clock: ${r}`);
    return r.body.now_ms;
  }

  async advance(seconds) {
    const r = await this.anon().post('/api/v1/test/clock', { advance_seconds: seconds });
    assert.equal(r.status, 200, `advance clock: ${r}`);
    return r.body.now_ms;
  }
}

// Registers the fixture's start and clean-up with the file's before/after hooks. `setup(fx)`
// runs inside the same hook, after the server is up: Node 20 does not wait for one file-level
// `before` hook before starting the next, so a file must not add its own.
export function useFixture({ setup, ...opts } = {}) {
  const fx = new Fixture();
  before(async () => {
    await fx.start(opts);
    if (setup) await setup(fx);
  }, { timeout: 120_000 });
  after(() => cleanupAll(), { timeout: 120_000 });
  return fx;
}

// ---------------------------------------------------------------------------------------------
// Assertions and data.

// Asserts an application/problem+json answer with the given status, code and (optionally) field.
export function assertProblem(res, status, code, field) {
  assert.equal(res.status, status, `expected ${status} ${code}${field ? ` (${field})` : ''}, got ${res}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/, `problem content type: ${res}`);
  if (code !== undefined) assert.equal(res.body?.code, code, `problem code: ${res}`);
  if (field !== undefined) assert.equal(res.body?.field, field, `problem field: ${res}`);
}

let caseCounter = 0;
// A valid create body; `overrides` replace top-level keys.
export function caseBody(overrides = {}) {
  caseCounter++;
  return {
    title: `API test case ${caseCounter} ${randomUUID().slice(0, 8)}`,
    summary: 'Created by the API test suite.',
    category: 'tip',
    forms_of_exploitation: ['labour'],
    approach: 'reactive',
    trigger: 'complaint',
    jurisdiction: { country: 'KZ', region: 'Almaty' },
    countries_of_origin: ['UZ'],
    countries_of_destination: ['KZ'],
    ...overrides,
  };
}

// Creates a case as CLIENT; asserts 201 and returns the case.
export async function createCase(client, overrides = {}, headers = {}) {
  const r = await client.post('/api/v1/cases', caseBody(overrides), { headers });
  assert.equal(r.status, 201, `create case as ${client.name}: ${r}`);
  return r.body;
}

// Every page of a list, following next_cursor.
export async function listAll(client, url, { limit = 200 } = {}) {
  const sep = url.includes('?') ? '&' : '?';
  const items = [];
  const totals = [];
  let cursor = null;
  for (let page = 0; page < 1000; page++) {
    const r = await client.get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, `GET ${url} as ${client.name}: ${r}`);
    items.push(...r.body.items);
    totals.push(r.body.total);
    cursor = r.body.next_cursor;
    if (!cursor) return { items, totals, pages: page + 1 };
  }
  throw new Error('more than 1000 pages');
}

export const sha256hex = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

// RFC 6238 TOTP: HMAC-SHA-1, 30 s steps, 6 digits, base32 secret.
export function totp(secretBase32, timeMs, { step = 30, digits = 6 } = {}) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secretBase32.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error(`bad base32 character ${ch}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const key = Buffer.alloc(Math.floor(bits.length / 8));
  for (let i = 0; i < key.length; i++) key[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / step)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

// ---------------------------------------------------------------------------------------------
// The store, through the sqlite3 command line (for the tamper tests; the server must be stopped
// when writing).

export function sqlite(db, sql, { json = false } = {}) {
  return new Promise((resolve, reject) => {
    const args = json ? ['-json', db] : ['-batch', '-bail', db];
    const p = spawn('sqlite3', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`sqlite3 exited ${code}: ${err}\n${sql.slice(0, 500)}`));
      if (!json) return resolve(out);
      resolve(out.trim() ? JSON.parse(out) : []);
    });
    p.stdin.end(sql);
  });
}

export const sqlString = (s) => `'${String(s).replaceAll("'", "''")}'`;

export function auditRows(db) {
  return sqlite(
    db,
    'SELECT seq, at, user_id, username, action, outcome, method, path, ip, records, detail, alert, prev_hash, hash ' +
      'FROM audit_log ORDER BY seq;',
    { json: true },
  );
}

// The row hash of src/security/audit_log.cc RowHash: SHA-256 of the compact JSON array
// [seq, at, user_id, username, action, outcome, method, path, ip, records, detail, alert, prev_hash],
// with records as an array, detail as the stored string and alert as a boolean.
export function rowHash(row) {
  const records = typeof row.records === 'string' ? JSON.parse(row.records) : row.records;
  return sha256hex(
    JSON.stringify([
      row.seq, row.at, row.user_id, row.username, row.action, row.outcome, row.method, row.path, row.ip,
      records, row.detail, Boolean(row.alert), row.prev_hash,
    ]),
  );
}

export function mkdirp(p) {
  mkdirSync(p, { recursive: true });
  return p;
}
