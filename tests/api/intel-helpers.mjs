// Helpers for the intelligence tests (docs/api.md, "Intelligence"): extra units and users made
// through the administrator, reports filed, handed over and moved along the cycle, the handling
// rules of config/intelligence/grading.json read from the server, path checks and leak checks.
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';

import { sqlString, sqlite } from './harness.mjs';

export const API = '/api/v1';
export const PASSWORD = 'Intel-Test-Password-2026';
// The paths that use a report (the two share paths are how it is passed on).
export const USE_PATHS = ['view', 'export', 'search_hit', 'graph_path'];
export const PRE_DISSEMINATION = ['collected', 'evaluated', 'collated', 'analysed'];

// ---------------------------------------------------------------------------------------------
// Unique names.

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export function letters(n = 8) {
  let s = '';
  for (let i = 0; i < n; i++) s += LOWER[randomInt(LOWER.length)];
  return s;
}
// A word no other record holds, for searches: "Q" and ten lowercase letters.
export const word = () => `Q${letters(10)}`;
export const digits = (n) => Array.from({ length: n }, () => String(randomInt(10))).join('');
export const upper = (n = 5) => letters(n).toUpperCase();

// A Cyrillic name whose Latin spelling is unambiguous under any usual transliteration (only
// letters that have one Latin equivalent), with that spelling.
const CYR = { б: 'b', в: 'v', д: 'd', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p', р: 'r', с: 's', т: 't', а: 'a', о: 'o', и: 'i' };
const CONS = 'бдклмнпрст';
const VOWELS = 'аои';
function cyrWord(syllables, ending = '') {
  let w = '';
  for (let i = 0; i < syllables; i++) w += CONS[randomInt(CONS.length)] + VOWELS[randomInt(VOWELS.length)];
  w += ending;
  return w[0].toUpperCase() + w.slice(1);
}
const toLatin = (w) => [...w].map((ch) => {
  const lower = ch.toLowerCase();
  const lat = CYR[lower] ?? ch;
  return ch === lower ? lat : lat.toUpperCase();
}).join('');
export function cyrillicName() {
  const given = cyrWord(3);
  const surname = cyrWord(3, 'нова');
  return {
    given, surname, full: `${given} ${surname}`,
    latin: { given: toLatin(given), surname: toLatin(surname), full: `${toLatin(given)} ${toLatin(surname)}` },
  };
}

// ---------------------------------------------------------------------------------------------
// Grading as data.

const gradingCache = new WeakMap();
export async function grading(fx) {
  if (!gradingCache.has(fx)) gradingCache.set(fx, await (await fx.as('analyst')).ok(`${API}/intelligence/grading`));
  return gradingCache.get(fx);
}
export function handlingCode(G, code) {
  const hc = G.handling_codes.find((h) => h.code === code);
  assert.ok(hc, `grading.json has the handling code ${code}`);
  return hc;
}
export const classIds = (G) => G.recipient_classes.map((c) => c.id);
// The use paths the handling code lets a recipient class use.
export const usePaths = (hc, cls) => USE_PATHS.filter((p) => (hc.allow[cls] ?? []).includes(p));
// The dissemination path to a unit: abroad when its country is not the author unit's.
export const sharePath = (authorCountry, unit) => (unit.country === authorCountry ? 'share_unit' : 'share_abroad');

// What a dissemination by the holder (or, with originator, by the author) should give, from the
// rules: a special code wants a risk assessment first; a consent code lets only the originator
// pass it on; otherwise the recipient class must be allowed the path it would go by.
export function expectedDissemination(hc, cls, path, { assessed = false, originator = false } = {}) {
  if (hc.special && !assessed) return { allowed: false, code: 'risk_assessment_required', status: 422 };
  if (hc.consent_required) {
    if (!originator) return { allowed: false, code: 'consent_required', status: 403 };
    return { allowed: true, code: 'ok', status: 201 };
  }
  if (!(hc.allow[cls] ?? []).includes(path)) return { allowed: false, code: 'handling_refused', status: 403 };
  return { allowed: true, code: 'ok', status: 201 };
}

// ---------------------------------------------------------------------------------------------
// Units and users through the administrator.

export async function unitByCode(fx, code) {
  const units = await (await fx.as('admin')).ok(`${API}/units`);
  const u = (units.items ?? units).find((x) => x.code === code);
  assert.ok(u, `unit ${code} exists`);
  return u;
}

export async function makeUnit(fx, body) {
  const r = await (await fx.as('admin')).post(`${API}/units`, body);
  assert.equal(r.status, 201, `create unit ${body.code}: ${r}`);
  assert.equal(r.body.agency, body.agency, 'the unit keeps its agency');
  assert.equal(r.body.kind, body.kind, 'the unit keeps its kind');
  return r.body;
}

// Creates USERNAME and signs in once; fx.as(USERNAME) returns that session afterwards.
export async function makeUser(fx, username, role, unitCode) {
  const r = await (await fx.as('admin')).post(`${API}/users`, { username, role, unit_code: unitCode, password: PASSWORD });
  assert.equal(r.status, 201, `create user ${username}: ${r}`);
  const c = await fx.login(username, PASSWORD);
  fx.clients.set(username, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Reports.

export function reportBody({ token = word(), handling = 'H3', source = 'B', intelligence = '2', items, facts, blocks, ...rest } = {}) {
  return {
    blocks: blocks ?? {
      exploitation_type: `Labour exploitation at a brickworks, lead ${token}`,
      countries: 'UZ → KZ',
      persons: `A recruiter called ${token} meets the buses`,
    },
    location: 'Astana bus station',
    grading: { source, intelligence, handling },
    facts: facts ?? {
      exploitation_forms: ['labour'],
      countries: [{ code: 'UZ', role: 'origin' }, { code: 'KZ', role: 'destination' }],
      modus: ['job_advert'],
    },
    items: items ?? [{ kind: 'person', fields: { name: `${token} Recruiter`, nationality: 'UZ' } }],
    ...rest,
  };
}

export async function fileReport(client, body) {
  const r = await client.post(`${API}/frontline-reports`, body);
  assert.equal(r.status, 201, `file a report as ${client.name}: ${r}`);
  return r.body;
}

export async function handOver(client, id, unit = 'KZ-ALM-CTU') {
  const r = await client.post(`${API}/frontline-reports/${id}/handover`, { unit_id: unit });
  assert.equal(r.status, 200, `hand over as ${client.name}: ${r}`);
  assert.equal(r.body.cycle, 'collected', 'handed over, the report is raw intelligence');
  return r.body;
}

export const intel = (client, id) => client.ok(`${API}/intelligence/reports/${id}`);

// POST /cycle with the current version; returns the answer.
export async function moveCycle(client, id, to, extra = {}) {
  const cur = await intel(client, id);
  return client.post(`${API}/intelligence/reports/${id}/cycle`, { to, version: cur.version, ...extra });
}

// Moves the report one step at a time along collected → evaluated → collated → analysed.
export async function advanceTo(client, id, target = 'analysed') {
  for (let guard = 0; guard < 10; guard++) {
    const cur = await intel(client, id);
    if (cur.cycle === target) return cur;
    const i = PRE_DISSEMINATION.indexOf(cur.cycle);
    assert.ok(i >= 0 && i < PRE_DISSEMINATION.indexOf(target), `cannot advance from ${cur.cycle} to ${target}`);
    const to = PRE_DISSEMINATION[i + 1];
    const r = await client.post(`${API}/intelligence/reports/${id}/cycle`, { to, version: cur.version });
    assert.equal(r.status, 200, `cycle ${cur.cycle} → ${to} as ${client.name}: ${r}`);
  }
  throw new Error('the cycle did not advance');
}

// A report filed by AUTHOR, handed to HOLDER and moved to analysed by MOVER.
export async function analysedReport(fx, { author = 'frontline', holder = 'KZ-ALM-CTU', mover = 'analyst', ...body } = {}) {
  const a = await fx.as(author);
  const rep = await fileReport(a, reportBody(body));
  await handOver(a, rep.id, holder);
  return advanceTo(await fx.as(mover), rep.id, 'analysed');
}

export async function check(client, id, unitId) {
  const r = await client.post(`${API}/intelligence/reports/${id}/dissemination-check`, { unit_id: unitId });
  assert.equal(r.status, 200, `dissemination-check as ${client.name} (a refusal is never an error): ${r}`);
  return r.body;
}

export const disseminate = (client, id, unitId, note) =>
  client.post(`${API}/intelligence/reports/${id}/disseminations`, note === undefined ? { unit_id: unitId } : { unit_id: unitId, note });

export async function disseminateOk(client, id, unitId, note) {
  const r = await disseminate(client, id, unitId, note);
  assert.equal(r.status, 201, `disseminate as ${client.name}: ${r}`);
  return r.body;
}

export async function search(client, q) {
  const r = await client.get(`${API}/intelligence/search?q=${encodeURIComponent(q)}`);
  assert.equal(r.status, 200, `search ${q} as ${client.name}: ${r}`);
  assert.ok(Array.isArray(r.body.items), `search answer: ${r}`);
  return r.body;
}
export const hitIds = (answer) => answer.items.map((x) => x.report?.id);

// ---------------------------------------------------------------------------------------------
// The audit trail (read from the store while the server runs).

export async function auditHead(fx) {
  const rows = await sqlite(fx.dir.db, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM audit_log;', { json: true });
  return rows[0]?.seq ?? 0;
}

// Rows after seq SINCE by USERNAME that name RECORD_ID and record a refusal.
export async function refusals(fx, since, username, recordId) {
  const rows = await sqlite(fx.dir.db,
    `SELECT seq, username, action, outcome, path, records FROM audit_log WHERE seq > ${Number(since)} ` +
    `AND username = ${sqlString(username)} ORDER BY seq;`, { json: true });
  return rows.filter((r) => String(r.records).includes(recordId) && ['denied', 'not_found'].includes(r.outcome));
}

// ---------------------------------------------------------------------------------------------
// Leaks.

export const serialise = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
// The needles found in any of the values (responses serialised whole, status and body).
export function leaksIn(values, needles) {
  const text = values.map(serialise).join('\n').toLowerCase();
  return needles.filter((n) => n && text.includes(String(n).toLowerCase()));
}
// A response as text to search: its status, the raw body and the body parsed and serialised
// again (so that text the server escaped as \uXXXX is searched too).
export const whole = (res) => `${res.status} ${res.text} ${res.body === null ? '' : JSON.stringify(res.body)}`;

export async function waitFor(fn, { timeoutMs = 5000, stepMs = 100 } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
