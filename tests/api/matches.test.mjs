// Cross-case entity resolution through the API: a saved record is matched at once against every
// other case; the queue shows a pair only to whoever may see both cases; confirm, reject (with a
// reason, remembered) and undo; clusters through confirmations; deconfliction notices that tell
// the two units of each other and nothing of the other record; covert cases; probing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, sqlite, useFixture } from './harness.mjs';

const KG = { jurisdiction: { country: 'KG', region: 'Bishkek' } };
let kz, kg, kz2;  // cases: KZ-ALM-CTU (investigator), KG-BSK-TIP (investigator.kg), KZ-ALM-CTU (investigator)
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kz = await createCase(inv, { title: 'Recruitment through a travel agency' });
  kz2 = await createCase(inv, { title: 'Second KZ case of the same recruiter' });
  kg = await createCase(await fx.as('investigator.kg'), { title: 'Kyrgyz border case', ...KG });
}});

const person = (client, kase, properties) => client.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties });
const matchesOf = async (client, kase, entity) => (await client.ok(`/api/v1/cases/${kase.id}/entities/${entity.id}/matches`)).items;
const pairWith = (items, entity) => items.find((m) => m.a.entity_id === entity.id || m.b.entity_id === entity.id);

test('a saved record is matched at once, across scripts, with its explanation; the pair is shown side by side to whoever sees both cases', async () => {
  const inv = await fx.as('investigator');
  const a = (await person(inv, kz, { name: ['Назаров Фарход Олимович'], birthDate: ['1990-06-01'], passportNumber: ['AN 7654321'] })).body;
  const r = await person(inv, kz2, { name: ['NAZAROV FARKHOD'], birthDate: ['1990'], passportNumber: ['an-7654321'], phone: ['+7 701 222 33 44'] });
  assert.equal(r.status, 201, `${r}`);
  const b = r.body;
  const m = pairWith(await matchesOf(inv, kz2, b), a);
  assert.ok(m, 'proposed as soon as the record was saved');
  assert.equal(m.status, 'proposed');
  assert.ok(m.score >= 0.5 && m.score <= 1);
  const codes = m.reasons.map((x) => x.code);
  for (const c of ['same_passport', 'names_transliterated', 'birth_compatible']) assert.ok(codes.includes(c), `${c} in ${codes}`);
  assert.ok(m.reasons.every((x) => x.text && x.text_ru && ['strong', 'supporting', 'against'].includes(x.strength)));
  assert.equal(m.reasons.find((x) => x.code === 'same_passport').strength, 'strong');

  const queue = await inv.ok('/api/v1/matches');
  assert.ok(queue.items.some((x) => x.id === m.id));
  const full = await inv.ok(`/api/v1/matches/${m.id}`);
  const names = [full.records.a.properties.name[0].value, full.records.b.properties.name[0].value].sort();
  assert.deepEqual(names, ['NAZAROV FARKHOD', 'Назаров Фарход Олимович'].sort());
  assert.deepEqual(full.history.map((h) => h.action), ['proposed']);
  const counts = (await inv.ok(`/api/v1/cases/${kz.id}/match-counts`)).counts;
  assert.equal(counts[a.id].proposed, 1);

  // Nobody who cannot see both cases learns of the pair.
  const analyst = await fx.as('analyst');
  assert.equal((await analyst.get(`/api/v1/matches/${m.id}`)).status, 404);
  assert.ok(!(await analyst.ok('/api/v1/matches')).items.some((x) => x.id === m.id));
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/matches/${m.id}`)).status, 404);
  assert.equal((await (await fx.as('auditor')).get('/api/v1/matches')).status, 403);
  // The unit's supervisor sees both cases and the pair.
  assert.ok((await (await fx.as('supervisor')).ok('/api/v1/matches')).items.some((x) => x.id === m.id));
});

test('confirm joins records in a cluster, undo takes it back, a rejection is remembered and never proposed again', async () => {
  const inv = await fx.as('investigator');
  const a = (await person(inv, kz, { name: ['Юсупова Дилноза'], birthDate: ['1995-02-14'], phone: ['+7 705 111 22 33'] })).body;
  const b = (await person(inv, kz2, { name: ['Yusupova Dilnoza'], birthDate: ['1995-02-14'], phone: ['87051112233'] })).body;
  const m = pairWith(await matchesOf(inv, kz, a), b);
  assert.ok(m, 'proposed');

  assertProblem(await inv.post(`/api/v1/matches/${m.id}/undo`, { reason: 'nothing to undo' }), 409, 'match_state');
  let r = await inv.post(`/api/v1/matches/${m.id}/confirm`, { reason: 'Same photograph in both passports' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.status, 'confirmed');
  assert.ok(r.body.decided_by_name);
  assertProblem(await inv.post(`/api/v1/matches/${m.id}/confirm`, {}), 409, 'match_state');
  const cluster = await inv.ok(`/api/v1/cases/${kz.id}/entities/${a.id}/cluster`);
  assert.deepEqual(cluster.members.map((x) => x.entity_id).sort(), [a.id, b.id].sort());
  assert.equal(cluster.links.length, 1);
  // Records are never merged or overwritten.
  assert.equal((await inv.ok(`/api/v1/cases/${kz2.id}/entities/${b.id}`)).properties.name[0].value, 'Yusupova Dilnoza');

  assertProblem(await inv.post(`/api/v1/matches/${m.id}/undo`, {}), 422, 'required', 'reason');
  r = await inv.post(`/api/v1/matches/${m.id}/undo`, { reason: 'Confirmed on the wrong pair' });
  assert.equal(r.body.status, 'proposed');
  assert.equal((await inv.ok(`/api/v1/cases/${kz.id}/entities/${a.id}/cluster`)).members.length, 1);

  assertProblem(await inv.post(`/api/v1/matches/${m.id}/reject`, {}), 422, 'required', 'reason');
  assertProblem(await inv.post(`/api/v1/matches/${m.id}/reject`, { reason: 7 }), 400, undefined, 'reason');
  r = await inv.post(`/api/v1/matches/${m.id}/reject`, { reason: 'Sisters: different birth certificates' });
  assert.equal(r.body.status, 'rejected');
  assert.equal(r.body.reason, 'Sisters: different birth certificates');

  // Saving either record again does not bring the pair back.
  const cur = await inv.ok(`/api/v1/cases/${kz2.id}/entities/${b.id}`);
  r = await inv.patch(`/api/v1/cases/${kz2.id}/entities/${b.id}`, { version: cur.version, properties: { alias: ['Dilya'] } });
  assert.equal(r.status, 200, `${r}`);
  const again = await inv.ok(`/api/v1/matches/${m.id}`);
  assert.equal(again.status, 'rejected');
  assert.deepEqual(again.history.map((h) => h.action), ['proposed', 'confirmed', 'undone', 'rejected']);
  assert.equal(again.history[3].reason, 'Sisters: different birth certificates');
  assert.ok(!(await inv.ok('/api/v1/matches?status=proposed')).items.some((x) => x.id === m.id));
  assert.ok((await inv.ok('/api/v1/matches?status=rejected')).items.some((x) => x.id === m.id));
  // Only someone on one of the two cases decides: the shared prosecutor may read but not decide.
  assert.equal((await (await fx.as('prosecutor')).post(`/api/v1/matches/${m.id}/undo`, { reason: 'x' })).status, 403);
});

test('a strong match with a case the saver cannot see: both units are told of each other, and of nothing else', async () => {
  const kgInv = await fx.as('investigator.kg');
  const inv = await fx.as('investigator');
  const secret = { name: 'Саидов Жамшид Рустамович', passport: 'AC 9988776', phone: '+7 707 999 88 77', birth: '1984-11-23' };
  const mine = (await person(inv, kz, { name: [secret.name], birthDate: [secret.birth], passportNumber: [secret.passport], phone: [secret.phone] })).body;
  const sup = await fx.as('supervisor');
  const supKg = await fx.as('supervisor.kg');
  const before = (await sup.ok('/api/v1/deconfliction')).items.length;
  const r = await person(kgInv, kg, { name: ['Saidov Jamshid'], birthDate: ['1984-11-23'], passportNumber: ['AC9988776'] });
  assert.equal(r.status, 201, `${r}`);
  // The KG investigator learns nothing in the answer or the queue.
  for (const s of [kz.id, mine.id, 'Саидов', secret.phone]) assert.ok(!JSON.stringify(r.body).includes(s), `the answer leaks ${s}`);
  assert.equal((await matchesOf(kgInv, kg, r.body)).length, 0);

  const kzNotices = (await sup.ok('/api/v1/deconfliction')).items;
  assert.equal(kzNotices.length, before + 1);
  const n = kzNotices[0];
  assert.equal(n.case_id, kz.id);
  assert.equal(n.entity_id, mine.id);
  assert.equal(n.other_unit.code, 'KG-BSK-TIP');
  assert.ok(n.other_unit.name && n.other_unit.contact, 'the other unit and how to reach it');
  assert.ok(n.message && n.message_ru);
  const kgNotices = (await supKg.ok('/api/v1/deconfliction')).items;
  const k = kgNotices.find((x) => x.entity_id === r.body.id);
  assert.ok(k, 'the KG unit is told too');
  assert.equal(k.other_unit.code, 'KZ-ALM-CTU');
  // Neither side learns a field of the other's record or case.
  const kgText = JSON.stringify(kgNotices);
  for (const s of [secret.name, 'Саидов', 'Жамшид', 'Рустамович', '9988776', '999 88 77', '79998877', kz.id, kz.title, kz.reference, mine.id])
    assert.ok(!kgText.includes(s), `the KG notice leaks ${s}`);
  const kzText = JSON.stringify(kzNotices);
  for (const s of ['Saidov Jamshid', kg.id, kg.title, kg.reference, r.body.id]) assert.ok(!kzText.includes(s), `the KZ notice leaks ${s}`);
  const kgBell = JSON.stringify((await supKg.ok('/api/v1/notifications')).items.filter((x) => x.kind === 'deconfliction'));
  for (const s of ['Саидов', '9988776', kz.title, kz.reference]) assert.ok(!kgBell.includes(s), `the KG notification leaks ${s}`);
  assert.ok(kgBell.includes('KZ-ALM-CTU'));
  // Both notices are on the audit trail.
  const rows = await sqlite(fx.dir.db, "SELECT records FROM audit_log WHERE action = 'deconfliction.notice'", { json: true });
  assert.ok(rows.some((x) => x.records.includes(`case:${kz.id}`)));
  assert.ok(rows.some((x) => x.records.includes(`case:${kg.id}`)));
  // The supervisors of neither unit see the pair itself: each sees only one of the cases.
  const pairs = await sqlite(fx.dir.db, `SELECT id FROM match_pairs WHERE a_entity IN ('${mine.id}', '${r.body.id}') AND b_entity IN ('${mine.id}', '${r.body.id}')`, { json: true });
  assert.equal(pairs.length, 1);
  assert.equal((await sup.get(`/api/v1/matches/${pairs[0].id}`)).status, 404);
  assert.equal((await supKg.get(`/api/v1/matches/${pairs[0].id}`)).status, 404);
});

test('a covert case receives notices but sends none', async () => {
  const inv = await fx.as('investigator');
  const covert = await createCase(inv, { title: 'Covert operation', covert: true });
  const kgInv = await fx.as('investigator.kg');
  const supKg = await fx.as('supervisor.kg');
  const sup = await fx.as('supervisor');
  const kgBefore = (await supKg.ok('/api/v1/deconfliction')).items.length;
  const kzBefore = (await sup.ok('/api/v1/deconfliction')).items.length;
  // The KG unit records someone a covert KZ case already holds: only the covert case's owner hears.
  await person(inv, covert, { name: ['Каримов Улугбек'], birthDate: ['1979-01-30'], passportNumber: ['FA1122334'] });
  await person(kgInv, kg, { name: ['Karimov Ulugbek'], birthDate: ['1979-01-30'], passportNumber: ['FA 1122334'] });
  assert.equal((await supKg.ok('/api/v1/deconfliction')).items.length, kgBefore, 'no notice leaves a covert case');
  const kzAfter = (await sup.ok('/api/v1/deconfliction')).items;
  assert.equal(kzAfter.length, kzBefore + 1);
  assert.equal(kzAfter[0].case_id, covert.id);
  assert.equal(kzAfter[0].other_unit.code, 'KG-BSK-TIP');
});

test('records made to probe what other units hold are rate-limited and reported to the auditor', async () => {
  const inv = await fx.as('investigator');
  const kgInv = await fx.as('investigator.kg');
  const supKg = await fx.as('supervisor.kg');
  const auditor = await fx.as('auditor');
  const people = ['Абдуллаев Сардор', 'Хамидов Бахтиёр', 'Турсунов Фаррух', 'Рашидов Шохрух', 'Мирзаев Отабек', 'Эргашев Жасур', 'Содиков Азиз'];
  for (const [i, name] of people.entries())
    await person(inv, kz, { name: [name], birthDate: [`1970-03-${String(i + 10)}`], passportNumber: [`PB${5000000 + i}`] });
  const seen = [];
  for (const [i, name] of people.entries()) {
    const r = await person(kgInv, kg, { name: [name], birthDate: [`1970-03-${String(i + 10)}`], passportNumber: [`PB${5000000 + i}`] });
    assert.equal(r.status, 201, `${r}`);
    seen.push((await supKg.ok('/api/v1/deconfliction?limit=200')).items.length);
  }
  // The KG user triggered notices before (the earlier tests): past five in the window, their own
  // unit is told no more, though the record is saved and the other unit still hears.
  assert.ok(seen.at(-1) === seen.at(-2), `notices stop growing: ${seen}`);
  const withheld = await sqlite(fx.dir.db, 'SELECT COUNT(*) AS n FROM deconfliction_notices WHERE withheld = 1', { json: true });
  assert.ok(withheld[0].n >= 1);
  const bell = (await auditor.ok('/api/v1/notifications')).items;
  assert.ok(bell.some((x) => x.kind === 'deconfliction_probing'), 'the auditor is told');
  const rows = await sqlite(fx.dir.db, "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'deconfliction.probing'", { json: true });
  assert.equal(rows[0].n, 1, 'reported once per window');
});

test('bad input to the queue gets a 4xx naming the field', async () => {
  const inv = await fx.as('investigator');
  assertProblem(await inv.get('/api/v1/matches?status=maybe'), 400, 'invalid_value', 'status');
  assertProblem(await inv.get('/api/v1/matches?cursor=garbage'), 400, 'invalid_value', 'cursor');
  assertProblem(await inv.get('/api/v1/matches?limit=abc'), 400, undefined, 'limit');
  assert.equal((await inv.post('/api/v1/matches/not-a-uuid/confirm', {})).status, 404);
  assert.equal((await inv.get('/api/v1/matches/01900000-0000-7000-8000-000000000000')).status, 404);
  const list = await inv.ok('/api/v1/matches?status=rejected');
  if (list.items[0]) assertProblem(await inv.post(`/api/v1/matches/${list.items[0].id}/confirm`, { colour: 'red' }), 400, undefined, 'colour');
  // Records with nothing to match on, or odd values, are saved without error and match nothing.
  for (const properties of [{ name: ['   x   '] }, { name: ['Rakhимов Botир'] }, { name: ['٣٤٥'] }]) {
    const r = await person(inv, kz, properties);
    assert.ok([201, 422].includes(r.status), `${r}`);
  }
  assertProblem(await person(inv, kz, { name: ['Someone'], phone: ['call me'] }), 422, undefined, 'properties.phone');
});

test("an informant's identity never shows through a match to a team member without the grant", async () => {
  const inv = await fx.as('investigator');
  for (const kase of [kz, kz2]) {
    const r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
    assert.equal(r.status, 200, `${r}`);
  }
  const a = (await person(inv, kz, { name: ['Ахмедов Рустам'], birthDate: ['1975-08-08'], passportNumber: ['KB3344556'] })).body;
  const inf = await inv.request('PUT', `/api/v1/cases/${kz.id}/entities/${a.id}/involvements/informant`, { body: {} });
  assert.equal(inf.status, 200, `${inf}`);
  const b = (await person(inv, kz2, { name: ['Akhmedov Rustam'], birthDate: ['1975-08-08'], passportNumber: ['KB 3344556'] })).body;
  const analyst = await fx.as('analyst');
  const queue = JSON.stringify((await analyst.ok('/api/v1/matches?limit=200')).items);
  assert.ok(!queue.includes(a.id), 'the informant pair is not in the queue');
  assert.ok(queue.length > 2, 'other pairs of the two cases are');
  assert.equal((await analyst.ok(`/api/v1/cases/${kz2.id}/entities/${b.id}/matches`)).items.length, 0);
  assert.equal((await analyst.ok(`/api/v1/cases/${kz2.id}/entities/${b.id}/cluster`)).members.length, 1);
});
