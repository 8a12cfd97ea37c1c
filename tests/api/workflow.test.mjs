// The workflow engine through the API (docs/api.md "Workflow"): a new case starts its
// category's workflow; a step is refused with every unmet guard named, taken once the
// checklist, the fields and a supervisor's approval are there; tasks, notifications, the
// calendar, and an administrator's migration between versions.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase;
const fx = useFixture({ setup: async (fx) => {
  kase = await createCase(await fx.as('investigator'), { title: 'Workflow case' });
}});

const wf = () => `/api/v1/cases/${kase.id}/workflow`;
const step = async (client, transition, extra = {}) => {
  const cur = await client.ok(wf());
  return client.post(`${wf()}/transitions`, { transition, rev: cur.rev, ...extra });
};
const tick = (client, checklist, item, status = 'done', note = '') =>
  client.request('PUT', `/api/v1/cases/${kase.id}/checklists/${checklist}/items/${item}`, { body: { status, note } });

test('a new TIP reactive case starts the victim-led workflow with its tasks and checklists', async () => {
  const inv = await fx.as('investigator');
  const w = await inv.ok(wf());
  assert.equal(w.workflow.id, 'tip_reactive');
  assert.equal(w.state.id, 'victim_first');
  assert.match(w.state.section, /SOP 3\.4/);
  assert.deepEqual(w.checklists.map((c) => c.id), ['victim_needs', 'interview_minimum_standards']);
  const next = w.next_steps.find((s) => s.id === 'start_investigation');
  assert.equal(next.allowed, false);
  assert.deepEqual(next.unmet.map((u) => u.code), ['checklist_incomplete']);
  assert.deepEqual(next.unmet[0].items, ['housing', 'food', 'clothing']);
  const tasks = await inv.ok(`/api/v1/cases/${kase.id}/tasks`);
  const risk = tasks.items.find((t) => t.title.startsWith('Assess the risk'));
  assert.ok(risk, 'the on-enter task was created');
  assert.equal(risk.assignee, 'investigator', 'given to the case lead');
  assert.equal(risk.priority, 'urgent');
  assert.match(risk.title_ru, /Оценить риски/);
  const sup = await fx.as('supervisor');
  const notes = await sup.ok('/api/v1/notifications');
  assert.ok(notes.items.some((n) => n.case_id === kase.id && n.kind === 'workflow'), 'supervisors hear of the new case');
  assert.ok(notes.unread >= 1);
});

test('a refused step names every unmet guard and changes nothing; a stale rev is a conflict', async () => {
  const inv = await fx.as('investigator');
  const before = await inv.ok(wf());
  const r = await step(inv, 'start_investigation');
  assertProblem(r, 422, 'transition_refused', 'transition');
  assert.deepEqual(r.body.unmet.map((u) => u.code), ['checklist_incomplete']);
  assertProblem(await step(inv, 'hand_over'), 422, 'transition_refused');
  const wrong = await step(inv, 'hand_over');
  assert.ok(wrong.body.unmet.some((u) => u.code === 'wrong_state'));
  assertProblem(await step(inv, 'no_such_step'), 422, 'invalid_value', 'transition');
  assertProblem(await inv.post(`${wf()}/transitions`, { transition: 'start_investigation', rev: before.rev + 5 }), 409, 'version_conflict', 'rev');
  assertProblem(await inv.post(`${wf()}/transitions`, { transition: 'start_investigation' }), 400, 'wrong_type', 'rev');
  assertProblem(await inv.post(`${wf()}/transitions`, { transition: 'start_investigation', rev: before.rev, extra: 1 }), 400, 'unknown_field');
  assert.equal((await inv.ok(wf())).rev, before.rev, 'nothing moved');
});

test('checklist items are ticked with a note or marked not applicable with a reason', async () => {
  const inv = await fx.as('investigator');
  assertProblem(await tick(inv, 'victim_needs', 'housing', 'not_applicable', ' '), 422, 'reason_required', 'note');
  assertProblem(await tick(inv, 'victim_needs', 'housing', 'maybe'), 400, 'invalid_value', 'status');
  assert.equal((await tick(inv, 'victim_needs', 'no_such_item')).status, 404);
  let r = await tick(inv, 'victim_needs', 'housing', 'done', 'Placed in the Almaty shelter');
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.progress.done, 1);
  r = await tick(inv, 'victim_needs', 'food');
  r = await tick(inv, 'victim_needs', 'clothing', 'not_applicable', 'Has her own clothes');
  assert.equal(r.body.progress.not_applicable, 1);
  const lists = await inv.ok(`/api/v1/cases/${kase.id}/checklists`);
  const needs = lists.items.find((c) => c.id === 'victim_needs');
  const housing = needs.groups[0].items.find((i) => i.id === 'housing');
  assert.equal(housing.mark.status, 'done');
  assert.equal(housing.mark.note, 'Placed in the Almaty shelter');
  assert.equal(housing.mark.by, 'investigator');
  assert.ok(housing.source.lines, 'each item cites its source lines');
  assert.ok(housing.label.ru);
  // Someone outside the case hears nothing about it.
  assert.equal((await tick(await fx.as('investigator.kg'), 'victim_needs', 'education')).status, 404);
});

test('the step is taken once its guards hold; the case phase follows and PATCH cannot set it', async () => {
  const inv = await fx.as('investigator');
  const r = await step(inv, 'start_investigation', { note: 'Victim safe in the shelter' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.state.id, 'investigation');
  const c = await inv.ok(`/api/v1/cases/${kase.id}`);
  assert.equal(c.state, 'investigation', 'the case list shows the phase');
  assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: c.version, state: 'closed' }), 409, 'state_follows_workflow', 'state');
  const h = r.body.history.at(-1);
  assert.equal(h.transition, 'start_investigation');
  assert.equal(h.by, 'investigator');
  assert.equal(h.note, 'Victim safe in the shelter');
});

test('a guarded step needs a supervisor approval: asked, rejected with a reason, approved, spent', async () => {
  const inv = await fx.as('investigator');
  const sup = await fx.as('supervisor');
  for (const item of ['skeleton_arrest_plan', 'arrests_coordinated']) assert.equal((await tick(inv, 'reactive_investigation', item)).status, 200);
  let r = await step(inv, 'move_to_arrest');
  assertProblem(r, 422, 'transition_refused');
  assert.deepEqual(r.body.unmet.map((u) => u.code), ['approval_required']);
  assertProblem(await inv.post(`/api/v1/cases/${kase.id}/approvals`, { transition: 'start_investigation' }), 422, 'no_approval_needed');
  r = await inv.post(`/api/v1/cases/${kase.id}/approvals`, { transition: 'move_to_arrest', note: 'Three suspects, raids planned' });
  assert.equal(r.status, 201, `${r}`);
  const first = r.body;
  assertProblem(await inv.post(`/api/v1/cases/${kase.id}/approvals`, { transition: 'move_to_arrest' }), 409, 'already_requested');
  const queue = await sup.ok('/api/v1/approvals');
  assert.ok(queue.items.some((a) => a.id === first.id && a.label.en === 'Move to the arrest phase'));
  assert.equal((await inv.get('/api/v1/approvals')).status, 403, 'investigators have no queue');
  assert.equal((await (await fx.as('supervisor.kg')).post(`/api/v1/approvals/${first.id}/decision`, { decision: 'approve' })).status, 404,
    'a supervisor of another unit cannot see it');
  assertProblem(await sup.post(`/api/v1/approvals/${first.id}/decision`, { decision: 'reject' }), 422, 'reason_required', 'reason');
  r = await sup.post(`/api/v1/approvals/${first.id}/decision`, { decision: 'reject', reason: 'Coordinate with the border service first' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.status, 'rejected');
  const told = await inv.ok('/api/v1/notifications?unread=1');
  assert.ok(told.items.some((n) => n.kind === 'approval_decided' && n.message.en.includes('Coordinate with the border service')));
  assertProblem(await step(inv, 'move_to_arrest'), 422, 'transition_refused');
  r = await inv.post(`/api/v1/cases/${kase.id}/approvals`, { transition: 'move_to_arrest', note: 'Border service on board' });
  assert.equal(r.status, 201);
  assertProblem(await sup.post(`/api/v1/approvals/${r.body.id}/decision`, { decision: 'maybe' }), 422, 'invalid_value', 'decision');
  assert.equal((await sup.post(`/api/v1/approvals/${r.body.id}/decision`, { decision: 'approve' })).status, 200);
  assertProblem(await sup.post(`/api/v1/approvals/${r.body.id}/decision`, { decision: 'approve' }), 409, 'already_decided');
  const approved = (await inv.ok(wf())).next_steps.find((s) => s.id === 'move_to_arrest');
  assert.equal(approved.allowed, true);
  assert.equal(approved.approval.status, 'approved');
  r = await step(inv, 'move_to_arrest');
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.state.id, 'arrest');
  const all = await inv.ok(`/api/v1/cases/${kase.id}/approvals`);
  assert.deepEqual(all.items.map((a) => a.status), ['rejected', 'used']);
});

test('a supervisor never approves their own request', async () => {
  const sup = await fx.as('supervisor');
  const own = await createCase(sup, { title: 'Supervisor-led case' });
  const r = await sup.post(`/api/v1/cases/${own.id}/approvals`, { transition: 'suspend', note: 'Victim withdrew' });
  assert.equal(r.status, 201, `${r}`);
  assertProblem(await sup.post(`/api/v1/approvals/${r.body.id}/decision`, { decision: 'approve' }), 403, 'own_request');
});

test('tasks: created, assigned only to someone who may see the case, moved by the assignee, overdue and notified', async () => {
  const inv = await fx.as('investigator');
  const base = `/api/v1/cases/${kase.id}/tasks`;
  assertProblem(await inv.post(base, { title: 'Check the flat', assignee: 'investigator.kg' }), 422, 'not_on_case', 'assignee');
  assertProblem(await inv.post(base, { title: 'Check the flat', due_at: 'tomorrow' }), 422, 'invalid_date', 'due_at');
  assertProblem(await inv.post(base, { title: 'Check the flat', priority: 'asap' }), 422, 'invalid_value', 'priority');
  assertProblem(await inv.post(base, { description: 'no title' }), 422, 'required', 'title');
  const now = await fx.now();
  const due = new Date(now + 3600_000).toISOString();
  let r = await inv.post(base, { title: 'Check the flat on Abay avenue', assignee: 'supervisor', due_at: due, priority: 'high' });
  assert.equal(r.status, 201, `${r}`);
  const task = r.body;
  assert.equal(task.assignee, 'supervisor');
  const sup = await fx.as('supervisor');
  assert.ok((await sup.ok('/api/v1/tasks')).items.some((t) => t.id === task.id), 'on the assignee\'s list');
  assert.ok((await sup.ok('/api/v1/tasks?scope=unit')).items.some((t) => t.id === task.id), 'on the unit\'s list');
  assertProblem(await inv.get('/api/v1/tasks?scope=unit'), 403, 'forbidden');
  const cal = await inv.ok(`/api/v1/calendar?from=${new Date(now - 86400_000).toISOString()}&to=${new Date(now + 86400_000 * 30).toISOString()}`);
  assert.ok(cal.items.some((e) => e.kind === 'task'), 'the lead\'s tasks are on the calendar');
  await fx.advance(2 * 3600);
  fx.clients.clear();  // the sessions timed out meanwhile
  const sup2 = await fx.as('supervisor');
  const overdue = await sup2.ok('/api/v1/tasks?overdue=1');
  assert.ok(overdue.items.some((t) => t.id === task.id && t.overdue));
  const notes = await sup2.ok('/api/v1/notifications?unread=1');
  assert.ok(notes.items.some((n) => n.kind === 'task_overdue' && n.message.en.includes('Check the flat')), 'the sweep told the assignee');
  r = await sup2.patch(`/api/v1/tasks/${task.id}`, { version: task.version, status: 'done' });
  assert.equal(r.status, 200, `${r}`);
  assertProblem(await sup2.patch(`/api/v1/tasks/${task.id}`, { version: task.version, status: 'open' }), 409, 'version_conflict');
  assert.equal((await (await fx.as('investigator.kg')).patch(`/api/v1/tasks/${task.id}`, { version: 2, status: 'open' })).status, 404);
  // Notifications are read one by one or all at once.
  const one = notes.items[0];
  r = await sup2.post(`/api/v1/notifications/${one.id}/read`);
  assert.equal(r.status, 200);
  assert.equal(r.body.unread, notes.unread - 1);
  r = await sup2.post('/api/v1/notifications/read-all');
  assert.equal(r.body.unread, 0);
  assert.equal((await sup2.ok('/api/v1/notifications/unread-count')).unread, 0);
  assert.equal((await (await fx.as('investigator')).post(`/api/v1/notifications/${one.id}/read`)).status, 404, 'not someone else\'s');
});

test('definitions are readable for the diagram; a migration needs a newer version and a complete mapping', async () => {
  const admin = await fx.as('admin');
  const defs = await admin.ok('/api/v1/workflows');
  assert.ok(defs.items.some((d) => d.id === 'disruption' && d.latest));
  const doc = await admin.ok('/api/v1/workflows/tip_reactive/1');
  assert.equal(doc.initial, 'victim_first');
  assert.equal((await admin.get('/api/v1/workflows/tip_reactive/99')).status, 404);
  assert.equal((await admin.get(wf())).status, 404, 'the administrator sees no case');
  assertProblem(await admin.post('/api/v1/admin/workflows/migrate', { workflow: 'tip_reactive', from_version: 1, to_version: 2 }), 422, 'invalid_value', 'to_version');
  assertProblem(await admin.post('/api/v1/admin/workflows/migrate', { workflow: 'tip_reactive', from_version: 1, to_version: 1 }), 400, 'invalid_value', 'to_version');
  assertProblem(await admin.post('/api/v1/admin/workflows/migrate', { workflow: 'tip_reactive', from_version: '1', to_version: 2 }), 400, 'wrong_type', 'from_version');
  assert.equal((await (await fx.as('supervisor')).post('/api/v1/admin/workflows/migrate', { workflow: 'tip_reactive', from_version: 1, to_version: 1 })).status, 403);
});

test('the calendar shows hearings of the cases one may see, and nobody else\'s', async () => {
  const inv = await fx.as('investigator');
  const now = await fx.now();
  const day = new Date(now + 5 * 86400_000).toISOString().slice(0, 10);
  const r = await inv.post(`/api/v1/cases/${kase.id}/entities`,
    { schema: 'Event', properties: { name: ['Preliminary hearing, Almaty city court'], eventType: ['hearing'], date: [day] } });
  assert.equal(r.status, 201, `${r}`);
  const range = `from=${new Date(now).toISOString()}&to=${new Date(now + 30 * 86400_000).toISOString()}`;
  const mine = await inv.ok(`/api/v1/calendar?${range}`);
  const hearing = mine.items.find((e) => e.kind === 'hearing' && e.hearing.entity_id === r.body.id);
  assert.ok(hearing, 'the lead sees the hearing');
  assert.equal(hearing.hearing.date, day);
  assert.equal(hearing.hearing.case_id, kase.id);
  const other = await (await fx.as('investigator.kg')).ok(`/api/v1/calendar?${range}`);
  assert.ok(!other.items.some((e) => e.kind === 'hearing' && e.hearing.entity_id === r.body.id), 'another unit does not');
  assertProblem(await inv.get('/api/v1/calendar?from=2026-12-10T00:00:00Z&to=2026-12-01T00:00:00Z'), 400, 'invalid_value', 'to');
  assertProblem(await inv.get('/api/v1/calendar?from=yesterday'), 400, 'invalid_date', 'from');
});

test('a task assigned to someone later taken off the case no longer shows on their list', async () => {
  const inv = await fx.as('investigator');
  const own = await createCase(inv, { title: 'Team change case' });
  let r = await inv.post(`/api/v1/cases/${own.id}/team`, { username: 'investigator2', team_role: 'member', grants: [] });
  assert.equal(r.status, 200, `${r}`);
  r = await inv.post(`/api/v1/cases/${own.id}/tasks`, { title: 'Trace the bank transfers', assignee: 'investigator2' });
  assert.equal(r.status, 201, `${r}`);
  const task = r.body;
  const inv2 = await fx.as('investigator2');
  assert.ok((await inv2.ok('/api/v1/tasks')).items.some((t) => t.id === task.id));
  const member = (await inv.ok(`/api/v1/cases/${own.id}`)).team.find((m) => m.username === 'investigator2');
  assert.equal((await inv.delete(`/api/v1/cases/${own.id}/team/${member.user_id}`)).status, 200);
  assert.ok(!(await inv2.ok('/api/v1/tasks')).items.some((t) => t.id === task.id), 'need-to-know: gone with the case');
});
