// The restricted field `victim_notes` (docs/api.md "Cases", DESIGN.md §5): present only for team
// members holding the victim_data grant and supervisors of the owning unit; absent (not empty)
// for everyone else, on every path — view, update answers, history, lists, search.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, listAll, useFixture } from './harness.mjs';

const SECRET_WORD = 'Zhasyrynkoshe';  // appears only in victim_notes
const NOTES = `Victim Zh. sheltered at ${SECRET_WORD} street 12; contact via the coordinator only.`;
let kase;

const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Restricted field case', summary: 'Nothing sensitive here.', victim_notes: NOTES });
  // The analyst joins as a plain member (no grants); so does investigator2.
  for (const username of ['analyst', 'investigator2']) {
    const r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username, team_role: 'member', grants: [] });
    assert.equal(r.status, 200, `${r}`);
  }
  const r = await inv.get(`/api/v1/cases/${kase.id}`);
  kase = r.body;
}});

test('the lead and the supervisor of the unit see victim_notes', async () => {
  assert.equal(kase.victim_notes, NOTES);
  const lead = kase.team.find((m) => m.username === 'investigator');
  assert.deepEqual(lead.grants, ['victim_data']);
  const sup = await fx.as('supervisor');
  const r = await sup.get(`/api/v1/cases/${kase.id}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.victim_notes, NOTES);
});

test('a team member without the victim_data grant gets the case without the victim_notes key', async () => {
  for (const username of ['analyst', 'investigator2']) {
    const c = await fx.as(username);
    const r = await c.get(`/api/v1/cases/${kase.id}`);
    assert.equal(r.status, 200, `${username}: ${r}`);
    assert.equal(r.body.title, kase.title);
    assert.ok(!('victim_notes' in r.body), `${username} must not get the victim_notes key: ${r.text}`);
    assert.ok(!r.text.includes(SECRET_WORD), `${username}: the notes do not leak anywhere in the answer`);
    const member = r.body.team.find((m) => m.username === username);
    assert.deepEqual(member.grants, []);
  }
});

test('a supervisor of another unit does not see the case at all', async () => {
  assertProblem(await (await fx.as('supervisor.kg')).get(`/api/v1/cases/${kase.id}`), 404, 'not_found');
});

test('a member without the grant cannot PATCH victim_notes (and the case is unchanged)', async () => {
  const inv2 = await fx.as('investigator2');
  const r = await inv2.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, victim_notes: 'overwritten' });
  assert.ok(r.status === 403 || r.status === 404, `refused: ${r}`);
  assert.ok(!r.text.includes(SECRET_WORD));
  const an = await fx.as('analyst');
  const r2 = await an.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, victim_notes: 'overwritten' });
  assert.ok(r2.status === 403 || r2.status === 404, `refused: ${r2}`);
  const now = await (await fx.as('investigator')).ok(`/api/v1/cases/${kase.id}`);
  assert.equal(now.version, kase.version, 'no new version');
  assert.equal(now.victim_notes, NOTES);
  // An ordinary field can still be changed by that member, and the answer hides the notes.
  const ok = await inv2.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, summary: 'Updated by a member.' });
  assert.equal(ok.status, 200, `${ok}`);
  assert.equal(ok.body.version, kase.version + 1);
  assert.ok(!('victim_notes' in ok.body));
  kase = ok.body;
});

test('the history hides changes of victim_notes from members without the grant', async () => {
  const inv = await fx.as('investigator');
  const cur = await inv.ok(`/api/v1/cases/${kase.id}`);
  const r = await inv.patch(`/api/v1/cases/${kase.id}`, { version: cur.version, victim_notes: `${NOTES} Moved.` });
  assert.equal(r.status, 200, `${r}`);
  assert.ok(r.body.victim_notes.endsWith('Moved.'));
  const leadHistory = await inv.ok(`/api/v1/cases/${kase.id}/history`);
  assert.ok(leadHistory.items.some((e) => e.changes.some((ch) => ch.field === 'victim_notes')));
  const an = await fx.as('analyst');
  const h = await an.get(`/api/v1/cases/${kase.id}/history`);
  assert.equal(h.status, 200, `${h}`);
  assert.ok(!h.text.includes('victim_notes') && !h.text.includes(SECRET_WORD), `history leaks: ${h.text}`);
});

test('lists never carry victim_notes, for anyone', async () => {
  for (const username of ['investigator', 'supervisor', 'analyst', 'investigator2', 'prosecutor']) {
    const c = await fx.as(username);
    const { items } = await listAll(c, '/api/v1/cases', { limit: 50 });
    for (const item of items) assert.ok(!('victim_notes' in item), `${username}: list item ${item.id} has victim_notes`);
    if (username !== 'prosecutor') assert.ok(items.some((i) => i.id === kase.id), `${username} lists the case`);
  }
});

test('free-text search for a word only in victim_notes finds nothing, even for the lead', async () => {
  for (const username of ['investigator', 'supervisor', 'analyst']) {
    const c = await fx.as(username);
    for (const q of [SECRET_WORD, SECRET_WORD.toLowerCase(), SECRET_WORD.slice(0, 6)]) {
      const r = await c.ok(`/api/v1/cases?q=${encodeURIComponent(q)}`);
      assert.equal(r.total, 0, `${username} q=${q} must find nothing: ${JSON.stringify(r)}`);
      assert.deepEqual(r.items, []);
    }
  }
  // The search itself works: a word of the title finds the case.
  const r = await (await fx.as('analyst')).ok(`/api/v1/cases?q=${encodeURIComponent('Restricted field')}`);
  assert.ok(r.items.some((i) => i.id === kase.id));
});

test('granting victim_data later makes the field appear for that member', async () => {
  const inv = await fx.as('investigator');
  const r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: ['victim_data'] });
  assert.equal(r.status, 200, `${r}`);
  const got = await (await fx.as('analyst')).ok(`/api/v1/cases/${kase.id}`);
  assert.ok(got.victim_notes.includes(SECRET_WORD));
  // …and disappear again when the member is removed from the team (then the case is gone too).
  const analystId = got.team.find((m) => m.username === 'analyst').user_id;
  assert.equal((await inv.delete(`/api/v1/cases/${kase.id}/team/${analystId}`)).status, 200);
  assertProblem(await (await fx.as('analyst')).get(`/api/v1/cases/${kase.id}`), 404, 'not_found');
});
