// Cases: create, list (paging, sorting, filters, free text in Cyrillic and Latin), view, update
// with versions, team, shares, links and idempotent creation (docs/api.md "Cases").
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, caseBody, createCase, listAll, useFixture } from './harness.mjs';

const fx = useFixture();

const SORTS = ['updated_at', '-updated_at', 'created_at', '-created_at', 'reference', '-reference', 'title', '-title'];

async function unitTotal() {
  return (await (await fx.as('supervisor')).ok('/api/v1/cases?limit=1')).total;
}

test('create: 201, a reference, state open, version 1, the creator leads the team', async () => {
  const inv = await fx.as('investigator');
  const before = await unitTotal();
  const body = caseBody({
    title: 'Recruitment via social media — Almaty',
    summary: 'Two women recruited online for work in a café; passports kept by the employer.',
    forms_of_exploitation: ['sexual', 'labour'],
    countries_of_transit: ['KG'],
    covert: false,
  });
  const r = await inv.post('/api/v1/cases', body);
  assert.equal(r.status, 201, `${r}`);
  const c = r.body;
  assert.match(c.id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'a UUIDv7');
  assert.equal(r.headers.get('location'), `/api/v1/cases/${c.id}`);
  assert.match(c.reference, /^KZ-ALM-CTU-\d{4}-\d{4}$/);
  assert.equal(c.state, 'open');
  assert.equal(c.version, 1);
  assert.equal(c.title, body.title);
  assert.equal(c.summary, body.summary);
  assert.deepEqual(c.forms_of_exploitation, ['sexual', 'labour']);
  assert.deepEqual(c.jurisdiction, { country: 'KZ', region: 'Almaty' });
  assert.deepEqual(c.countries_of_transit, ['KG']);
  assert.equal(c.owning_unit.code, 'KZ-ALM-CTU');
  assert.equal(c.created_by.username, 'investigator');
  assert.match(c.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(c.team.length, 1);
  assert.equal(c.team[0].username, 'investigator');
  assert.equal(c.team[0].team_role, 'lead');
  assert.deepEqual(c.team[0].grants, ['victim_data']);
  assert.deepEqual(c.shares, []);
  assert.deepEqual(c.links, []);
  assert.equal(await unitTotal(), before + 1);
  // References are unique and counted per unit and year.
  const c2 = await createCase(inv);
  assert.notEqual(c2.reference, c.reference);
  assert.equal(Number(c2.reference.slice(-4)), Number(c.reference.slice(-4)) + 1);
  // Another unit's case gets that unit's reference.
  const kg = await createCase(await fx.as('investigator.kg'), { jurisdiction: { country: 'KG' } });
  assert.match(kg.reference, /^KG-BSK-TIP-\d{4}-\d{4}$/);
});

test('list paging: next_cursor walks every case once, total stays the same', async () => {
  const sup = await fx.as('supervisor');
  const all = await listAll(sup, '/api/v1/cases', { limit: 200 });
  assert.equal(all.pages, 1);
  assert.ok(all.items.length > 30, `the supervisor sees the unit's cases (${all.items.length})`);
  assert.equal(all.totals[0], all.items.length);
  for (const item of all.items) assert.equal(item.owning_unit.code, 'KZ-ALM-CTU');
  const paged = await listAll(sup, '/api/v1/cases', { limit: 7 });
  assert.equal(paged.pages, Math.ceil(all.items.length / 7));
  const ids = paged.items.map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length, 'no case twice');
  assert.deepEqual(ids, all.items.map((i) => i.id), 'the same cases in the same order');
  assert.ok(paged.totals.every((t) => t === all.items.length), `total is stable: ${paged.totals}`);
  // The last page has no cursor; a page never exceeds the limit.
  const first = await sup.ok('/api/v1/cases?limit=7');
  assert.equal(first.items.length, 7);
  assert.equal(typeof first.next_cursor, 'string');
  // The default page size is 50.
  const def = await sup.ok('/api/v1/cases');
  assert.equal(def.items.length, Math.min(50, all.items.length));
  // An investigator sees only cases of their teams.
  const inv = await listAll(await fx.as('investigator'), '/api/v1/cases', { limit: 200 });
  assert.ok(inv.items.length < all.items.length);
  for (const item of inv.items) {
    const c = await (await fx.as('investigator')).ok(`/api/v1/cases/${item.id}`);
    assert.ok(c.team.some((m) => m.username === 'investigator') || c.shares.some((s) => s.username === 'investigator'));
  }
});

function compareBy(sort) {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const value = (c) => (key.endsWith('_at') ? Date.parse(c[key]) : c[key]);
  return (a, b) => {
    const va = value(a);
    const vb = value(b);
    let d = va < vb ? -1 : va > vb ? 1 : 0;
    if (d === 0) d = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return desc ? -d : d;
  };
}

test('sorting by each sort key, across pages', async () => {
  const sup = await fx.as('supervisor');
  // A case whose updated_at differs from its created_at.
  const inv = await fx.as('investigator');
  const c = await createCase(inv, { title: 'sort probe' });
  await fx.advance(5);
  assert.equal((await inv.patch(`/api/v1/cases/${c.id}`, { version: 1, summary: 'touched' })).status, 200);
  for (const sort of SORTS) {
    const one = await sup.ok(`/api/v1/cases?limit=200&sort=${encodeURIComponent(sort)}`);
    const expected = [...one.items].sort(compareBy(sort));
    assert.deepEqual(one.items.map((i) => i.id), expected.map((i) => i.id), `sort=${sort}`);
    const paged = await listAll(sup, `/api/v1/cases?sort=${encodeURIComponent(sort)}`, { limit: 9 });
    assert.deepEqual(paged.items.map((i) => i.id), expected.map((i) => i.id), `sort=${sort} across pages`);
  }
  const probe = (await sup.ok('/api/v1/cases?limit=200')).items.find((i) => i.id === c.id);
  assert.ok(Date.parse(probe.updated_at) > Date.parse(probe.created_at));
  // The default is -updated_at.
  const def = await sup.ok('/api/v1/cases?limit=200');
  assert.deepEqual(def.items.map((i) => i.id), (await sup.ok('/api/v1/cases?limit=200&sort=-updated_at')).items.map((i) => i.id));
});

test('filters: state, category, unit', async () => {
  const sup = await fx.as('supervisor');
  const all = (await listAll(sup, '/api/v1/cases')).items;
  const lookups = await sup.ok('/api/v1/lookups');
  for (const { id: state } of lookups.case_states) {
    const r = await listAll(sup, `/api/v1/cases?state=${state}`);
    assert.ok(r.items.every((i) => i.state === state), `state=${state}`);
    assert.equal(r.items.length, all.filter((i) => i.state === state).length, `state=${state} count`);
    assert.equal(r.totals[0], r.items.length);
  }
  for (const { id: category } of lookups.categories) {
    const r = await listAll(sup, `/api/v1/cases?category=${category}`);
    assert.ok(r.items.every((i) => i.category === category));
    assert.equal(r.items.length, all.filter((i) => i.category === category).length, `category=${category} count`);
  }
  const both = await listAll(sup, '/api/v1/cases?state=open&category=tip');
  assert.equal(both.items.length, all.filter((i) => i.state === 'open' && i.category === 'tip').length);
  // A member of a KZ case's team from the KG unit sees cases of two units; `unit` tells them apart.
  const inv = await fx.as('investigator');
  const kz = await createCase(inv, { title: 'Cross-border team case' });
  assert.equal((await inv.post(`/api/v1/cases/${kz.id}/team`, { username: 'investigator.kg' })).status, 200);
  const kg = await fx.as('investigator.kg');
  const kgAll = (await listAll(kg, '/api/v1/cases')).items;
  const inKz = (await listAll(kg, '/api/v1/cases?unit=KZ-ALM-CTU')).items;
  const inKg = (await listAll(kg, '/api/v1/cases?unit=KG-BSK-TIP')).items;
  assert.deepEqual(inKz.map((i) => i.id), [kz.id]);
  assert.equal(inKg.length, kgAll.length - 1);
  assert.ok(inKg.every((i) => i.owning_unit.code === 'KG-BSK-TIP'));
  assert.equal((await kg.ok('/api/v1/cases?unit=NO-SUCH-UNIT')).total, 0);
  // The supervisor of KG does not see the KZ case, whatever the filter.
  assert.equal((await (await fx.as('supervisor.kg')).ok('/api/v1/cases?unit=KZ-ALM-CTU')).total, 0);
});

// unicode61 tokens of a text, lower-cased: what SQLite FTS5 matches against.
function tokens(text) {
  return (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

test('free text q in Cyrillic and Latin finds exactly the cases whose reference, title or summary has the word', async () => {
  const inv = await fx.as('investigator');
  const cyr = await createCase(inv, { title: 'Проверка показаний', summary: 'Свидетель опознал Рахимова на фото.' });
  const lat = await createCase(inv, { title: 'Witness statement check', summary: 'Phone of Rakhimov B. found in the ledger.' });
  const sup = await fx.as('supervisor');
  const visible = (await listAll(sup, '/api/v1/cases')).items;
  const full = [];
  for (const item of visible) full.push(await sup.ok(`/api/v1/cases/${item.id}`));
  const expect = (q) => {
    const words = tokens(q);
    return full
      .filter((c) => {
        const have = [...tokens(c.reference), ...tokens(c.title), ...tokens(c.summary)];
        return words.every((w) => have.some((t) => t.startsWith(w)));
      })
      .map((c) => c.id)
      .sort();
  };
  const cases = [
    ['Рахимов', [cyr.id]],
    ['рахимов', [cyr.id]],
    ['РАХИМОВ', [cyr.id]],
    ['Rakhimov', [lat.id]],
    ['rakhimov', [lat.id]],
    ['Rakhimov Botir', []],
    ['Вербовка', []],
    ['Юлдашев', []],
    ['ledger', [lat.id]],
    [cyr.reference, [cyr.id]],
  ];
  for (const [q, mustInclude] of cases) {
    const r = await listAll(sup, `/api/v1/cases?q=${encodeURIComponent(q)}`);
    const got = r.items.map((i) => i.id).sort();
    assert.deepEqual(got, expect(q), `q=${q}`);
    assert.equal(r.totals[0], got.length, `q=${q} total`);
    for (const id of mustInclude) assert.ok(got.includes(id), `q=${q} finds ${id}`);
  }
  assert.ok(expect('Рахимов').length >= 2, 'the demo data has other Rakhimov cases in Cyrillic too');
  assert.ok(expect('Юлдашев').length >= 1);
  // q combines with the other filters, and with the need-to-know scope.
  const open = await listAll(sup, `/api/v1/cases?q=${encodeURIComponent('Рахимов')}&state=open`);
  assert.ok(open.items.every((i) => i.state === 'open'));
  const an = await listAll(await fx.as('analyst'), `/api/v1/cases?q=${encodeURIComponent('Rakhimov')}`);
  assert.ok(!an.items.some((i) => i.id === lat.id), 'the analyst is not on that team');
  // Search syntax in user text is only text.
  for (const q of ['"', '*', 'NEAR(', 'title:x', 'a OR b', '-', '(', 'Рахимов*']) {
    const r = await sup.get(`/api/v1/cases?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `q=${q}: ${r}`);
  }
});

test('view and update with versions: 200 and version+1, stale version → 409', async () => {
  const inv = await fx.as('investigator');
  const c = await createCase(inv);
  const got = await inv.ok(`/api/v1/cases/${c.id}`);
  assert.deepEqual({ ...got, team: undefined }, { ...c, team: undefined });
  const r = await inv.patch(`/api/v1/cases/${c.id}`, { version: 1, title: 'Renamed case', state: 'open' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.version, 2);
  assert.equal(r.body.title, 'Renamed case');
  assert.equal(r.body.state, 'open', 'the state it already has may be sent; a new one comes from the workflow (workflow.test.mjs)');
  assert.ok(Date.parse(r.body.updated_at) >= Date.parse(c.updated_at));
  // Someone who still has version 1 is refused, and nothing changes.
  const stale = await (await fx.as('supervisor')).patch(`/api/v1/cases/${c.id}`, { version: 1, title: 'Lost update' });
  assertProblem(stale, 409, 'version_conflict', 'version');
  const now = await inv.ok(`/api/v1/cases/${c.id}`);
  assert.equal(now.title, 'Renamed case');
  assert.equal(now.version, 2);
  // A future version is as wrong as a past one.
  assertProblem(await inv.patch(`/api/v1/cases/${c.id}`, { version: 99, title: 'x' }), 409, 'version_conflict');
  // The supervisor of the unit may change it with the current version.
  const sup = await (await fx.as('supervisor')).patch(`/api/v1/cases/${c.id}`, { version: 2, jurisdiction: { country: 'KZ', region: 'Shymkent' } });
  assert.equal(sup.status, 200, `${sup}`);
  assert.equal(sup.body.version, 3);
  assert.deepEqual(sup.body.jurisdiction, { country: 'KZ', region: 'Shymkent' });
  // A change to nothing is not a new version.
  const same = await inv.patch(`/api/v1/cases/${c.id}`, { version: 3, title: 'Renamed case' });
  assert.equal(same.status, 200);
  assert.equal(same.body.version, 3);
  const history = await inv.ok(`/api/v1/cases/${c.id}/history`);
  assert.deepEqual(history.items.map((e) => e.version), [1, 2, 3]);
  const v2 = history.items[1];
  assert.equal(v2.changed_by, 'investigator');
  assert.deepEqual(v2.changes.map((ch) => ch.field).sort(), ['title']);
  assert.deepEqual(v2.changes.find((ch) => ch.field === 'title'), { field: 'title', before: c.title, after: 'Renamed case' });
  assert.equal(history.items[2].changed_by, 'supervisor');
});

test('two editors at once: exactly one wins', async () => {
  const inv = await fx.as('investigator');
  const c = await createCase(inv);
  const sup = await fx.as('supervisor');
  const [a, b] = await Promise.all([
    inv.patch(`/api/v1/cases/${c.id}`, { version: 1, summary: 'from the investigator' }),
    sup.patch(`/api/v1/cases/${c.id}`, { version: 1, summary: 'from the supervisor' }),
  ]);
  assert.deepEqual([a.status, b.status].sort(), [200, 409], `${a} / ${b}`);
  const now = await inv.ok(`/api/v1/cases/${c.id}`);
  assert.equal(now.version, 2);
  assert.equal(now.summary, (a.status === 200 ? a : b).body.summary);
});

test('team: add and remove members; only people who may hold case content', async () => {
  const inv = await fx.as('investigator');
  const inv2 = await fx.as('investigator2');
  const c = await createCase(inv);
  assertProblem(await inv2.get(`/api/v1/cases/${c.id}`), 404, 'not_found');
  const r = await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'investigator2', team_role: 'member', grants: ['victim_data'] });
  assert.equal(r.status, 200, `${r}`);
  const m = r.body.team.find((x) => x.username === 'investigator2');
  assert.deepEqual({ team_role: m.team_role, grants: m.grants, role: m.role }, { team_role: 'member', grants: ['victim_data'], role: 'investigator' });
  assert.equal((await inv2.get(`/api/v1/cases/${c.id}`)).status, 200);
  assert.ok((await listAll(inv2, '/api/v1/cases')).items.some((i) => i.id === c.id));
  // A plain member may not manage the team.
  assertProblem(await inv2.post(`/api/v1/cases/${c.id}/team`, { username: 'analyst' }), 403, 'forbidden');
  // Only people who may hold case content, and real team roles and grants.
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'admin' }), 422, 'invalid_value', 'username');
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'auditor' }), 422, 'invalid_value', 'username');
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'no.such.user' }), 422, 'invalid_value', 'username');
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'analyst', team_role: 'boss' }), 422, 'invalid_value', 'team_role');
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/team`, { username: 'analyst', grants: ['everything'] }), 422, 'invalid_value', 'grants');
  // Remove.
  const del = await inv.delete(`/api/v1/cases/${c.id}/team/${m.user_id}`);
  assert.equal(del.status, 200, `${del}`);
  assert.ok(!del.body.team.some((x) => x.username === 'investigator2'));
  assertProblem(await inv2.get(`/api/v1/cases/${c.id}`), 404, 'not_found');
  assert.ok(!(await listAll(inv2, '/api/v1/cases')).items.some((i) => i.id === c.id));
  assertProblem(await inv.delete(`/api/v1/cases/${c.id}/team/${m.user_id}`), 404, 'not_found');
});

test('share with the prosecutor: before, 404; after, the prosecutor reads it but cannot change it', async () => {
  const inv = await fx.as('investigator');
  const pros = await fx.as('prosecutor');
  const c = await createCase(inv, { title: 'Case for the prosecutor' });
  assertProblem(await pros.get(`/api/v1/cases/${c.id}`), 404, 'not_found');
  assert.ok(!(await listAll(pros, '/api/v1/cases')).items.some((i) => i.id === c.id));
  const r = await inv.post(`/api/v1/cases/${c.id}/shares`, { username: 'prosecutor' });
  assert.equal(r.status, 200, `${r}`);
  assert.deepEqual(r.body.shares.map((s) => [s.username, s.role]), [['prosecutor', 'prosecutor']]);
  const got = await pros.get(`/api/v1/cases/${c.id}`);
  assert.equal(got.status, 200, `${got}`);
  assert.equal(got.body.title, 'Case for the prosecutor');
  assert.ok(!('victim_notes' in got.body), 'a share carries no victim_data grant');
  assert.ok((await listAll(pros, '/api/v1/cases')).items.some((i) => i.id === c.id));
  assertProblem(await pros.patch(`/api/v1/cases/${c.id}`, { version: 1, title: 'x' }), 403, 'forbidden');
  // Sharing twice is harmless; sharing with a role that never sees case content is refused.
  assert.equal((await inv.post(`/api/v1/cases/${c.id}/shares`, { username: 'prosecutor' })).body.shares.length, 1);
  assertProblem(await inv.post(`/api/v1/cases/${c.id}/shares`, { username: 'admin' }), 422, 'invalid_value', 'username');
});

test('link two cases: both show the link; an invisible case cannot be linked (and looks like a missing one)', async () => {
  const inv = await fx.as('investigator');
  const a = await createCase(inv, { title: 'Link source' });
  const b = await createCase(inv, { title: 'Link target' });
  const r = await inv.post(`/api/v1/cases/${a.id}/links`, { case_id: b.id, reason: 'same recruiter' });
  assert.equal(r.status, 200, `${r}`);
  assert.deepEqual(r.body.links, [{ case_id: b.id, reference: b.reference, title: 'Link target', reason: 'same recruiter' }]);
  const back = await inv.ok(`/api/v1/cases/${b.id}`);
  assert.deepEqual(back.links.map((l) => l.case_id), [a.id]);
  const kgCase = await createCase(await fx.as('investigator.kg'), { jurisdiction: { country: 'KG' } });
  const hidden = await inv.post(`/api/v1/cases/${a.id}/links`, { case_id: kgCase.id });
  const missing = await inv.post(`/api/v1/cases/${a.id}/links`, { case_id: '01890000-0000-7000-8000-000000000000' });
  assertProblem(hidden, 422, 'invalid_value', 'case_id');
  assertProblem(missing, 422, 'invalid_value', 'case_id');
  assert.equal(hidden.body.detail, missing.body.detail);
  assertProblem(await inv.post(`/api/v1/cases/${a.id}/links`, { case_id: a.id }), 422, 'invalid_value', 'case_id');
  assert.deepEqual((await (await fx.as('investigator.kg')).ok(`/api/v1/cases/${kgCase.id}`)).links, []);
});

test('idempotency: the same Idempotency-Key twice → the same case, created once', async () => {
  const inv = await fx.as('investigator');
  const before = await unitTotal();
  const key = `idem-${Date.now()}`;
  const body = caseBody({ title: 'Idempotent create' });
  const first = await inv.post('/api/v1/cases', body, { headers: { 'idempotency-key': key } });
  assert.equal(first.status, 201, `${first}`);
  const second = await inv.post('/api/v1/cases', body, { headers: { 'idempotency-key': key } });
  assert.equal(second.status, 201, `${second}`);
  assert.equal(second.body.id, first.body.id);
  assert.equal(second.body.reference, first.body.reference);
  assert.equal(second.headers.get('idempotent-replay'), 'true');
  assert.match(second.headers.get('content-type'), /application\/json/);
  assert.equal(await unitTotal(), before + 1);
  const sup = await fx.as('supervisor');
  assert.equal((await sup.ok(`/api/v1/cases?q=${encodeURIComponent('Idempotent create')}`)).total, 1);
  // A different key is a different request; the same key from another user is theirs alone.
  const other = await inv.post('/api/v1/cases', body, { headers: { 'idempotency-key': `${key}-2` } });
  assert.notEqual(other.body.id, first.body.id);
  const supCase = await sup.post('/api/v1/cases', body, { headers: { 'idempotency-key': key } });
  assert.equal(supCase.status, 201);
  assert.notEqual(supCase.body.id, first.body.id);
  assert.equal(await unitTotal(), before + 3);
  // A failed request is not remembered: fixing the body and retrying with the key works.
  const key2 = `idem-fail-${Date.now()}`;
  assertProblem(await inv.post('/api/v1/cases', { ...body, category: 'nope' }, { headers: { 'idempotency-key': key2 } }), 422, 'invalid_value');
  const fixed = await inv.post('/api/v1/cases', body, { headers: { 'idempotency-key': key2 } });
  assert.equal(fixed.status, 201);
  assert.equal(fixed.headers.get('idempotent-replay'), null);
});
