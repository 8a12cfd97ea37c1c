// Interviews and statements (docs/api.md "Interviews"): kind, PEACE stage, who was present,
// language, place, consent, the SOP's Annex A checklist; a child interview without a guardian or
// support person is refused with the reason; a statement is never overwritten; the statements
// of victims and children are restricted like the victim's own data.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, girl, witness, mother;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Interviews case' });
  const rec = async (name) => {
    const r = await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: [name] } });
    assert.equal(r.status, 201, `${r}`);
    return r.body;
  };
  girl = await rec('Айжан (14)');
  witness = await rec('Neighbour Witness');
  mother = await rec('Мать Айжан');
  const r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
  assert.equal(r.status, 200, `${r}`);
}});

const base = () => `/api/v1/cases/${kase.id}/interviews`;

test('a child is never interviewed without a guardian or a support person present', async () => {
  const inv = await fx.as('investigator');
  const body = { kind: 'child', subject_entity_id: girl.id, started_at: '2026-11-05T10:00:00Z', language: 'kk',
    place: 'Child-friendly room, Almaty CTU', present: [{ role: 'interviewer', name: 'Lt. D. Omarova' }] };
  assertProblem(await inv.post(base(), body), 422, 'child_needs_guardian', 'present');
  assert.equal((await inv.ok(base())).total, 0, 'nothing was recorded');
  const ok = await inv.post(base(), { ...body, present: [...body.present, { role: 'guardian', name: 'Mother', entity_id: mother.id }],
    peace_stage: 'planning_preparation', checklist: ['private_room', 'phones_off'] });
  assert.equal(ok.status, 201, `${ok}`);
  assert.equal(ok.body.kind, 'child');
  assert.equal(ok.body.subject.caption, 'Айжан (14)');
  assert.deepEqual(ok.body.checklist, ['phones_off', 'private_room']);
  // Taking the guardian away later is refused the same way.
  assertProblem(await inv.patch(`${base()}/${ok.body.id}`, { version: 1, present: [{ role: 'interviewer', name: 'Lt. D. Omarova' }] }),
    422, 'child_needs_guardian', 'present');
});

test('bad interview input is refused naming the field', async () => {
  const inv = await fx.as('investigator');
  const good = { kind: 'witness', subject_entity_id: witness.id, started_at: '2026-11-05T12:00:00Z' };
  assertProblem(await inv.post(base(), { ...good, kind: 'friend' }), 422, 'invalid_value', 'kind');
  assertProblem(await inv.post(base(), { ...good, peace_stage: 'chat' }), 422, 'invalid_value', 'peace_stage');
  assertProblem(await inv.post(base(), { ...good, checklist: ['free_coffee'] }), 422, 'invalid_value', 'checklist');
  assertProblem(await inv.post(base(), { ...good, started_at: 'morning' }), 422, 'invalid_date', 'started_at');
  assertProblem(await inv.post(base(), { ...good, ended_at: '2026-11-05T11:00:00Z' }), 422, 'invalid_date', 'ended_at');
  assertProblem(await inv.post(base(), { ...good, subject_entity_id: kase.id }), 422, 'unknown_entity', 'subject_entity_id');
  assertProblem(await inv.post(base(), { ...good, present: [{ role: 'judge', name: 'X' }] }), 422, 'invalid_value', 'present');
  assertProblem(await inv.post(base(), { ...good, consent: 'yes' }), 400, 'wrong_type', 'consent');
  const { subject_entity_id, ...noSubject } = good;
  assertProblem(await inv.post(base(), noSubject), 422, 'required', 'subject_entity_id');
});

test('a statement is never overwritten: a correction is a new version and the earlier ones stay readable', async () => {
  const inv = await fx.as('investigator');
  const iv = (await inv.post(base(), { kind: 'witness', subject_entity_id: witness.id, started_at: '2026-11-06T09:00:00Z',
    consent: true, peace_stage: 'account' })).body;
  let r = await inv.post(`${base()}/${iv.id}/statements`, { text: 'I saw two vans at night.', language: 'ru' });
  assert.equal(r.status, 201, `${r}`);
  r = await inv.post(`${base()}/${iv.id}/statements`, { text: 'I saw two vans at night, around 2 a.m., white.', note: 'added after reading back' });
  assert.equal(r.status, 201);
  const got = await inv.ok(`${base()}/${iv.id}`);
  assert.deepEqual(got.statements.map((s) => [s.version, s.text]), [
    [1, 'I saw two vans at night.'], [2, 'I saw two vans at night, around 2 a.m., white.']]);
  assert.equal(got.statements[1].note, 'added after reading back');
  assert.equal(got.statements[0].recorded_by, 'investigator');
  assertProblem(await inv.post(`${base()}/${iv.id}/statements`, { text: '' }), 422, 'required', 'text');
  assertProblem(await inv.patch(`${base()}/${iv.id}`, { version: 9, place: 'x' }), 409, 'version_conflict');
  const up = await inv.patch(`${base()}/${iv.id}`, { version: 1, peace_stage: 'closure', ended_at: '2026-11-06T10:30:00Z' });
  assert.equal(up.status, 200, `${up}`);
  assert.equal(up.body.version, 2);
  assert.equal(up.body.statements.length, 2, 'changing the record leaves the statements alone');
});

test('the statements of a child or victim interview are hidden from team members without the grant', async () => {
  const inv = await fx.as('investigator');
  const iv = (await inv.post(base(), { kind: 'victim', subject_entity_id: girl.id, started_at: '2026-11-07T10:00:00Z',
    present: [{ role: 'support_person', name: 'NGO counsellor' }] })).body;
  const words = 'He took our passports at the border';
  assert.equal((await inv.post(`${base()}/${iv.id}/statements`, { text: words })).status, 201);
  assert.equal((await inv.ok(`${base()}/${iv.id}`)).statements[0].text, words, 'the lead holds victim_data');
  assert.equal((await (await fx.as('supervisor')).ok(`${base()}/${iv.id}`)).statements[0].text, words);
  const an = await fx.as('analyst');
  const seen = await an.get(`${base()}/${iv.id}`);
  assert.equal(seen.status, 200);
  assert.equal(seen.body.statements_restricted, true);
  assert.equal(seen.body.statements.length, 1, 'that a statement exists is visible, its words are not');
  assert.ok(!('text' in seen.body.statements[0]));
  assert.ok(!seen.text.includes('passports'));
  assert.ok(!(await an.get(base())).text.includes('passports'));
  // A witness statement is ordinary case content for the same analyst.
  const w = (await inv.post(base(), { kind: 'witness', subject_entity_id: witness.id, started_at: '2026-11-07T12:00:00Z' })).body;
  await inv.post(`${base()}/${w.id}/statements`, { text: 'The vans were white.' });
  assert.equal((await an.ok(`${base()}/${w.id}`)).statements[0].text, 'The vans were white.');
  // The analyst's role never writes case content anyway; an outsider does not see the interview at all.
  assertProblem(await an.post(`${base()}/${iv.id}/statements`, { text: 'x' }), 403, 'forbidden');
  assertProblem(await (await fx.as('supervisor.kg')).get(`${base()}/${iv.id}`), 404, 'not_found');
  const aud = await fx.as('auditor');
  const rows = (await aud.ok(`/api/v1/audit?record=interview:${iv.id}&limit=50`)).items;
  assert.ok(rows.some((r) => r.action === 'interview.read' && r.username === 'analyst'));
  assert.ok(rows.some((r) => r.action === 'interview.statement' && r.username === 'investigator'));
});

test('an informant interviewed stays anonymous to those without the grant', async () => {
  const inv = await fx.as('investigator');
  const src = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Secret Source'] } })).body;
  await inv.request('PUT', `/api/v1/cases/${kase.id}/entities/${src.id}/involvements/informant`, { body: {} });
  const iv = await inv.post(base(), { kind: 'witness', subject_entity_id: src.id, started_at: '2026-11-08T10:00:00Z' });
  assert.equal(iv.status, 201, `${iv}`);
  assert.equal(iv.body.subject.caption, null);
  assert.equal(iv.body.subject.identity_restricted, true);
  assert.ok(!iv.text.includes('Secret Source'));
});
