// Full-text search over the case file (docs/api.md "Search"): notes, statements, document
// text and names in either script, Russian words by their stem; results filtered by
// need-to-know and by restricted content, so a hidden record leaves no trace in the count or
// the snippets; every search audited with the records it returned.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

const WORD = 'Zhelkuduk';  // a place name that appears only in this file's records
let kase, other, recruiter, informant, victim;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: `Вербовка в ${WORD}`, summary: 'Девушек вербовали через объявления о работе официантками.',
    victim_notes: `Shelter near ${WORD} lake` });
  const rec = async (body) => {
    const r = await inv.post(`/api/v1/cases/${kase.id}/entities`, body);
    assert.equal(r.status, 201, `${r}`);
    return r.body;
  };
  recruiter = await rec({ schema: 'Person', properties: { name: ['Каримова Дильноза'], phone: ['+996555123456'] } });
  informant = await rec({ schema: 'Person', properties: { name: ['Бахтияр Источник'] } });
  assert.equal((await inv.request('PUT', `/api/v1/cases/${kase.id}/entities/${informant.id}/involvements/informant`, { body: {} })).status, 200);
  victim = await rec({ schema: 'Person', properties: { name: ['Айгуль Жертва'] } });
  const iv = (await inv.post(`/api/v1/cases/${kase.id}/interviews`, { kind: 'victim', subject_entity_id: victim.id,
    started_at: '2026-11-07T10:00:00Z', present: [{ role: 'support_person', name: 'Counsellor' }] })).body;
  assert.equal((await inv.post(`/api/v1/cases/${kase.id}/interviews/${iv.id}/statements`,
    { text: `Нас держали в подвале в ${WORD}, паспорта забрали.` })).status, 201);
  // The analyst is a plain member: no grants.
  assert.equal((await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] })).status, 200);
  // A second case of another investigator mentions the word too.
  other = await createCase(await fx.as('investigator2'), { title: `Другое дело ${WORD}`, summary: 'Not shared with anyone.' });
}});

const search = (client, q, extra = '') => client.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);

test('Russian words are found by their stem, names in either script and any case form', async () => {
  const inv = await fx.as('investigator');
  let r = await search(inv, 'официантка объявление');  // neither form is in the text as written
  assert.equal(r.status, 200, `${r}`);
  assert.ok(r.body.items.some((i) => i.kind === 'case' && i.record_id === kase.id), `${r}`);
  r = await search(inv, 'Каримовой');
  assert.ok(r.body.items.some((i) => i.kind === 'entity' && i.record_id === recruiter.id), `${r}`);
  r = await search(inv, 'karimova dilnoza');  // the transliteration is indexed beside the name
  const hit = r.body.items.find((i) => i.record_id === recruiter.id);
  assert.ok(hit, `${r}`);
  assert.equal(hit.title, 'Каримова Дильноза');
  assert.equal(hit.case_reference, kase.reference);
  assert.ok(hit.snippet.some((s) => s.hit), 'the snippet marks the matches');
  // A name recorded only in Latin is found from Cyrillic too.
  const latin = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Sabirov Timur'] } })).body;
  r = await search(inv, 'Сабиров', `&case_id=${kase.id}`);
  assert.ok(r.body.items.some((i) => i.record_id === latin.id), `${r}`);
  r = await search(inv, '+996555123456');
  assert.ok(r.body.items.some((i) => i.record_id === recruiter.id), `${r}`);
});

test('a search by a user outside the case finds nothing, and the count says nothing either', async () => {
  for (const username of ['supervisor.kg', 'investigator.kg', 'frontline']) {
    const r = await search(await fx.as(username), WORD);
    assert.equal(r.status, 200, `${username}: ${r}`);
    assert.equal(r.body.total, 0, username);
    assert.deepEqual(r.body.items, [], username);
  }
  const inv = await fx.as('investigator');
  const mine = await search(inv, WORD);
  assert.ok(!mine.body.items.some((i) => i.case_id === other.id), 'investigator2\'s case is not theirs');
  const theirs = await search(await fx.as('investigator2'), WORD);
  assert.deepEqual([...new Set(theirs.body.items.map((i) => i.case_id))], [other.id]);
  // Naming a case one cannot see gives the same empty answer as a case with no match.
  const scoped = await search(await fx.as('investigator2'), WORD, `&case_id=${kase.id}`);
  assert.equal(scoped.body.total, 0);
  // A role that never sees cases cannot search at all.
  assertProblem(await search(await fx.as('auditor'), WORD), 403, 'forbidden');
});

test('restricted content is found only by those who may read it: statements, informants, victim notes', async () => {
  const inv = await fx.as('investigator');
  const an = await fx.as('analyst');
  // The lead holds victim_data: the victim's statement and the restricted notes are theirs.
  const lead = await search(inv, `${WORD} подвал`);
  assert.ok(lead.body.items.some((i) => i.kind === 'statement'), `${lead}`);
  assert.ok((await search(inv, 'shelter lake')).body.items.some((i) => i.kind === 'case'));
  // The analyst sees the case but not what the victim said, nor the shelter.
  const seen = await search(an, WORD, `&case_id=${kase.id}`);
  assert.ok(seen.body.items.every((i) => i.kind !== 'statement'), `${seen}`);
  assert.equal(seen.body.total, seen.body.items.length);
  assert.ok(!seen.text.includes('подвал') && !seen.text.toLowerCase().includes('shelter'), seen.text);
  assert.equal((await search(an, 'подвале')).body.total, 0);
  assert.equal((await search(an, 'shelter lake')).body.total, 0);
  // The informant's name: nobody without the informant_identity grant finds it, not even the lead.
  for (const c of [inv, an, await fx.as('supervisor')]) {
    const r = await search(c, 'Бахтияр Источник');
    assert.equal(r.body.total, 0, `${c.name}: ${r}`);
    assert.ok(!JSON.stringify(r.body.items).includes('Бахтияр'));
  }
});

test('bad queries are refused naming q; every search is audited with what it returned', async () => {
  const inv = await fx.as('investigator');
  assertProblem(await search(inv, ''), 422, 'required', 'q');
  assertProblem(await search(inv, '   '), 422, 'required', 'q');
  assertProblem(await search(inv, '"unclosed phrase'), 422, 'invalid_value', 'q');
  assertProblem(await search(inv, 'x', '&limit=0'), 400, 'invalid_value', 'limit');
  assertProblem(await search(inv, 'x', '&offset=-1'), 422, 'invalid_value', 'offset');
  assertProblem(await search(inv, 'x', '&case_id=nope'), 422, 'invalid_value', 'case_id');
  // FTS5 syntax typed by a user is only words.
  for (const q of ['NEAR(a b)', 'a OR', '* AND ^', 'title:x', '(((', '""']) {
    const r = await search(inv, q);
    assert.ok(r.status === 200 || r.status === 422, `${q}: ${r}`);
  }
  const r = await search(inv, `"в ${WORD}"`);
  assert.equal(r.status, 200, 'a quoted phrase is a phrase');
  assert.ok(r.body.total >= 1);
  const aud = await fx.as('auditor');
  const rows = (await aud.ok(`/api/v1/audit?record=entity:${recruiter.id}&limit=50`)).items;
  const row = rows.find((x) => x.action === 'search' && x.username === 'investigator');
  assert.ok(row, JSON.stringify(rows));
  assert.ok(row.records.includes(`case:${kase.id}`));
  assert.ok(typeof row.detail.q === 'string' && row.detail.total >= 1);
});

test('paging walks the results without repeating one', async () => {
  const inv = await fx.as('investigator');
  for (let i = 0; i < 7; i++)
    await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: [`Pagerson ${i}`] } });
  const first = (await search(inv, 'pagerson', '&limit=3')).body;
  assert.equal(first.total, 7);
  const ids = [];
  for (let offset = 0; offset < 7; offset += 3) ids.push(...(await search(inv, 'pagerson', `&limit=3&offset=${offset}`)).body.items.map((i) => i.record_id));
  assert.equal(new Set(ids).size, 7);
});
