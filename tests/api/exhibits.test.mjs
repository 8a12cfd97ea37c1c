// The exhibit register and chain of custody (docs/api.md "Exhibits"): registration needs the
// seizure (where, when, by whom, under which authority) and starts the chain; every custody
// event is recorded by the acting user, time-stamped and hash-chained; a transfer with no
// receipt, an event after destruction and an altered row are flagged.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, sqlite, useFixture } from './harness.mjs';

let kase;
const fx = useFixture({ setup: async (fx) => {
  kase = await createCase(await fx.as('investigator'), { title: 'Exhibits case' });
}});

const base = () => `/api/v1/cases/${kase.id}/exhibits`;
const phone = {
  evidence_type: 'electronic_device',
  description: 'Samsung A52 phone, black, cracked screen',
  seized_at: '2026-11-02T10:15:00Z',
  seized_place: 'Flat 12, Abai 10, Almaty',
  seized_by: 'Capt. A. Seitkali',
  authority: 'Search warrant',
  warrant_number: 'No. 17/2026',
  packaging: 'Faraday bag in evidence bag',
  seal_numbers: ['KZ-0001234'],
};

async function register(body = phone) {
  const r = await (await fx.as('investigator')).post(base(), body);
  assert.equal(r.status, 201, `${r}`);
  return r.body;
}

async function custody(x, body, client) {
  return (client ?? await fx.as('investigator')).post(`${base()}/${x.id}/custody`, body);
}

test('registering an exhibit records the seizure as the first link of its chain', async () => {
  const x = await register();
  assert.equal(x.number, 'EX-0001');
  assert.equal(x.state, 'in_custody');
  assert.equal(x.chain_ok, true);
  assert.deepEqual(x.flags, []);
  assert.equal(x.custody.length, 1);
  const seized = x.custody[0];
  assert.equal(seized.kind, 'seized');
  assert.equal(seized.at, '2026-11-02T10:15:00.000Z');
  assert.equal(seized.recorded_by, 'investigator');
  assert.equal(seized.holder, 'Capt. A. Seitkali');
  assert.deepEqual(seized.seal_numbers, ['KZ-0001234']);
  assert.match(seized.hash, /^[0-9a-f]{64}$/);
  const second = await register({ ...phone, description: 'Banknotes, 12 x 5000 KZT', evidence_type: 'documents_banknotes' });
  assert.equal(second.number, 'EX-0002');
});

test('without the seizure details, or with a bad type or time, nothing is registered', async () => {
  const inv = await fx.as('investigator');
  const before = (await inv.ok(base())).total;
  for (const field of ['evidence_type', 'description', 'seized_at', 'seized_place', 'seized_by', 'authority']) {
    const body = { ...phone };
    delete body[field];
    assertProblem(await inv.post(base(), body), 422, 'required', field);
  }
  assertProblem(await inv.post(base(), { ...phone, evidence_type: 'weapon' }), 422, 'invalid_value', 'evidence_type');
  assertProblem(await inv.post(base(), { ...phone, seized_at: 'last Tuesday' }), 422, 'invalid_date', 'seized_at');
  assertProblem(await inv.post(base(), { ...phone, seized_at: '2099-01-01T00:00:00Z' }), 422, 'invalid_date', 'seized_at');
  assertProblem(await inv.post(base(), { ...phone, seal_numbers: 'KZ-1' }), 400, 'wrong_type', 'seal_numbers');
  assertProblem(await inv.post(base(), { ...phone, colour: 'red' }), 400, 'unknown_field', 'colour');
  assert.equal((await inv.ok(base())).total, before);
});

test('transfers and receipts chain by hash; a transfer with no receipt is flagged until it is received', async () => {
  const x = await register();
  let r = await custody(x, { kind: 'transferred', holder: 'Forensic laboratory, Almaty', note: 'Courier No. 5' });
  assert.equal(r.status, 201, `${r}`);
  assert.equal(r.body.state, 'in_transfer');
  assert.deepEqual(r.body.flags.map((f) => f.code), ['transfer_not_received']);
  const [, t] = r.body.custody;
  assert.equal(t.seq, 2);
  r = await custody(x, { kind: 'received', holder: 'Forensic laboratory, Almaty' }, await fx.as('investigator2'));
  // investigator2 is not on the case: as if it did not exist.
  assertProblem(r, 404, 'not_found');
  r = await custody(x, { kind: 'received', holder: 'Forensic laboratory, Almaty' });
  assert.equal(r.status, 201, `${r}`);
  assert.deepEqual(r.body.flags, []);
  assert.equal(r.body.state, 'in_custody');
  r = await custody(x, { kind: 'examined', holder: 'Forensic laboratory, Almaty', note: 'Extraction report 44/2026' });
  assert.equal(r.status, 201);
  assert.deepEqual(r.body.custody.map((e) => e.kind), ['seized', 'transferred', 'received', 'examined']);
  assertProblem(await custody(x, { kind: 'transferred' }), 422, 'required', 'holder');
  assertProblem(await custody(x, { kind: 'sealed' }), 422, 'required', 'seal_numbers');
  assertProblem(await custody(x, { kind: 'lost' }), 422, 'invalid_value', 'kind');
  assertProblem(await custody(x, { kind: 'seized' }), 422, 'invalid_value', 'kind');
});

test('an event after destruction is recorded but flagged', async () => {
  const x = await register();
  assert.equal((await custody(x, { kind: 'destroyed', note: 'Court order 3/2027' })).status, 201);
  const r = await custody(x, { kind: 'examined', note: 'late entry' });
  assert.equal(r.status, 201);
  assert.equal(r.body.state, 'destroyed');
  assert.deepEqual(r.body.flags.map((f) => [f.seq, f.code]), [[3, 'after_disposal']]);
});

test('a custody row altered in the database file is flagged, even with its hash recomputed', async () => {
  const x = await register();
  await custody(x, { kind: 'transferred', holder: 'Lab A' });
  await custody(x, { kind: 'received', holder: 'Lab A' });
  const inv = await fx.as('investigator');
  await fx.server.stop();
  await sqlite(fx.dir.db, `UPDATE custody_events SET holder = 'Somebody else' WHERE exhibit_id = '${x.id}' AND seq = 2`);
  await fx.restart();
  let got = await inv.ok(`${base()}/${x.id}`);
  assert.equal(got.chain_ok, false);
  assert.ok(got.flags.some((f) => f.seq === 2 && f.code === 'altered'), JSON.stringify(got.flags));
  // Even with the edited row's own hash made to match, the next row still names the old one.
  const { createHash } = await import('node:crypto');
  // The canonical form of domain/custody.cc CustodyCanonical, as compact JSON.
  const [row] = await sqlite(fx.dir.db, `SELECT json_array(exhibit_id, seq, kind, at, recorded_at, recorded_by, holder, location, json(seal_numbers), note, prev_hash) AS c FROM custody_events WHERE exhibit_id = '${x.id}' AND seq = 2`, { json: true });
  const canonical = JSON.stringify(JSON.parse(row.c));
  await fx.server.stop();
  await sqlite(fx.dir.db, `UPDATE custody_events SET hash = '${createHash('sha256').update(canonical).digest('hex')}' WHERE exhibit_id = '${x.id}' AND seq = 2`);
  await fx.restart();
  got = await inv.ok(`${base()}/${x.id}`);
  assert.equal(got.chain_ok, false);
  assert.ok(got.flags.some((f) => f.seq === 3 && f.code === 'altered'), JSON.stringify(got.flags));
});

test('corrections need the version; the seizure details cannot be emptied; the register is need-to-know and audited', async () => {
  const x = await register();
  const inv = await fx.as('investigator');
  let r = await inv.patch(`${base()}/${x.id}`, { version: 1, packaging: 'Re-bagged, seal KZ-0001235' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.version, 2);
  assertProblem(await inv.patch(`${base()}/${x.id}`, { version: 1, packaging: 'stale' }), 409, 'version_conflict');
  assertProblem(await inv.patch(`${base()}/${x.id}`, { version: 2, authority: '' }), 422, 'required', 'authority');
  for (const u of ['supervisor.kg', 'investigator2']) {
    const c = await fx.as(u);
    assertProblem(await c.get(`${base()}/${x.id}`), 404, 'not_found');
    assertProblem(await c.get(base()), 404, 'not_found');
  }
  assert.equal((await (await fx.as('supervisor')).get(`${base()}/${x.id}`)).status, 200);
  const aud = await fx.as('auditor');
  const rows = (await aud.ok(`/api/v1/audit?record=exhibit:${x.id}&limit=50`)).items;
  for (const action of ['exhibit.create', 'exhibit.update', 'exhibit.read'])
    assert.ok(rows.some((row) => row.action === action), `${action} is audited`);
  assert.ok(rows.some((row) => row.username === 'supervisor.kg' && row.outcome === 'not_found'));
});
