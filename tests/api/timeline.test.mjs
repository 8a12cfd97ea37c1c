// The case timeline (docs/api.md "Timeline"): Event records with partial dates and ranges,
// places and involved records, plus trips and payments, in date order; filtered by a person and
// by type; restricted properties still hidden; every item audited.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, victim, recruiter, other;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Timeline case' });
  other = await createCase(inv, { title: 'Other timeline case' });
  const rec = async (body) => {
    const r = await inv.post(`/api/v1/cases/${kase.id}/entities`, body);
    assert.equal(r.status, 201, `${r}`);
    return r.body;
  };
  victim = await rec({ schema: 'Person', properties: { name: ['Мадина Victim'] } });
  recruiter = await rec({ schema: 'Person', properties: { name: ['Farhod Recruiter'] } });
  const from = await rec({ schema: 'Address', properties: { full: ['Tashkent bus station'] } });
  const to = await rec({ schema: 'Address', properties: { full: ['Almaty, Sayakhat'] } });
  await rec({ schema: 'Event', properties: { name: ['Court hearing'], eventType: ['hearing'], date: ['2026-06-03'] } });
  await rec({ schema: 'Event', properties: { name: ['Offer of a job in a café'], eventType: ['recruitment'], date: ['2025'],
    involved: [victim.id, recruiter.id], location: ['Samarkand'] } });
  await rec({ schema: 'Event', properties: { name: ['Work without pay'], eventType: ['exploitation'],
    startDate: ['2025-03'], endDate: ['2025-09-14'], involved: [victim.id] } });
  await rec({ schema: 'Trip', properties: { name: ['Bus to Almaty'], startLocation: [from.id], endLocation: [to.id],
    startDate: ['2025-02-20'], involved: [victim.id] } });
  await rec({ schema: 'Event', properties: { name: ['Undated rumour'], eventType: ['other'] } });
}});

const url = (q = '') => `/api/v1/cases/${kase.id}/timeline${q}`;

test('events, trips and payments come in date order; partial dates before the days they contain, undated last', async () => {
  const inv = await fx.as('investigator');
  const t = await inv.ok(url());
  assert.deepEqual(t.items.map((e) => e.caption),
    ['Offer of a job in a café', 'Bus to Almaty', 'Work without pay', 'Court hearing', 'Undated rumour']);
  const work = t.items[2];
  assert.deepEqual(work.timeline, { type: 'exploitation', start: '2025-03', end: '2025-09-14' });
  assert.equal(t.items[1].timeline.type, 'transport');
  assert.equal(t.items[4].timeline.start, null);
  assert.equal(t.truncated, false);
});

test('the timeline filters by a person involved and by type', async () => {
  const inv = await fx.as('investigator');
  const mine = await inv.ok(url(`?entity=${victim.id}`));
  assert.deepEqual(mine.items.map((e) => e.caption), ['Offer of a job in a café', 'Bus to Almaty', 'Work without pay']);
  const his = await inv.ok(url(`?entity=${recruiter.id}`));
  assert.deepEqual(his.items.map((e) => e.caption), ['Offer of a job in a café']);
  const hearings = await inv.ok(url('?type=hearing'));
  assert.deepEqual(hearings.items.map((e) => e.caption), ['Court hearing']);
  const both = await inv.ok(url(`?type=transport&entity=${victim.id}`));
  assert.deepEqual(both.items.map((e) => e.caption), ['Bus to Almaty']);
  assertProblem(await inv.get(url('?type=party')), 400, 'invalid_value', 'type');
  assertProblem(await inv.get(url('?entity=nobody')), 400, 'invalid_value', 'entity');
});

test('an event type must be one of the list; event dates are checked like any date', async () => {
  const inv = await fx.as('investigator');
  assertProblem(await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Event', properties: { name: ['x'], eventType: ['party'] } }),
    422, 'invalid_value', 'properties.eventType');
  assertProblem(await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Event', properties: { name: ['x'], startDate: ['2025-13'] } }),
    422, 'invalid_date', 'properties.startDate');
});

test('outsiders get 404; the timeline is audited with every item it returned', async () => {
  assertProblem(await (await fx.as('supervisor.kg')).get(url()), 404, 'not_found');
  const inv = await fx.as('investigator');
  // A record of one case names nothing in another case's timeline.
  assert.deepEqual((await inv.ok(`/api/v1/cases/${other.id}/timeline?entity=${victim.id}`)).items, []);
  const t = await inv.ok(url());
  const aud = await fx.as('auditor');
  const row = (await aud.ok('/api/v1/audit?user=investigator&action=case.timeline&limit=1')).items[0];
  assert.ok(row.records.includes(`case:${kase.id}`));
  for (const e of t.items) assert.ok(row.records.includes(`entity:${e.id}`), `${e.caption} is named`);
});
