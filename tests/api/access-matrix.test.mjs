// Role × endpoint: every operation of the OpenAPI document, called by every demo login, must be
// allowed or refused exactly as tests/api/access-matrix.json says — with need-to-know on cases
// (404 "as if it did not exist"), and every refused look at a case on the audit trail.
// Also: every route declares a known permission, and every documented operation exists.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { DEMO_PASSWORD, assertProblem, caseBody, cli, createCase, tempDir, useFixture } from './harness.mjs';

const matrix = JSON.parse(readFileSync(new URL('./access-matrix.json', import.meta.url), 'utf8'));
const USERS = matrix.users;
const HELPER = 'matrix.helper';  // added to teams and shares; never one of the users under test
const TARGET = 'matrix.target';  // the account the administrator's operations change

const state = { cases: {}, links: {}, leads: {}, entities: {}, exhibits: {}, interviews: {}, charges: {}, documents: {}, imports: {}, charts: {}, helperId: null, targetId: null, openapi: null };

const fx = useFixture({
  setup: async (fx) => {
    const admin = await fx.as('admin');
    for (const [username, role, unit_code] of [[HELPER, 'investigator', 'KZ-ALM-CTU'], [TARGET, 'analyst', 'KZ-AST-BORDER']]) {
      const r = await admin.post('/api/v1/users', { username, role, unit_code, password: 'Matrix-Password-2026' });
      assert.equal(r.status, 201, `${r}`);
      if (username === HELPER) state.helperId = r.body.id;
      else state.targetId = r.body.id;
    }
    const inv = await fx.as('investigator');
    const kg = await fx.as('investigator.kg');
    state.cases.plain = await createCase(inv, { title: 'Matrix plain case' });
    state.cases.shared = await createCase(inv, { title: 'Matrix shared case' });
    state.cases.kg = await createCase(kg, { title: 'Matrix KG case', jurisdiction: { country: 'KG' } });
    state.links.plain = state.links.shared = await createCase(inv, { title: 'Matrix link target KZ' });
    state.links.kg = await createCase(kg, { title: 'Matrix link target KG' });
    // The leads read the current version through personal tokens: their sessions end mid-run.
    const token = async (c) => fx.bearer((await c.post('/api/v1/auth/tokens', { name: 'matrix lead' })).body.token);
    const invToken = await token(inv);
    state.leads = { plain: invToken, shared: invToken, kg: await token(kg) };
    const id = state.cases.shared.id;
    let r = await inv.post(`/api/v1/cases/${id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
    assert.equal(r.status, 200, `${r}`);
    r = await inv.post(`/api/v1/cases/${id}/shares`, { username: 'prosecutor' });
    assert.equal(r.status, 200, `${r}`);
    // One person in each case, recorded by its lead, for the entity routes.
    for (const sc of ['plain', 'shared', 'kg']) state.entities[sc] = await newEntity(sc);
    for (const sc of ['plain', 'shared', 'kg']) {
      const r = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/exhibits`, exhibitBody('Matrix exhibit'));
      assert.equal(r.status, 201, `${r}`);
      state.exhibits[sc] = r.body;
      // A witness interview: its statement is ordinary case content for the team.
      const iv = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/interviews`,
        { kind: 'witness', subject_entity_id: state.entities[sc].id, started_at: '2026-11-03T09:00:00Z' });
      assert.equal(iv.status, 201, `${iv}`);
      state.interviews[sc] = iv.body;
      const ch = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/charges`, chargeBody(sc));
      assert.equal(ch.status, 201, `${ch}`);
      state.charges[sc] = ch.body;
      const doc = await state.leads[sc].request('PUT', `/api/v1/cases/${state.cases[sc].id}/documents?name=matrix.txt`,
        { body: 'Matrix document text', headers: { 'content-type': 'text/plain' } });
      assert.equal(doc.status, 201, `${doc}`);
      state.documents[sc] = doc.body;
      // Link analysis: one call file imported by the lead (two numbers only this case knows), and
      // a link chart saved to the case.
      const [a, b] = MATRIX_NUMBERS[sc];
      const csv = await uploadCsv(sc, 'matrix-cdr.csv', `A number,B number,Start\n${a},${b},2026-03-01 10:00:00\n`);
      const im = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/imports`, { document_id: csv.id, kind: 'calls', mapping: MATRIX_CDR });
      assert.equal(im.status, 201, `${im}`);
      assert.equal(im.body.rows_ok, 1, `${im}`);
      state.imports[sc] = im.body;
      const chart = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/charts`,
        { name: 'Matrix chart', chart: { nodes: [`c:${state.cases[sc].id}`] } });
      assert.equal(chart.status, 201, `${chart}`);
      state.charts[sc] = chart.body;
    }
    // A bank statement of the plain case, for the money trace: only who sees that case sees the account.
    const statement = await uploadCsv('plain', 'matrix-statement.csv', `From,To,Amount,Date\n${MATRIX_ACCOUNT},MATRIX9002,1000.00,2026-03-01 10:00\n`);
    r = await inv.post(`/api/v1/cases/${state.cases.plain.id}/imports`, { document_id: statement.id, kind: 'transactions', mapping: MATRIX_TXNS });
    assert.equal(r.status, 201, `${r}`);
    assert.equal(r.body.rows_ok, 1, `${r}`);
    // A task of the plain case for PATCH /tasks/{tid}, and a pending approval for a supervisor to decide.
    const t = await inv.post(`/api/v1/cases/${state.cases.plain.id}/tasks`, { title: 'Matrix task' });
    assert.equal(t.status, 201, `${t}`);
    state.task = t.body;
    const a = await inv.post(`/api/v1/cases/${state.cases.plain.id}/approvals`, { transition: 'suspend', note: 'matrix' });
    assert.equal(a.status, 201, `${a}`);
    state.approval = a.body;
    // Victim protection: a file of the plain case opened by its lead, a consent to referral to the
    // shelter, a frontline report handed to KZ-ALM-CTU and a draft one; the coordinator and the
    // frontline officer act through tokens too.
    state.coord = await token(await fx.as('coordinator'));
    state.front = await token(await fx.as('frontline'));
    state.shelter = (await inv.ok('/api/v1/partners')).items.find((p) => p.name.startsWith("Shelter 'Sana Sezim'"));
    r = await inv.post('/api/v1/protection-files', { case_id: state.cases.plain.id, entity_id: state.entities.plain.id, person: { name: 'Matrix victim', birth_date: '1990' } });
    assert.equal(r.status, 201, `${r}`);
    state.file = r.body;
    state.consent = await newConsent();
    state.report = await newReport(true);
    state.draft = await newReport(false);
    state.pair = await newPair();
    state.analyst = await token(await fx.as('analyst'));
    state.intel = await newIntel();
    state.openapi = (await fx.anon().ok('/api/v1/openapi.json'));
  },
});

function operations() {
  const ops = [];
  for (const [p, methods] of Object.entries(state.openapi.paths))
    for (const [m, op] of Object.entries(methods)) ops.push({ key: `${m.toUpperCase()} ${p}`, method: m.toUpperCase(), path: p, op });
  return ops;
}

// Runs in an order that keeps the fixture usable: a member is added before being removed, and
// signing out comes last.
function orderOf(key) {
  if (key === 'POST /api/v1/auth/logout') return 2;
  if (key.startsWith('DELETE ')) return 1;
  return 0;
}

// A person recorded in the scenario's case by its lead.
async function newEntity(sc, name = 'Matrix person') {
  const r = await state.leads[sc].post(`/api/v1/cases/${state.cases[sc].id}/entities`,
    { schema: 'Person', properties: { name: [name] } });
  assert.equal(r.status, 201, `${r}`);
  return r.body;
}

const exhibitBody = (description) => ({
  evidence_type: 'documents_banknotes', description, seized_at: '2026-11-02T10:00:00Z', seized_place: 'Almaty',
  seized_by: 'Officer M.', authority: 'Search warrant 17/2026',
});
const exhibitPath = (sc, rest = '') => `/api/v1/cases/${state.cases[sc].id}/exhibits/${state.exhibits[sc].id}${rest}`;

const chargeBody = (sc) => ({ suspect_entity_id: state.entities[sc].id, jurisdiction: sc === 'kg' ? 'KG' : 'KZ',
  article: sc === 'kg' ? 'kg-cc-124' : 'kz-cc-128' });

const interviewPath = (sc, rest = '') => `/api/v1/cases/${state.cases[sc].id}/interviews/${state.interviews[sc].id}${rest}`;

const documentPath = (sc, rest = '') => `/api/v1/cases/${state.cases[sc].id}/documents/${state.documents[sc].id}${rest}`;

// Link analysis: the call-file mapping of every import here, the two numbers each case's own
// call file links (known to no other case), the account of the plain case's bank statement.
const MATRIX_CDR = { version: 1, kind: 'calls', name: 'Matrix CDR', columns: { caller: 'A number', callee: 'B number', start: 'Start' }, region: 'KZ' };
const MATRIX_TXNS = { version: 1, kind: 'transactions', name: 'Matrix statement',
  columns: { from_account: 'From', to_account: 'To', amount: 'Amount', date: 'Date' }, currency: 'KZT' };
const MATRIX_NUMBERS = { plain: ['+77470000101', '+77470000102'], shared: ['+77470000201', '+77470000202'], kg: ['+77470000301', '+77470000302'] };
const MATRIX_ACCOUNT = 'MATRIX9001';
const MATRIX_CALL_AT = Date.UTC(2026, 2, 1, 10, 0, 0) / 1000;  // the plain case's call, epoch seconds
const enc = encodeURIComponent;

// A CSV file uploaded to the scenario's case by its lead.
async function uploadCsv(sc, name, text) {
  const r = await state.leads[sc].request('PUT', `/api/v1/cases/${state.cases[sc].id}/documents?name=${name}`,
    { body: text, headers: { 'content-type': 'text/csv' } });
  assert.equal(r.status, 201, `${r}`);
  return r.body;
}

const chartPath = (sc) => `/api/v1/cases/${state.cases[sc].id}/charts/${state.charts[sc].id}`;

const entityPath = (sc, rest = '') => `/api/v1/cases/${state.cases[sc].id}/entities/${state.entities[sc].id}${rest}`;

const filePath = (rest = '') => `/api/v1/protection-files/${state.file.id}${rest}`;
const currentFile = () => state.coord.ok(filePath());

async function newConsent() {
  const r = await state.coord.post(filePath('/consents'), { purpose: 'referral', decision: 'given', organisations: [state.shelter.id], data: ['identity'] });
  assert.equal(r.status, 201, `${r}`);
  return r.body.consents.at(-1);
}

async function newReferral() {
  const r = await state.coord.post(filePath('/referrals'), { organisation_id: state.shelter.id, service: 'counselling', consent_id: state.consent.id });
  assert.equal(r.status, 201, `${r}`);
  return r.body.referrals.at(-1);
}

async function newReport(handOver) {
  const r = await state.front.post('/api/v1/frontline-reports', { blocks: { exploitation_type: 'Matrix report' } });
  assert.equal(r.status, 201, `${r}`);
  if (!handOver) return r.body;
  const h = await state.front.post(`/api/v1/frontline-reports/${r.body.id}/handover`, { unit_id: 'KZ-ALM-CTU' });
  assert.equal(h.status, 200, `${h}`);
  return h.body;
}

let serial = 0;

// Intelligence: a report of the frontline officer (KZ-AST-BORDER) handed to KZ-ALM-CTU, which
// holds it; the analyst moves it through the cycle up to `cycle`.
async function newIntel({ handling = 'H3', cycle = 'analysed' } = {}) {
  const r = await state.front.post('/api/v1/frontline-reports', {
    blocks: { exploitation_type: 'Matrix intelligence' }, grading: { source: 'B', intelligence: '2', handling },
  });
  assert.equal(r.status, 201, `${r}`);
  const h = await state.front.post(`/api/v1/frontline-reports/${r.body.id}/handover`, { unit_id: 'KZ-ALM-CTU' });
  assert.equal(h.status, 200, `${h}`);
  let cur = h.body;
  for (const to of ['evaluated', 'collated', 'analysed']) {
    if (cur.cycle === cycle) break;
    const m = await state.analyst.post(`/api/v1/intelligence/reports/${cur.id}/cycle`, { version: cur.version, to });
    assert.equal(m.status, 200, `${m}`);
    cur = m.body;
  }
  return cur;
}

const intelPath = (rest = '') => `/api/v1/intelligence/reports/${state.intel.id}${rest}`;

// Two records of one person, in the plain and the shared case (both led by investigator), and
// the match the resolution engine proposed between them.
let pairSerial = 0;
async function newPair() {
  const word = [...String(++pairSerial).padStart(3, '0')].map((d) => 'bdfgklmnrs'[Number(d)]).join('');
  const body = { schema: 'Person', properties: { name: [`Matrixov ${word}ar`], birthDate: ['1980-02-03'],
    passportNumber: [`MX${String(4000000 + pairSerial)}`] } };
  const a = await state.leads.plain.post(`/api/v1/cases/${state.cases.plain.id}/entities`, body);
  assert.equal(a.status, 201, `${a}`);
  const b = await state.leads.shared.post(`/api/v1/cases/${state.cases.shared.id}/entities`, body);
  assert.equal(b.status, 201, `${b}`);
  const m = await state.leads.plain.ok(`/api/v1/cases/${state.cases.plain.id}/entities/${a.body.id}/matches`);
  const pair = m.items.find((x) => x.a.entity_id === b.body.id || x.b.entity_id === b.body.id);
  assert.ok(pair, `a match between the two records: ${JSON.stringify(m)}`);
  return pair;
}
// How to call each operation: the concrete path and body. `sc` is the case scenario, if any.
const recipes = {
  'GET /api/v1/audit': () => ({ path: '/api/v1/audit?limit=5' }),
  'GET /api/v1/audit/verify': () => ({ path: '/api/v1/audit/verify' }),
  'GET /api/v1/audit/viewers': () => ({ path: `/api/v1/audit/viewers?record=case:${state.cases.plain.id}` }),
  'POST /api/v1/auth/login': (u) => ({ body: { username: u, password: DEMO_PASSWORD } }),
  'POST /api/v1/auth/logout': () => ({}),
  'GET /api/v1/auth/me': () => ({}),
  'POST /api/v1/auth/tokens': () => ({ body: { name: 'access matrix' } }),
  'POST /api/v1/auth/totp/setup': () => ({}),
  // Never a valid code: refused as input, whoever asks.
  'POST /api/v1/auth/totp/enable': () => ({ body: { code: 'abcdef' } }),
  'GET /api/v1/cases': () => ({ path: '/api/v1/cases?limit=5' }),
  'POST /api/v1/cases': (u) => ({ body: caseBody({ title: `Matrix case by ${u}` }) }),
  'GET /api/v1/cases/{id}': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}` }),
  'GET /api/v1/cases/{id}/history': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/history` }),
  'PATCH /api/v1/cases/{id}': async (u, sc) => {
    const cur = await state.leads[sc].ok(`/api/v1/cases/${state.cases[sc].id}`);
    return { path: `/api/v1/cases/${cur.id}`, body: { version: cur.version, summary: `Changed by ${u}` } };
  },
  'POST /api/v1/cases/{id}/team': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/team`,
    body: { username: HELPER, team_role: 'member', grants: [] },
  }),
  'DELETE /api/v1/cases/{id}/team/{user_id}': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/team/${state.helperId}` }),
  'POST /api/v1/cases/{id}/shares': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/shares`, body: { username: HELPER } }),
  'POST /api/v1/cases/{id}/links': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/links`,
    body: { case_id: state.links[sc].id, reason: `linked by ${u}` },
  }),
  'PUT /api/v1/cases/{id}/documents': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/documents?name=m${++serial}.txt`, body: `by ${u}` }),
  'GET /api/v1/cases/{id}/documents': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/documents` }),
  'GET /api/v1/cases/{id}/documents/{did}': (u, sc) => ({ path: documentPath(sc) }),
  'GET /api/v1/cases/{id}/documents/{did}/content': (u, sc) => ({ path: documentPath(sc, '/content') }),
  'GET /api/v1/cases/{id}/documents/{did}/text': (u, sc) => ({ path: documentPath(sc, '/text') }),
  'GET /api/v1/cases/{id}/export/pdf': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/export/pdf?lang=ru` }),
  'GET /api/v1/cases/{id}/exhibits/{xid}/custody.pdf': (u, sc) => ({ path: exhibitPath(sc, '/custody.pdf') }),
  'GET /api/v1/search': () => ({ path: '/api/v1/search?q=matrix' }),
  'GET /api/v1/cases/{id}/exhibits': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/exhibits` }),
  'POST /api/v1/cases/{id}/exhibits': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/exhibits`, body: exhibitBody(`Registered by ${u}`),
  }),
  'GET /api/v1/cases/{id}/exhibits/{xid}': (u, sc) => ({ path: exhibitPath(sc) }),
  'PATCH /api/v1/cases/{id}/exhibits/{xid}': async (u, sc) => {
    const cur = await state.leads[sc].ok(exhibitPath(sc));
    return { path: exhibitPath(sc), body: { version: cur.version, packaging: `Bag repacked by ${u}` } };
  },
  'POST /api/v1/cases/{id}/exhibits/{xid}/custody': (u, sc) => ({
    path: exhibitPath(sc, '/custody'), body: { kind: 'examined', note: `Looked at by ${u}` },
  }),
  'GET /api/v1/cases/{id}/interviews': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/interviews` }),
  'POST /api/v1/cases/{id}/interviews': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/interviews`,
    body: { kind: 'witness', subject_entity_id: state.entities[sc].id, started_at: '2026-11-04T09:00:00Z', place: `Room of ${u}` },
  }),
  'GET /api/v1/cases/{id}/interviews/{iid}': (u, sc) => ({ path: interviewPath(sc) }),
  'PATCH /api/v1/cases/{id}/interviews/{iid}': async (u, sc) => {
    const cur = await state.leads[sc].ok(interviewPath(sc));
    return { path: interviewPath(sc), body: { version: cur.version, place: `Moved by ${u}` } };
  },
  'POST /api/v1/cases/{id}/interviews/{iid}/statements': (u, sc) => ({
    path: interviewPath(sc, '/statements'), body: { text: `Statement taken by ${u}` },
  }),
  'GET /api/v1/cases/{id}/charges': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/charges` }),
  'POST /api/v1/cases/{id}/charges': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/charges`, body: chargeBody(sc) }),
  'PATCH /api/v1/cases/{id}/charges/{cid}': async (u, sc) => {
    const path = `/api/v1/cases/${state.cases[sc].id}/charges/${state.charges[sc].id}`;
    const cur = (await state.leads[sc].ok(`/api/v1/cases/${state.cases[sc].id}/charges`)).items.find((c) => c.id === state.charges[sc].id);
    return { path, body: { version: cur.version, note: `Noted by ${u}` } };
  },
  'GET /api/v1/jurisdictions': () => ({}),
  'GET /api/v1/cases/{id}/export/ftm': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/export/ftm` }),
  'POST /api/v1/cases/{id}/import/ftm': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/import/ftm`,
    body: `${JSON.stringify({ id: 'x', schema: 'Person', properties: { name: [`Imported by ${u}`] } })}\n`,
  }),
  'GET /api/v1/cases/{id}/timeline': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/timeline` }),
  'GET /api/v1/cases/{id}/entities': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/entities?limit=5` }),
  'POST /api/v1/cases/{id}/entities': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/entities`,
    body: { schema: 'Person', properties: { name: [`Recorded by ${u}`] } },
  }),
  'GET /api/v1/cases/{id}/entities/{eid}': (u, sc) => ({ path: entityPath(sc) }),
  'GET /api/v1/cases/{id}/entities/{eid}/history': (u, sc) => ({ path: entityPath(sc, '/history') }),
  'PATCH /api/v1/cases/{id}/entities/{eid}': async (u, sc) => {
    const cur = await state.leads[sc].ok(entityPath(sc));
    return { path: entityPath(sc), body: { version: cur.version, properties: { alias: [`Alias by ${u}`] } } };
  },
  // A fresh record each time, so every allowed caller has one to delete.
  'DELETE /api/v1/cases/{id}/entities/{eid}': async (u, sc) => {
    const e = await newEntity(sc, `To be deleted by ${u}`);
    return { path: `/api/v1/cases/${state.cases[sc].id}/entities/${e.id}?version=${e.version}` };
  },
  'PUT /api/v1/cases/{id}/entities/{eid}/involvements/{role}': (u, sc) => ({
    path: entityPath(sc, '/involvements/witness'),
    body: { note: `Involved by ${u}` },
  }),
  'DELETE /api/v1/cases/{id}/entities/{eid}/involvements/{role}': async (u, sc) => {
    const r = await state.leads[sc].request('PUT', entityPath(sc, '/involvements/client'), { body: {} });
    assert.equal(r.status, 200, `${r}`);
    return { path: entityPath(sc, '/involvements/client') };
  },
  'GET /api/v1/directory': () => ({ path: '/api/v1/directory?q=matrix' }),
  'GET /api/v1/health': () => ({}),
  'GET /api/v1/lookups': () => ({}),
  'GET /api/v1/schema/entities': () => ({}),
  'GET /api/v1/openapi.json': () => ({}),
  'GET /api/v1/test/clock': () => ({}),
  'POST /api/v1/test/clock': () => ({ body: { advance_seconds: 0 } }),
  'GET /api/v1/units': () => ({}),
  'POST /api/v1/units': () => ({ body: { code: `MX-${++serial}`, name: 'Matrix unit', country: 'KZ' } }),
  'GET /api/v1/users': () => ({}),
  'POST /api/v1/users': () => ({
    body: { username: `matrix.new.${++serial}`, role: 'analyst', unit_code: 'KZ-ALM-CTU', password: 'Matrix-Password-2026' },
  }),
  'PATCH /api/v1/users/{user}': (u) => ({ path: `/api/v1/users/${state.targetId}`, body: { display_name: `Renamed by ${u}` } }),
  'POST /api/v1/users/{user}/reset-password': () => ({
    path: `/api/v1/users/${state.targetId}/reset-password`,
    body: { password: 'Another-Password-2026' },
  }),
  'POST /api/v1/users/{user}/revoke-sessions': () => ({ path: `/api/v1/users/${state.targetId}/revoke-sessions` }),
  // Workflow: a step whose checklist is still open (refused for everyone allowed to try), an
  // item no guard needs, a workflow the case already runs.
  'GET /api/v1/cases/{id}/workflow': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/workflow` }),
  'POST /api/v1/cases/{id}/workflow': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/workflow`, body: { workflow: 'tip_reactive' } }),
  'POST /api/v1/cases/{id}/workflow/transitions': async (u, sc) => {
    const cur = await state.leads[sc].ok(`/api/v1/cases/${state.cases[sc].id}/workflow`);
    return { path: `/api/v1/cases/${state.cases[sc].id}/workflow/transitions`, body: { transition: 'start_investigation', rev: cur.rev } };
  },
  'GET /api/v1/cases/{id}/checklists': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/checklists` }),
  'PUT /api/v1/cases/{id}/checklists/{cl}/items/{item}': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/checklists/victim_needs/items/education`, body: { status: 'done', note: `by ${u}` },
  }),
  'GET /api/v1/workflows': () => ({}),
  'GET /api/v1/checklists': () => ({}),
  'GET /api/v1/workflows/{wid}/{version}': () => ({ path: '/api/v1/workflows/tip_reactive/1' }),
  'POST /api/v1/admin/workflows/migrate': () => ({ body: { workflow: 'tip_reactive', from_version: 1, to_version: 1 } }),
  'GET /api/v1/tasks': () => ({ path: '/api/v1/tasks?scope=mine' }),
  'GET /api/v1/cases/{id}/tasks': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/tasks` }),
  'POST /api/v1/cases/{id}/tasks': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/tasks`, body: { title: `Task by ${u}` } }),
  'PATCH /api/v1/tasks/{tid}': async (u) => {
    const cur = (await state.leads.plain.ok(`/api/v1/cases/${state.cases.plain.id}/tasks`)).items.find((t) => t.id === state.task.id);
    return { path: `/api/v1/tasks/${state.task.id}`, body: { version: cur.version, description: `Changed by ${u}` } };
  },
  'GET /api/v1/calendar': () => ({}),
  'GET /api/v1/notifications': () => ({}),
  'GET /api/v1/notifications/unread-count': () => ({}),
  'POST /api/v1/notifications/{nid}/read': () => ({ path: `/api/v1/notifications/${randomUUID()}/read` }),
  'POST /api/v1/notifications/read-all': () => ({}),
  'POST /api/v1/cases/{id}/approvals': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/approvals`, body: { transition: 'start_investigation' } }),
  'GET /api/v1/cases/{id}/approvals': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/approvals` }),
  'GET /api/v1/approvals': () => ({}),
  'POST /api/v1/approvals/{aid}/decision': () => ({
    path: `/api/v1/approvals/${state.approval.id}/decision`, body: { decision: 'reject', reason: 'matrix' },
  }),
  // Victim protection.
  'GET /api/v1/indicator-sets': () => ({}),
  'GET /api/v1/indicator-sets/{sid}': () => ({ path: '/api/v1/indicator-sets/sop_general' }),
  'GET /api/v1/indicator-sets/{sid}/{version}': () => ({ path: '/api/v1/indicator-sets/sop_general/1' }),
  'POST /api/v1/screenings': () => ({ body: { subject: { file_id: state.file.id }, sets: ['sop_general'], observations: [] } }),
  'GET /api/v1/cases/{id}/screenings': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/screenings` }),
  'GET /api/v1/cases/{id}/legal-assessments': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/legal-assessments` }),
  'POST /api/v1/cases/{id}/legal-assessments': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/legal-assessments`, body: { child: false } }),
  'GET /api/v1/protection-files': () => ({}),
  'POST /api/v1/protection-files': (u) => ({ body: { jurisdiction: 'KZ', person: { name: `Opened by ${u}` } } }),
  'GET /api/v1/protection-files/{id}': () => ({ path: filePath() }),
  'PATCH /api/v1/protection-files/{id}': async (u) => ({ path: filePath(), body: { version: (await currentFile()).version, note: `by ${u}` } }),
  // Toggles between the two procedural statuses, so every allowed caller has a move to make.
  'POST /api/v1/protection-files/{id}/decisions': async () => {
    const f = await currentFile();
    const to = f.procedural_status === 'witness' ? 'injured_party' : 'witness';
    return { path: filePath('/decisions'), body: { track: 'procedural', to, grounds: 'matrix', version: f.version } };
  },
  'PUT /api/v1/protection-files/{id}/guardian': (u) => ({ path: filePath('/guardian'), body: { name: `Guardian named by ${u}` } }),
  'POST /api/v1/protection-files/{id}/consents': () => ({
    path: filePath('/consents'), body: { purpose: 'data_sharing', decision: 'refused' },
  }),
  'POST /api/v1/protection-files/{id}/consents/{cid}/withdraw': async () => ({
    path: filePath(`/consents/${(await newConsent()).id}/withdraw`), body: { reason: 'matrix' },
  }),
  'POST /api/v1/protection-files/{id}/referrals': () => ({
    path: filePath('/referrals'), body: { organisation_id: state.shelter.id, service: 'psychosocial', consent_id: state.consent.id },
  }),
  'POST /api/v1/protection-files/{id}/assessments': () => ({ path: filePath('/assessments'), body: { kind: 'needs', items: {} } }),
  'POST /api/v1/protection-files/{id}/actions': () => ({ path: filePath('/actions'), body: { kind: 'shelter_placement' } }),
  'GET /api/v1/referrals': () => ({}),
  'GET /api/v1/referrals/overdue': () => ({}),
  'POST /api/v1/referrals/{rid}/transitions': async () => {
    const ref = await newReferral();
    return { path: `/api/v1/referrals/${ref.id}/transitions`, body: { to: 'accepted', version: ref.version } };
  },
  'GET /api/v1/partners': () => ({}),
  'POST /api/v1/partners': (u) => ({ body: { name: `Partner added by ${u}`, services: ['counselling'] } }),
  'PATCH /api/v1/partners/{id}': async (u) => {
    const p = (await state.coord.ok('/api/v1/partners')).items.find((x) => x.id === state.shelter.id);
    return { path: `/api/v1/partners/${p.id}`, body: { version: p.version, region: 'Almaty' } };
  },
  'GET /api/v1/protection/reference': () => ({}),
  'GET /api/v1/stats/protection': () => ({}),
  'POST /api/v1/admin/jurisdictions/{country}/confirm': () => ({ path: '/api/v1/admin/jurisdictions/KZ/confirm', body: { item: 'rules' } }),
  'GET /api/v1/frontline-reports': () => ({}),
  'POST /api/v1/frontline-reports': (u) => ({ body: { blocks: { other_information: `by ${u}` } } }),
  'GET /api/v1/frontline-reports/inbox': () => ({}),
  'GET /api/v1/frontline-reports/{id}': () => ({ path: `/api/v1/frontline-reports/${state.report.id}` }),
  'PATCH /api/v1/frontline-reports/{id}': async (u) => {
    const cur = await state.front.ok(`/api/v1/frontline-reports/${state.draft.id}`);
    return { path: `/api/v1/frontline-reports/${cur.id}`, body: { version: cur.version, blocks: { other_information: `by ${u}` } } };
  },
  'POST /api/v1/frontline-reports/{id}/handover': async () => ({
    path: `/api/v1/frontline-reports/${(await newReport(false)).id}/handover`, body: { unit_id: 'KZ-ALM-CTU' },
  }),
  // Entity resolution.
  'GET /api/v1/matches': () => ({ path: '/api/v1/matches?limit=5' }),
  'GET /api/v1/matches/{mid}': () => ({ path: `/api/v1/matches/${state.pair.id}` }),
  'POST /api/v1/matches/{mid}/confirm': async () => ({ path: `/api/v1/matches/${(await newPair()).id}/confirm`, body: {} }),
  'POST /api/v1/matches/{mid}/reject': async (u) => ({ path: `/api/v1/matches/${(await newPair()).id}/reject`, body: { reason: `not the same, says ${u}` } }),
  'POST /api/v1/matches/{mid}/undo': async (u) => {
    const pair = await newPair();
    const r = await state.leads.plain.post(`/api/v1/matches/${pair.id}/confirm`, {});
    assert.equal(r.status, 200, `${r}`);
    return { path: `/api/v1/matches/${pair.id}/undo`, body: { reason: `undone by ${u}` } };
  },
  'GET /api/v1/cases/{id}/entities/{eid}/matches': (u, sc) => ({ path: entityPath(sc, '/matches') }),
  'GET /api/v1/cases/{id}/entities/{eid}/cluster': (u, sc) => ({ path: entityPath(sc, '/cluster') }),
  'GET /api/v1/cases/{id}/match-counts': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/match-counts` }),
  'GET /api/v1/deconfliction': () => ({}),
  // Intelligence.
  'GET /api/v1/intelligence/grading': () => ({}),
  'GET /api/v1/intelligence/reports': () => ({}),
  'GET /api/v1/intelligence/review': () => ({}),
  'GET /api/v1/intelligence/reports/{id}': () => ({ path: intelPath() }),
  'PATCH /api/v1/intelligence/reports/{id}/grading': async (u) => {
    const rep = await newIntel({ cycle: 'collected' });
    return { path: `/api/v1/intelligence/reports/${rep.id}/grading`, body: { version: rep.version, grading: { source: 'C' }, reason: `regraded by ${u}` } };
  },
  'POST /api/v1/intelligence/reports/{id}/cycle': async () => {
    const rep = await newIntel({ cycle: 'collected' });
    return { path: `/api/v1/intelligence/reports/${rep.id}/cycle`, body: { version: rep.version, to: 'evaluated' } };
  },
  'POST /api/v1/intelligence/reports/{id}/risk-assessment': async () => {
    const rep = await newIntel({ handling: 'H5', cycle: 'collected' });
    return { path: `/api/v1/intelligence/reports/${rep.id}/risk-assessment`, body: { version: rep.version, risk: 'medium', text: 'Matrix assessment' } };
  },
  'GET /api/v1/intelligence/reports/{id}/history': () => ({ path: intelPath('/history') }),
  'GET /api/v1/intelligence/reports/{id}/export': () => ({ path: intelPath('/export') }),
  'GET /api/v1/intelligence/reports/{id}/network': () => ({ path: intelPath('/network') }),
  'GET /api/v1/intelligence/reports/{id}/matches': () => ({ path: intelPath('/matches') }),
  'POST /api/v1/intelligence/reports/{id}/tasks': (u) => ({ path: intelPath('/tasks'), body: { case_id: state.cases.plain.id, title: `Task from intelligence by ${u}` } }),
  'POST /api/v1/intelligence/reports/{id}/dissemination-check': () => ({ path: intelPath('/dissemination-check'), body: { unit_id: 'KG-BSK-TIP' } }),
  'POST /api/v1/intelligence/reports/{id}/disseminations': async (u) => {
    const rep = await newIntel({ handling: 'H1' });
    return { path: `/api/v1/intelligence/reports/${rep.id}/disseminations`, body: { unit_id: 'KG-BSK-TIP', note: `sent by ${u}` } };
  },
  'GET /api/v1/intelligence/reports/{id}/disseminations': () => ({ path: intelPath('/disseminations') }),
  'GET /api/v1/intelligence/disseminations': () => ({}),
  'POST /api/v1/intelligence/disseminations/{did}/acknowledge': async () => {
    const rep = await newIntel({ handling: 'H1' });
    const d = await state.analyst.post(`/api/v1/intelligence/reports/${rep.id}/disseminations`, { unit_id: 'KG-BSK-TIP' });
    assert.equal(d.status, 201, `${d}`);
    return { path: `/api/v1/intelligence/disseminations/${d.body.id}/acknowledge`, body: {} };
  },
  'POST /api/v1/intelligence/reports/{id}/sanitised-copies': async (u) => {
    const rep = await newIntel();
    return { path: `/api/v1/intelligence/reports/${rep.id}/sanitised-copies`, body: {
      blocks: { exploitation_type: 'Sanitised matrix intelligence' }, removed: [{ text: 'Informant Kasymov', reason: 'source' }], reason: `by ${u}` } };
  },
  'GET /api/v1/intelligence/search': () => ({ path: '/api/v1/intelligence/search?q=Matrix' }),
  'GET /api/v1/intelligence/searches': () => ({ path: '/api/v1/intelligence/searches?name=Matrix' }),
  'GET /api/v1/intelligence/stats': () => ({ path: '/api/v1/intelligence/stats?by=country' }),
  'GET /api/v1/intelligence/notices': () => ({}),
  // Link analysis. The graph, call and money routes answer from the cases the caller may see:
  // the plain case's own node, numbers and account are there only for who sees that case.
  'GET /api/v1/graph/neighbourhood': () => ({ path: `/api/v1/graph/neighbourhood?nodes=${enc(`c:${state.cases.plain.id}`)}` }),
  'GET /api/v1/graph/paths': () => ({
    path: `/api/v1/graph/paths?from=${enc(MATRIX_NUMBERS.plain[0])}&to=${enc(MATRIX_NUMBERS.plain[1])}`,
  }),
  'GET /api/v1/graph/timeline': () => ({ path: `/api/v1/graph/timeline?node=${enc(`p:${MATRIX_NUMBERS.plain[0]}`)}` }),
  'GET /api/v1/graph/routes': () => ({ path: '/api/v1/graph/routes' }),
  'POST /api/v1/graph/measures': () => ({ body: { nodes: [] } }),
  'GET /api/v1/cases/{id}/network': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/network` }),
  'POST /api/v1/money/trace': () => ({ body: { account: MATRIX_ACCOUNT, hops: 2 } }),
  'GET /api/v1/calls/contacts': () => ({ path: `/api/v1/calls/contacts?number=${enc(MATRIX_NUMBERS.plain[0])}` }),
  'GET /api/v1/calls/common': () => ({ path: `/api/v1/calls/common?numbers=${enc(MATRIX_NUMBERS.plain.join(','))}` }),
  'GET /api/v1/calls/around': () => ({ path: `/api/v1/calls/around?number=${enc(MATRIX_NUMBERS.plain[0])}&at=${MATRIX_CALL_AT}` }),
  'GET /api/v1/calls/activity': () => ({ path: `/api/v1/calls/activity?number=${enc(MATRIX_NUMBERS.plain[0])}&bucket=day` }),
  // A new call file each time (its own content, so never already imported), uploaded by the lead.
  'POST /api/v1/cases/{id}/imports': async (u, sc) => {
    const n = String(++serial).padStart(4, '0');
    const doc = await uploadCsv(sc, `m${n}.csv`, `A number,B number,Start\n+7747100${n},+7747200${n},2026-03-02 10:00:00\n`);
    return { path: `/api/v1/cases/${state.cases[sc].id}/imports`, body: { document_id: doc.id, kind: 'calls', mapping: MATRIX_CDR } };
  },
  'GET /api/v1/cases/{id}/imports': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/imports` }),
  // An import of the case left interrupted by the command line each time, for the user to discard.
  'DELETE /api/v1/cases/{id}/imports/{jid}': async (u, sc) => {
    const n = String(++serial).padStart(4, '0');
    const dir = tempDir();
    const file = path.join(dir, `interrupted${n}.csv`);
    const mapping = path.join(dir, 'mapping.json');
    writeFileSync(file, `A number,B number,Start\n+7747300${n},+7747400${n},2026-03-03 10:00:00\n+7747300${n},+7747500${n},2026-03-03 11:00:00\n`);
    writeFileSync(mapping, JSON.stringify(MATRIX_CDR));
    const r = await cli(['import', 'calls', '--data', fx.dir.data, '--case', state.cases[sc].id, '--mapping', mapping,
      '--chunk-rows', '1', '--interrupt-after-chunks', '1', '--quiet', file]);
    assert.equal(r.code, 75, r.stderr);
    const job = JSON.parse(r.stdout).job;
    return { path: `/api/v1/cases/${state.cases[sc].id}/imports/${job}` };
  },
  'GET /api/v1/cases/{id}/imports/{jid}': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/imports/${state.imports[sc].id}` }),
  'GET /api/v1/import-mappings': () => ({ path: '/api/v1/import-mappings?kind=calls' }),
  'PUT /api/v1/import-mappings': () => ({ body: MATRIX_CDR }),
  'POST /api/v1/cases/{id}/charts': (u, sc) => ({
    path: `/api/v1/cases/${state.cases[sc].id}/charts`, body: { name: `Chart by ${u}`, chart: { nodes: [] } },
  }),
  'GET /api/v1/cases/{id}/charts': (u, sc) => ({ path: `/api/v1/cases/${state.cases[sc].id}/charts` }),
  'GET /api/v1/cases/{id}/charts/{cid}': (u, sc) => ({ path: chartPath(sc) }),
  'PUT /api/v1/cases/{id}/charts/{cid}': async (u, sc) => {
    const cur = await state.leads[sc].ok(chartPath(sc));
    return { path: chartPath(sc), body: { name: `Chart changed by ${u}`, chart: { nodes: [] }, version: cur.version } };
  },
  'POST /api/v1/frontline-reports/{id}/open-case': async (u) => ({
    path: `/api/v1/frontline-reports/${(await newReport(true)).id}/open-case`, body: caseBody({ title: `Opened from a report by ${u}` }),
  }),
};

const results = [];  // {user, key, scenario, status}

test('every operation declares a known permission, and the table covers exactly the documented operations', () => {
  const allowed = new Set([...matrix.known_permissions, ...matrix.pseudo_permissions]);
  const ops = operations();
  assert.ok(ops.length >= 25, `the document lists the routes (${ops.length})`);
  for (const { key, op } of ops) {
    assert.ok(op['x-permission'], `${key} has no x-permission`);
    assert.ok(allowed.has(op['x-permission']), `${key}: unknown permission ${op['x-permission']}`);
    const row = matrix.operations[key];
    assert.ok(row, `${key} is missing from tests/api/access-matrix.json`);
    assert.equal(op['x-permission'], row.permission, `${key}: declared permission`);
    assert.ok(recipes[key], `${key} has no request recipe in this test`);
    if (op['x-permission'] === 'public') assert.deepEqual(op.security, [], `${key}: public routes need no security`);
  }
  for (const key of Object.keys(matrix.operations))
    assert.ok(ops.some((o) => o.key === key), `${key} is in the table but not in the OpenAPI document`);
  for (const [key, row] of Object.entries(matrix.operations)) {
    const tables = key.includes('/cases/{id}') ? Object.values(row.expect) : [row.expect];
    if (key.includes('/cases/{id}')) assert.deepEqual(Object.keys(row.expect).sort(), ['kg', 'plain', 'shared'], key);
    for (const t of tables) assert.deepEqual(Object.keys(t).sort(), [...USERS].sort(), `${key}: one entry per user`);
  }
});

test('the table agrees with each role\'s permissions as the server reports them', async () => {
  for (const u of USERS) {
    const me = await (await fx.as(u)).ok('/api/v1/auth/me');
    for (const p of me.user.permissions) assert.ok(matrix.known_permissions.includes(p), `${u}: unknown permission ${p}`);
    for (const [key, row] of Object.entries(matrix.operations)) {
      if (!matrix.known_permissions.includes(row.permission)) continue;
      const tables = key.includes('/cases/{id}') ? Object.values(row.expect) : [row.expect];
      for (const t of tables) {
        if (!me.user.permissions.includes(row.permission))
          assert.ok([403, 404].includes(t[u]), `${key}: ${u} lacks ${row.permission}, so the table must refuse (has ${t[u]})`);
      }
    }
  }
});

test('every role × every operation is allowed or refused as the table says', { timeout: 180_000 }, async () => {
  const ops = operations().sort((a, b) => orderOf(a.key) - orderOf(b.key) || a.key.localeCompare(b.key));
  const failures = [];
  try {
    await runMatrix(ops, failures);
  } finally {
    for (const u of USERS) fx.forget(u);  // every session was signed out
  }
  assert.deepEqual(failures, [], `\n${failures.join('\n')}`);
});

async function runMatrix(ops, failures) {
  for (const u of USERS) {
    const client = await fx.as(u);
    for (const { key, method } of ops) {
      const row = matrix.operations[key];
      const scenarios = key.includes('/cases/{id}') ? Object.keys(row.expect) : [null];
      for (const sc of scenarios) {
        const expected = sc ? row.expect[sc][u] : row.expect[u];
        const { path = key.split(' ')[1], body } = await recipes[key](u, sc);
        const res = await client.request(method, path, { body });
        results.push({ user: u, key, scenario: sc, status: res.status });
        if (res.status !== expected)
          failures.push(`${key}${sc ? ` [${sc}]` : ''} as ${u}: expected ${expected}, got ${res}`);
        else if (res.status === 404) assert.equal(res.body?.code, 'not_found', `${key} as ${u}: ${res}`);
        // Intelligence refusals say which rule refused: not the originator, not the holder, or the
        // handling code.
        else if (res.status === 403)
          assert.ok(['forbidden', 'not_originator', 'not_holder', 'handling_refused', 'consent_required'].includes(res.body?.code),
            `${key} as ${u}: ${res}`);
        assert.notEqual(res.status, 500, `${key} as ${u}: ${res}`);
      }
    }
  }
}

test('every refused look at a case is on the audit trail, naming the case and the user', async () => {
  assert.ok(results.length > 0, 'the matrix ran');
  const auditor = await fx.as('auditor');
  const actions = Object.fromEntries(operations().map(({ key, op }) => [key, op['x-audit-action']]));
  const missing = [];
  for (const [sc, kase] of Object.entries(state.cases)) {
    const rows = [];
    let cursor = null;
    do {
      const page = await auditor.ok(
        `/api/v1/audit?record=case:${kase.id}&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      rows.push(...page.items);
      cursor = page.next_cursor;
    } while (cursor);
    for (const r of results.filter((x) => x.scenario === sc && (x.status === 404 || x.status === 403))) {
      const outcome = r.status === 404 ? 'not_found' : 'denied';
      const found = rows.some((row) => row.username === r.user && row.action === actions[r.key] && row.outcome === outcome &&
        row.records.includes(`case:${kase.id}`));
      if (!found) missing.push(`${r.key} [${sc}] by ${r.user} (${outcome})`);
    }
    // The refused reads in particular, as the brief demands, with outcome not_found.
    const refusedReaders = results.filter((x) => x.scenario === sc && x.key === 'GET /api/v1/cases/{id}' && x.status === 404);
    assert.ok(refusedReaders.length >= 7, `${sc}: most users were refused`);
    for (const r of refusedReaders)
      assert.ok(rows.some((row) => row.username === r.user && row.action === 'case.read' && row.outcome === 'not_found'),
        `${sc}: refused read by ${r.user} is audited`);
    // And nobody refused appears among the viewers.
    const viewers = (await auditor.ok(`/api/v1/audit/viewers?record=case:${kase.id}`)).items.map((v) => v.username);
    for (const u of USERS) {
      const saw = results.some((x) => x.scenario === sc && x.user === u && x.key === 'GET /api/v1/cases/{id}' && x.status === 200);
      if (!saw) assert.ok(!viewers.includes(u), `${sc}: ${u} never saw the case`);
      if (saw) assert.ok(viewers.includes(u), `${sc}: ${u} saw the case and is listed as a viewer`);
    }
  }
  assert.deepEqual(missing, [], `refusals missing from the audit trail:\n${missing.join('\n')}`);
});

test('every documented operation exists: unauthenticated calls get 401, never "no such API route"', async () => {
  const anon = fx.anon();
  const control = await anon.get('/api/v1/no-such-route');
  assertProblem(control, 404, 'not_found');
  assert.equal(control.body.detail, 'no such API route');
  for (const { key, method, path, op } of operations()) {
    const concrete = path.replace(/\{[^}]+\}/g, () => randomUUID());
    const res = await anon.request(method, concrete, { body: method === 'GET' || method === 'DELETE' ? undefined : {} });
    assert.ok(!(res.status === 404 && res.body?.detail === 'no such API route'), `${key} is documented but not routed: ${res}`);
    assert.notEqual(res.status, 405, `${key}: method not allowed: ${res}`);
    assert.ok(res.status < 500, `${key}: ${res}`);
    if (op['x-permission'] === 'public') assert.notEqual(res.status, 401, `${key} is public: ${res}`);
    else assertProblem(res, 401, 'unauthenticated');
  }
});
