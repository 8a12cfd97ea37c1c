// The case file's records (docs/api.md "Entities"): typed, multi-valued properties validated
// by type with the property named in every 422, provenance on each value, relationships that
// must point at records of the same case, involvement roles, the restricted properties of
// victims and informants on every path, field-level history, version conflicts, deletion that
// keeps history, and need-to-know with every look audited.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, other;
const SHELTER = 'Safe house Bereke, room 4';  // appears only in a restricted property
const VICTIM_STREET = 'Tole bi 187';          // a victim's address: restricted while she is a victim

const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Entities case' });
  other = await createCase(inv, { title: 'Another case of the same lead' });
  // The analyst joins as a plain member without grants.
  const r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
  assert.equal(r.status, 200, `${r}`);
}});

const base = () => `/api/v1/cases/${kase.id}/entities`;

async function record(client, body, c = kase) {
  const r = await client.post(`/api/v1/cases/${c.id}/entities`, body);
  assert.equal(r.status, 201, `create ${body.schema}: ${r}`);
  return r.body;
}

async function total(client) {
  return (await client.ok(`${base()}?limit=1`)).total;
}

test('a person keeps her name as written, with a Latin transliteration and the provenance of every value', async () => {
  const inv = await fx.as('investigator');
  const p = await record(inv, {
    schema: 'Person',
    properties: { name: ['Алия Садыкова'], phone: ['+7 701 123 45 67'], birthDate: ['1994'], nationality: ['UZ'] },
    source: 'first interview', grade: 'B',
  });
  assert.equal(p.caption, 'Алия Садыкова');
  assert.match(p.caption_latin, /^[A-Za-z' ]+$/);
  assert.match(p.caption_latin, /Sadykova/i);
  const phone = p.properties.phone[0];
  assert.equal(phone.value, '+7 701 123 45 67', 'kept as written');
  assert.equal(phone.normalized, '+77011234567', 'E.164 for the case jurisdiction');
  assert.equal(phone.recorded_by, 'investigator');
  assert.equal(phone.source, 'first interview');
  assert.equal(phone.grade, 'B');
  assert.ok(phone.recorded_at);
  assert.equal(p.properties.birthDate[0].value, '1994', 'partial dates are fine');
  assert.equal(p.properties.nationality[0].normalized, 'uz');
  assert.equal(p.version, 1);
  const got = await inv.ok(`${base()}/${p.id}`);
  assert.deepEqual(got, p);
});

test('values that cannot be of their type are refused with 422 naming the property, and nothing is stored', async () => {
  const inv = await fx.as('investigator');
  const before = await total(inv);
  const cases = [
    [{ schema: 'Person', properties: { name: ['X'], phone: ['call me maybe'] } }, 'invalid_phone', 'properties.phone'],
    [{ schema: 'BankAccount', properties: { iban: ['GB82 WEST 1234 5698 7654 33'] } }, 'invalid_iban', 'properties.iban'],
    [{ schema: 'Person', properties: { name: ['X'], birthDate: ['1990-02-30'] } }, 'invalid_date', 'properties.birthDate'],
    [{ schema: 'Person', properties: { name: ['X'], birthDate: ['1990-13'] } }, 'invalid_date', 'properties.birthDate'],
    [{ schema: 'Person', properties: { name: ['X'], nationality: ['Narnia'] } }, 'invalid_country', 'properties.nationality'],
    [{ schema: 'Person', properties: { name: ['X'], email: ['nobody-at-home'] } }, 'invalid_email', 'properties.email'],
    [{ schema: 'Person', properties: { name: ['X'], tattoo: ['dragon'] } }, 'unknown_property', 'properties.tattoo'],
    [{ schema: 'Person', properties: { phone: ['+77011234567'] } }, 'required', 'properties.name'],
    [{ schema: 'Person', properties: { name: [7] } }, 'wrong_type', 'properties.name'],
    [{ schema: 'Dragon', properties: {} }, 'invalid_value', 'schema'],
    [{ schema: 'Person', properties: { name: ['X'] }, colour: 'red' }, 'unknown_field', 'colour'],
  ];
  for (const [body, code, field] of cases) {
    const r = await inv.post(base(), body);
    assert.ok(r.status === 422 || r.status === 400, `${JSON.stringify(body)}: ${r}`);
    assertProblem(r, r.status, code, field);
  }
  const malformed = await inv.post(base(), '{"schema": "Person", ');
  assertProblem(malformed, 400, 'malformed_json');
  assert.equal(await total(inv), before, 'no record was half-written');
});

test('a possible but doubtful phone is kept and flagged, never refused', async () => {
  const inv = await fx.as('investigator');
  // A Kazakh mobile range libphonenumber's metadata does not know, and a number without country code.
  const p = await record(inv, { schema: 'Person', properties: { name: ['Doubtful phones'], phone: ['+7 799 000 11 22', '0555 123 456'] } });
  assert.equal(p.properties.phone.length, 2);
  for (const v of p.properties.phone) assert.ok(v.flags?.includes('phone_unverified') || v.normalized, JSON.stringify(v));
  assert.ok(p.properties.phone.some((v) => v.flags?.includes('phone_unverified')), JSON.stringify(p.properties.phone));
});

test('passport numbers are normalised, IBANs checked and compacted', async () => {
  const inv = await fx.as('investigator');
  const holder = await record(inv, { schema: 'Person', properties: { name: ['Passport holder'] } });
  const pass = await record(inv, { schema: 'Passport', properties: { holder: [holder.id], number: ['n 12-34 567'], country: ['kz'] } });
  assert.equal(pass.properties.number[0].value, 'n 12-34 567');
  assert.equal(pass.properties.number[0].normalized, 'N1234567');
  const acct = await record(inv, { schema: 'BankAccount', properties: { iban: ['gb82 west 1234 5698 7654 32'] } });
  assert.equal(acct.properties.iban[0].normalized, 'GB82WEST12345698765432');
});

test('relationships point at records of the same case, of the schema the property allows', async () => {
  const inv = await fx.as('investigator');
  const a = await record(inv, { schema: 'Person', properties: { name: ['Ерлан Ахметов'] } });
  const b = await record(inv, { schema: 'Person', properties: { name: ['Dina Akhmetova'] } });
  const addr = await record(inv, { schema: 'Address', properties: { full: ['Almaty, Abai 10'] } });
  const fam = await record(inv, { schema: 'Family', properties: { person: [a.id], relative: [b.id], relationship: ['sister'] } });
  assert.equal(fam.properties.relative[0].value, b.id);
  assertProblem(await inv.post(base(), { schema: 'Family', properties: { person: [a.id], relative: [addr.id] } }),
    422, 'wrong_schema', 'properties.relative');
  const elsewhere = await record(inv, { schema: 'Person', properties: { name: ['In the other case'] } }, other);
  assertProblem(await inv.post(base(), { schema: 'Family', properties: { person: [a.id], relative: [elsewhere.id] } }),
    422, 'unknown_entity', 'properties.relative');
  assertProblem(await inv.post(base(), { schema: 'Family', properties: { person: [a.id], relative: ['not-an-id'] } }),
    422, 'invalid_entity', 'properties.relative');
  assertProblem(await inv.post(base(), { schema: 'Family', properties: { person: [a.id] } }), 422, 'required', 'properties.relative');
});

test('a person may hold several roles; a suspect has a network role; bad roles are refused', async () => {
  const inv = await fx.as('investigator');
  const s = await record(inv, { schema: 'Person', properties: { name: ['Рустам Каримов'] } });
  let r = await inv.request('PUT', `${base()}/${s.id}/involvements/suspect`, { body: { network_role: 'recruiter' } });
  assert.equal(r.status, 200, `${r}`);
  r = await inv.request('PUT', `${base()}/${s.id}/involvements/employer`, { body: {} });
  assert.equal(r.status, 200, `${r}`);
  assert.deepEqual(r.body.involvements.map((i) => i.role).sort(), ['employer', 'suspect']);
  assert.equal(r.body.involvements.find((i) => i.role === 'suspect').network_role, 'recruiter');
  assertProblem(await inv.request('PUT', `${base()}/${s.id}/involvements/dragon`, { body: {} }), 422, 'invalid_value', 'role');
  assertProblem(await inv.request('PUT', `${base()}/${s.id}/involvements/witness`, { body: { network_role: 'recruiter' } }),
    422, 'invalid_value', 'network_role');
  assertProblem(await inv.request('PUT', `${base()}/${s.id}/involvements/suspect`, { body: { network_role: 'wizard' } }),
    422, 'invalid_value', 'network_role');
  r = await inv.delete(`${base()}/${s.id}/involvements/employer`);
  assert.equal(r.status, 200, `${r}`);
  assert.deepEqual(r.body.involvements.map((i) => i.role), ['suspect']);
  assertProblem(await inv.delete(`${base()}/${s.id}/involvements/employer`), 404, 'not_found');
});

test('a victim\'s address, shelter and health are hidden from team members without the grant, on every path', async () => {
  const inv = await fx.as('investigator');
  const v = await record(inv, { schema: 'Person', properties: {
    name: ['Гульнара Victim'], address: [VICTIM_STREET], shelter: [SHELTER], health: ['needs insulin'],
  } });
  const r = await inv.request('PUT', `${base()}/${v.id}/involvements/victim`, { body: {} });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.properties.shelter[0].value, SHELTER, 'the lead holds victim_data');
  assert.equal(r.body.properties.address[0].value, VICTIM_STREET);
  const sup = await (await fx.as('supervisor')).ok(`${base()}/${v.id}`);
  assert.equal(sup.properties.shelter[0].value, SHELTER, 'the unit\'s supervisor sees it');

  const an = await fx.as('analyst');
  const seen = await an.get(`${base()}/${v.id}`);
  assert.equal(seen.status, 200);
  assert.equal(seen.body.caption, 'Гульнара Victim', 'the name is ordinary case data');
  for (const key of ['address', 'shelter', 'health']) assert.ok(!(key in seen.body.properties), `${key} must be absent`);
  assert.ok(!seen.text.includes(SHELTER) && !seen.text.includes(VICTIM_STREET) && !seen.text.includes('insulin'));
  const list = await an.get(`${base()}?limit=500`);
  assert.ok(!list.text.includes(SHELTER) && !list.text.includes(VICTIM_STREET), 'lists leak nothing');
  const hist = await an.get(`${base()}/${v.id}/history`);
  assert.equal(hist.status, 200);
  assert.ok(!hist.text.includes(SHELTER) && !hist.text.includes(VICTIM_STREET), 'history leaks nothing');
  assert.ok(hist.body.items[0].changes.some((c) => c.property === 'name'));

  // Writing what you may not read is refused, and nothing changes.
  const w = await an.patch(`${base()}/${v.id}`, { version: v.version, properties: { shelter: ['moved'] } });
  assert.ok(w.status === 403 || w.status === 404, `${w}`);
  const inv2 = await fx.as('investigator2');
  assertProblem(await inv2.get(`${base()}/${v.id}`), 404, 'not_found');  // not on the team at all
  // A suspect's address is ordinary case data for the same analyst.
  const s = await record(inv, { schema: 'Person', properties: { name: ['Suspect with address'], address: ['Suspect street 1'] } });
  await inv.request('PUT', `${base()}/${s.id}/involvements/suspect`, { body: {} });
  assert.equal((await an.ok(`${base()}/${s.id}`)).properties.address[0].value, 'Suspect street 1');
  // Taking the victim role away would lift the protection: only someone who sees behind it may.
  // The analyst's role never changes the case anyway; investigator2 joins without the grant.
  assertProblem(await an.delete(`${base()}/${v.id}/involvements/victim`), 403, 'forbidden');
  const t = await (await fx.as('supervisor')).post(`/api/v1/cases/${kase.id}/team`, { username: 'investigator2', team_role: 'member', grants: [] });
  assert.equal(t.status, 200, `${t}`);
  await inv.request('PUT', `${base()}/${v.id}/involvements/witness`, { body: {} });
  assertProblem(await inv2.delete(`${base()}/${v.id}/involvements/victim`), 403, 'forbidden');
  // A role that protects nothing can be taken away by a member who cannot see the shelter.
  const w2 = await inv2.delete(`${base()}/${v.id}/involvements/witness`);
  assert.equal(w2.status, 200, `${w2}`);
  assert.ok(!w2.text.includes(SHELTER));
  assert.deepEqual(w2.body.involvements.map((i) => i.role), ['victim']);
});

test('an informant\'s identity is withheld from everyone without the informant_identity grant, even the lead', async () => {
  const inv = await fx.as('investigator');
  const i = await record(inv, { schema: 'Person', properties: { name: ['Бахтияр Source'], phone: ['+77017654321'] } });
  const r = await inv.request('PUT', `${base()}/${i.id}/involvements/informant`, { body: {} });
  assert.equal(r.status, 200, `${r}`);
  for (const username of ['investigator', 'supervisor', 'analyst']) {
    const got = await (await fx.as(username)).get(`${base()}/${i.id}`);
    assert.equal(got.status, 200, `${username}: ${got}`);
    assert.equal(got.body.caption, null, username);
    assert.equal(got.body.identity_restricted, true, username);
    assert.ok(!got.text.includes('Бахтияр') && !got.text.includes('7654321'), `${username}: ${got.text}`);
  }
  assertProblem(await inv.delete(`${base()}/${i.id}/involvements/informant`), 403, 'forbidden');
  // Their passport is protected as they are: a document names its holder.
  const pass = await record(inv, { schema: 'Passport', properties: { holder: [i.id], number: ['N 7654321'], surname: ['Source'], country: ['kz'] } });
  assert.equal(pass.caption, null, 'the passport number is the caption, and it is withheld');
  assert.ok(!('number' in pass.properties) && !('surname' in pass.properties));
  assert.ok(!(await (await fx.as('analyst')).get(`${base()}?limit=500`)).text.includes('7654321'), 'lists leak nothing');
  // The supervisor gives the lead the grant; now the lead sees the identity.
  const sup = await fx.as('supervisor');
  const g = await sup.post(`/api/v1/cases/${kase.id}/team`, { username: 'investigator', team_role: 'lead', grants: ['victim_data', 'informant_identity'] });
  assert.equal(g.status, 200, `${g}`);
  const now = await inv.ok(`${base()}/${i.id}`);
  assert.equal(now.caption, 'Бахтияр Source');
  assert.equal((await inv.ok(`${base()}/${pass.id}`)).properties.number[0].normalized, 'N7654321');
  assert.equal(now.properties.phone[0].normalized, '+77017654321');
  assert.equal((await sup.ok(`${base()}/${i.id}`)).identity_restricted, true, 'the supervisor still does not');
});

test('every change is a new version; stale versions are refused with 409; the history shows each change', async () => {
  const inv = await fx.as('investigator');
  const p = await record(inv, { schema: 'Person', properties: { name: ['Versioned Person'], phone: ['+77011112233'] } });
  let r = await inv.patch(`${base()}/${p.id}`, { version: 1, properties: { phone: ['+77011112233', '+996555123456'] }, source: 'phone seized' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.version, 2);
  const kept = r.body.properties.phone.find((v) => v.normalized === '+77011112233');
  assert.equal(kept.source, undefined, 'the unchanged value keeps its own provenance');
  assert.equal(r.body.properties.phone.find((v) => v.value === '+996555123456').source, 'phone seized');
  assertProblem(await inv.patch(`${base()}/${p.id}`, { version: 1, properties: { name: ['Lost update'] } }), 409, 'version_conflict');
  r = await inv.patch(`${base()}/${p.id}`, { version: 2, properties: { name: ['Версионный Человек'] } });
  assert.equal(r.status, 200, `${r}`);
  // The same values again change nothing.
  r = await inv.patch(`${base()}/${p.id}`, { version: 3, properties: { name: ['Версионный Человек'] } });
  assert.equal(r.body.version, 3);
  const h = (await inv.ok(`${base()}/${p.id}/history`)).items;
  assert.deepEqual(h.map((x) => x.version), [1, 2, 3]);
  assert.deepEqual(h[1].changes, [{ property: 'phone', added: ['+996555123456'], removed: [] }]);
  assert.deepEqual(h[2].changes, [{ property: 'name', added: ['Версионный Человек'], removed: ['Versioned Person'] }]);
  assert.equal(h[2].changed_by, 'investigator');
  assertProblem(await inv.patch(`${base()}/${p.id}`, { version: 3, properties: { name: [] } }), 422, 'required', 'properties.name');
  assertProblem(await inv.patch(`${base()}/${p.id}`, { properties: { name: ['x'] } }), 422, 'required', 'version');
});

test('deletion needs the current version, hides the record, and is itself on the record', async () => {
  const inv = await fx.as('investigator');
  const p = await record(inv, { schema: 'Person', properties: { name: ['To be deleted'] } });
  // A record others point at stays until they no longer do.
  const sister = await record(inv, { schema: 'Person', properties: { name: ['Sister'] } });
  const fam = await record(inv, { schema: 'Family', properties: { person: [p.id], relative: [sister.id] } });
  assertProblem(await inv.delete(`${base()}/${p.id}?version=1`), 409, 'referenced');
  assert.equal((await inv.delete(`${base()}/${fam.id}?version=1`)).status, 204);
  assertProblem(await inv.delete(`${base()}/${p.id}`), 400, 'required', 'version');
  assertProblem(await inv.delete(`${base()}/${p.id}?version=7`), 409, 'version_conflict');
  assert.equal((await inv.delete(`${base()}/${p.id}?version=1`)).status, 204);
  assertProblem(await inv.get(`${base()}/${p.id}`), 404, 'not_found');
  const list = await inv.ok(`${base()}?limit=500`);
  assert.ok(!list.items.some((e) => e.id === p.id));
  const aud = await fx.as('auditor');
  const rows = (await aud.ok(`/api/v1/audit?record=entity:${p.id}&limit=10`)).items;
  assert.ok(rows.some((r) => r.action === 'entity.delete' && r.outcome === 'ok'), JSON.stringify(rows));
});

test('outsiders learn nothing; every look is audited with the records it returned', async () => {
  const inv = await fx.as('investigator');
  const p = await record(inv, { schema: 'Person', properties: { name: ['Audited Person'] } });
  for (const username of ['supervisor.kg', 'investigator.kg', 'frontline']) {
    const c = await fx.as(username);
    assertProblem(await c.get(`${base()}/${p.id}`), 404, 'not_found');
    assertProblem(await c.get(`${base()}?limit=5`), 404, 'not_found');
    assertProblem(await c.post(base(), { schema: 'Person', properties: { name: ['Intruder'] } }), 404, 'not_found');
  }
  // A record id under the wrong case is not found either.
  assertProblem(await inv.get(`/api/v1/cases/${other.id}/entities/${p.id}`), 404, 'not_found');
  await inv.ok(`${base()}/${p.id}`);
  const page = await inv.ok(`${base()}?limit=500`);
  const aud = await fx.as('auditor');
  const reads = (await aud.ok(`/api/v1/audit?record=entity:${p.id}&limit=50`)).items;
  assert.ok(reads.some((r) => r.action === 'entity.read' && r.username === 'investigator' && r.records.includes(`case:${kase.id}`)));
  assert.ok(reads.some((r) => r.action === 'entity.list' && r.username === 'investigator'));
  const refused = reads.filter((r) => r.outcome === 'not_found').map((r) => r.username);
  for (const u of ['supervisor.kg', 'investigator.kg', 'frontline']) assert.ok(refused.includes(u), `${u}'s refused look is audited`);
  const listRow = (await aud.ok(`/api/v1/audit?user=investigator&action=entity.list&limit=1`)).items[0];
  assert.equal(listRow.records.filter((x) => x.startsWith('entity:')).length, page.items.length, 'a list names every record it returned');
  const viewers = (await aud.ok(`/api/v1/audit/viewers?record=entity:${p.id}`)).items.map((v) => v.username);
  assert.ok(!viewers.includes('supervisor.kg'));
  assert.ok(viewers.includes('investigator'));
});
