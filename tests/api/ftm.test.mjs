// FollowTheMoney JSON lines (docs/api.md "Export and import"): the export is valid against the
// FtM schema in ../shared/reference/followthemoney-schema/, leaves out what the reader may not
// see and what the exporter redacts, and survives a round trip: export, import into a new case,
// export again — the same entities, compared through the map of old to new ids.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { REPO, assertProblem, createCase, useFixture } from './harness.mjs';

const SCHEMA_DIR = [path.join(REPO, '../shared/reference/followthemoney-schema'), path.join(REPO, 'shared/reference/followthemoney-schema')]
  .find((d) => existsSync(d));

let kase, copy, ids = {};
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'FtM source case' });
  copy = await createCase(inv, { title: 'FtM target case' });
  const rec = async (body) => {
    const r = await inv.post(`/api/v1/cases/${kase.id}/entities`, body);
    assert.equal(r.status, 201, `${r}`);
    return r.body.id;
  };
  ids.victim = await rec({ schema: 'Person', properties: { name: ['Айгуль Victim'], birthDate: ['1999-07'], nationality: ['KG'],
    phone: ['+996 555 123 456'], address: ['Bishkek, Chui 1'], shelter: ['Shelter X'] } });
  ids.suspect = await rec({ schema: 'Person', properties: { name: ['Бахыт Suspect'], phone: ['+7 701 111 22 33'], passportNumber: ['N 1234567'] } });
  ids.org = await rec({ schema: 'Organization', properties: { name: ['ТОО Агентство'], country: ['KZ'] } });
  ids.account = await rec({ schema: 'BankAccount', properties: { iban: ['KZ86125KZT5004100100'], bankName: ['Halyk'] } });
  ids.addr = await rec({ schema: 'Address', properties: { full: ['Almaty, Abai 10'], country: ['KZ'] } });
  ids.addr2 = await rec({ schema: 'Address', properties: { full: ['Antalya'], country: ['TR'] } });
  ids.fam = await rec({ schema: 'Family', properties: { person: [ids.victim], relative: [ids.suspect], relationship: ['cousin'] } });
  ids.emp = await rec({ schema: 'Employment', properties: { employee: [ids.suspect], employer: [ids.org] } });
  ids.pay = await rec({ schema: 'Payment', properties: { payer: [ids.org], beneficiary: [ids.suspect], payerAccount: [ids.account], amount: ['1500'], currency: ['USD'], date: ['2026-03-04'] } });
  ids.trip = await rec({ schema: 'Trip', properties: { name: ['Flight'], startLocation: [ids.addr], endLocation: [ids.addr2], startDate: ['2026-04-02'] } });
  ids.pass = await rec({ schema: 'Passport', properties: { holder: [ids.suspect], number: ['N1234567'], country: ['UZ'] } });
  const r = await inv.request('PUT', `/api/v1/cases/${kase.id}/entities/${ids.victim}/involvements/victim`, { body: {} });
  assert.equal(r.status, 200, `${r}`);
  const t = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
  assert.equal(t.status, 200, `${t}`);
}});

const lines = (text) => text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function validate(text) {
  assert.ok(SCHEMA_DIR, 'the FtM schema is in ../shared/reference/followthemoney-schema');
  const r = spawnSync('python3', [path.join(REPO, 'tests/tools/ftm_validate.py'), SCHEMA_DIR], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, `FtM validation failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

test('the export is FollowTheMoney JSON lines valid against the FtM schema', async () => {
  const r = await (await fx.as('investigator')).get(`/api/v1/cases/${kase.id}/export/ftm`);
  assert.equal(r.status, 200, `${r}`);
  assert.match(r.headers.get('content-type'), /ndjson/);
  const all = lines(r.text);
  assert.equal(all.length, Object.keys(ids).length);
  assert.match(validate(r.text), /11 entities valid/);
  const victim = all.find((e) => e.id === ids.victim);
  assert.deepEqual(victim.properties.phone, ['+996555123456'], 'E.164');
  assert.deepEqual(victim.properties.nationality, ['kg']);
  assert.ok(!('shelter' in victim.properties), 'Ariadne-only properties are not FtM');
  assert.deepEqual(all.find((e) => e.id === ids.account).properties.iban, ['KZ86125KZT5004100100']);
});

test('restricted properties stay out for a reader without the grant; the exporter can redact more', async () => {
  const an = await (await fx.as('analyst')).get(`/api/v1/cases/${kase.id}/export/ftm`);
  assert.equal(an.status, 200);
  assert.ok(!an.text.includes('Chui 1'), 'the victim address is restricted');
  validate(an.text);
  const inv = await fx.as('investigator');
  const red = await inv.get(`/api/v1/cases/${kase.id}/export/ftm?redact_identity=victim&redact=passportNumber`);
  assert.equal(red.status, 200);
  assert.ok(!red.text.includes('Айгуль') && !red.text.includes('555123456'), 'the victim identity is withheld');
  assert.ok(!red.text.includes('N 1234567'));
  const v = lines(red.text).find((e) => e.id === ids.victim);
  assert.match(v.properties.name[0], /^\[redacted/);
  validate(red.text);
  assertProblem(await inv.get(`/api/v1/cases/${kase.id}/export/ftm?redact=tattoo`), 400, 'invalid_value', 'redact');
  assertProblem(await inv.get(`/api/v1/cases/${kase.id}/export/ftm?redact_identity=dragon`), 400, 'invalid_value', 'redact_identity');
  const aud = await fx.as('auditor');
  const row = (await aud.ok('/api/v1/audit?user=investigator&action=case.export&outcome=ok&limit=1')).items[0];
  assert.ok(row.records.includes(`entity:${ids.victim}`), 'the export names every record it carried');
  assert.deepEqual(row.detail.redact_identity, ['victim']);
});

test('export → import into a new case → export: the same entities through the map of ids', async () => {
  const inv = await fx.as('investigator');
  const first = (await inv.get(`/api/v1/cases/${kase.id}/export/ftm`)).text;
  const imp = await inv.post(`/api/v1/cases/${copy.id}/import/ftm`, first, { headers: { 'content-type': 'application/x-ndjson' } });
  assert.equal(imp.status, 201, `${imp}`);
  assert.equal(imp.body.imported, 11);
  const map = imp.body.ids;
  const second = (await inv.get(`/api/v1/cases/${copy.id}/export/ftm`)).text;
  const remap = (e) => {
    const props = {};
    for (const [k, vs] of Object.entries(e.properties)) props[k] = vs.map((v) => map[v] ?? v).sort();
    return { id: map[e.id], schema: e.schema, properties: props };
  };
  const norm = (e) => ({ ...e, properties: Object.fromEntries(Object.entries(e.properties).map(([k, vs]) => [k, [...vs].sort()])) });
  const want = lines(first).map(remap).sort((a, b) => a.id.localeCompare(b.id));
  const got = lines(second).map(norm).sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(got, want);
  validate(second);
});

test('a bad import is refused naming the line, and stores nothing', async () => {
  const inv = await fx.as('investigator');
  const target = await createCase(inv, { title: 'FtM bad import' });
  const url = `/api/v1/cases/${target.id}/import/ftm`;
  const ok = JSON.stringify({ id: 'a', schema: 'Person', properties: { name: ['A'] } });
  const cases = [
    [`${ok}\n{not json`, 'invalid_line', /line 2/],
    [`${ok}\n${JSON.stringify({ id: 'b', schema: 'Airplane', properties: {} })}`, 'invalid_line', /Airplane/],
    [`${ok}\n${JSON.stringify({ id: 'c', schema: 'Person', properties: { name: ['C'], phone: ['call me'] } })}`, 'invalid_phone', /entity c/],
    [`${ok}\n${JSON.stringify({ id: 'd', schema: 'Family', properties: { person: ['a'], relative: ['zzz'] } })}`, 'unknown_entity', /zzz/],
    [`${ok}\n${ok}`, 'invalid_line', /twice/],
    ['', 'required', /no entity/],
  ];
  for (const [body, code, detail] of cases) {
    const r = await inv.post(url, body, { headers: { 'content-type': 'application/x-ndjson' } });
    assert.equal(r.status, 422, `${code}: ${r}`);
    assert.equal(r.body.code, code, `${r}`);
    assert.match(r.body.detail, detail);
  }
  assert.equal((await inv.ok(`/api/v1/cases/${target.id}/entities?limit=1`)).total, 0, 'all or nothing');
  assertProblem(await (await fx.as('supervisor.kg')).post(url, ok, { headers: { 'content-type': 'application/x-ndjson' } }), 404, 'not_found');
});
