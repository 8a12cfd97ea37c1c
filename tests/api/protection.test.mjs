// Victim identification and protection through the API (docs/api-protection.md): screening
// with indicator sets, the frontline report and its hand-over, the legal assessment, the
// protection file with its two status tracks, the reflection period, consent, referral to a
// partner who sees nothing else, overdue referrals, child safeguards, statistics.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, victim, unitId;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Protection case' });
  const e = await inv.post(`/api/v1/cases/${kase.id}/entities`, {
    schema: 'Person', properties: { name: ['Гульнара Абдуллаева'], birthDate: ['1999-03-02'] },
  });
  assert.equal(e.status, 201, `${e}`);
  victim = e.body;
  const units = await inv.ok('/api/v1/units');
  unitId = (units.items ?? units).find((u) => u.code === 'KZ-ALM-CTU').id;
}});

const shelter = async (client) => (await client.ok('/api/v1/partners')).items.find((p) => p.name.startsWith("Shelter 'Sana Sezim'"));
const decide = (client, file, track, to, extra = {}) =>
  client.post(`/api/v1/protection-files/${file.id}/decisions`, { track, to, grounds: 'Indicators observed and statement taken', version: file.version, ...extra });

test('indicator sets are served with their groups and sources, versioned', async () => {
  const fl = await fx.as('frontline');
  const sets = await fl.ok('/api/v1/indicator-sets');
  const general = sets.items.find((s) => s.id === 'sop_general');
  assert.equal(general.count, 26);
  assert.equal(general.version, 1);
  for (const id of ['sop_children', 'sop_sexual', 'sop_labour', 'sop_domestic', 'sop_begging', 'icmpd_border', 'osce_risk_factors', 'ilo_forced_labour'])
    assert.ok(sets.items.some((s) => s.id === id), id);
  const full = await fl.ok('/api/v1/indicator-sets/sop_general/1');
  assert.equal(full.indicators.length, 26);
  assert.ok(full.indicators.every((i) => i.text.en && i.text.ru && i.group && typeof i.direct === 'boolean' && i.source.document));
  assert.ok(full.indicators.every((i) => !('weight' in i)), 'no invented weights');
  assert.equal((await fl.get('/api/v1/indicator-sets/sop_general/9')).status, 404);
  assert.equal((await fl.get('/api/v1/indicator-sets/nothing')).status, 404);
});

test('a frontline report with a quick screening reaches the specialised unit, which opens a case from it', async () => {
  const fl = await fx.as('frontline');
  const blocks = { exploitation_type: 'Labour exploitation at a brick factory', countries: 'UZ → KZ', persons: 'Three men, one with injuries' };
  const r = await fl.post('/api/v1/frontline-reports', { blocks, location: 'Astana airport, gate 4' });
  assert.equal(r.status, 201, `${r}`);
  const rep = r.body;
  assert.match(rep.reference, /^FR-\d{4}-\d{6}$/);
  assert.equal(rep.state, 'draft');
  assertProblem(await fl.post('/api/v1/frontline-reports', { blocks: { weather: 'sunny' } }), 422, 'invalid_value', 'blocks.weather');
  assertProblem(await fl.post('/api/v1/frontline-reports', { blocks: { countries: 5 } }), 400, 'wrong_type', 'blocks.countries');

  const sets = ['sop_general', 'sop_labour'];
  const general = await fl.ok('/api/v1/indicator-sets/sop_general');
  const direct = general.indicators.find((i) => i.direct);
  const indirect = general.indicators.find((i) => !i.direct);
  assertProblem(await fl.post('/api/v1/screenings', { subject: { report_id: rep.id }, sets, observations: [{ indicator: 'sop_begging.x' }] }),
    422, 'invalid_value', 'observations[0].indicator');
  const s1 = await fl.post('/api/v1/screenings', { subject: { report_id: rep.id }, sets, observations: [{ indicator: indirect.id, note: 'speaks only Uzbek' }] });
  assert.equal(s1.status, 201, `${s1}`);
  assert.equal(s1.body.result.recommendation, 'enquire_further');
  assert.match(s1.body.result.notice.en, /never decide/);
  assert.ok(!('score' in s1.body.result), 'no overall score');
  assert.deepEqual(s1.body.sets, [{ id: 'sop_general', version: 1 }, { id: 'sop_labour', version: 1 }], 'the versions used are kept');
  const group = s1.body.result.groups.find((g) => g.set === 'sop_general' && g.group === indirect.group);
  assert.equal(group.observed, 1);
  const s2 = await fl.post('/api/v1/screenings', { subject: { report_id: rep.id }, sets, observations: [{ indicator: direct.id, note: 'employer holds passports' }, { indicator: indirect.id }] });
  assert.equal(s2.body.result.recommendation, 'refer_specialised_unit');
  const s3 = await fl.post('/api/v1/screenings', { subject: { report_id: rep.id }, sets: ['sop_general'], observations: [] });
  assert.equal(s3.body.result.recommendation, 'no_indicators_observed');

  const edited = await fl.patch(`/api/v1/frontline-reports/${rep.id}`, { version: rep.version, blocks: { ...blocks, vehicles: 'White minibus' } });
  assert.equal(edited.status, 200, `${edited}`);
  assertProblem(await fl.patch(`/api/v1/frontline-reports/${rep.id}`, { version: rep.version, blocks }), 409, 'version_conflict');

  // Nobody else sees a draft.
  const inv = await fx.as('investigator');
  assert.equal((await inv.get(`/api/v1/frontline-reports/${rep.id}`)).status, 404);
  assert.ok(!(await inv.ok('/api/v1/frontline-reports/inbox')).items.some((x) => x.id === rep.id));

  const h = await fl.post(`/api/v1/frontline-reports/${rep.id}/handover`, { unit_id: 'KZ-ALM-CTU' });
  assert.equal(h.status, 200, `${h}`);
  assert.equal(h.body.state, 'handed_over');
  assertProblem(await fl.patch(`/api/v1/frontline-reports/${rep.id}`, { version: h.body.version, blocks }), 409, 'already_handed_over');
  assertProblem(await fl.post(`/api/v1/frontline-reports/${rep.id}/handover`, { unit_id: 'KZ-ALM-CTU' }), 409, 'already_handed_over');

  const inbox = await inv.ok('/api/v1/frontline-reports/inbox');
  const mine = inbox.items.find((x) => x.id === rep.id);
  assert.ok(mine, 'in the unit\'s inbox');
  assert.equal(mine.screenings.length, 3);
  assert.equal(mine.blocks.vehicles, 'White minibus');
  const kg = await fx.as('investigator.kg');
  assert.equal((await kg.get(`/api/v1/frontline-reports/${rep.id}`)).status, 404, 'another unit does not see it');
  assert.ok(!(await kg.ok('/api/v1/frontline-reports/inbox')).items.some((x) => x.id === rep.id));
  assert.equal((await fl.post(`/api/v1/frontline-reports/${rep.id}/open-case`, { title: 'x' })).status, 403);

  const opened = await inv.post(`/api/v1/frontline-reports/${rep.id}/open-case`, {
    title: 'Brick factory, Astana', category: 'tip', forms_of_exploitation: ['labour'], approach: 'reactive',
    jurisdiction: { country: 'KZ', region: 'Astana' },
  });
  assert.equal(opened.status, 201, `${opened}`);
  assert.equal(opened.body.report.state, 'case_opened');
  const c = await inv.ok(`/api/v1/cases/${opened.body.case.id}`);
  assert.equal(c.trigger, 'frontline_report');
  assertProblem(await inv.post(`/api/v1/frontline-reports/${rep.id}/open-case`, { title: 'again', category: 'tip', approach: 'reactive', jurisdiction: { country: 'KZ' } }), 409, 'already_exists');
  assert.equal((await fl.ok(`/api/v1/frontline-reports/${rep.id}`)).case.id, c.id, 'the officer sees where the report went');
});

test('the legal assessment proposes, with reasons and national notes, and keeps its history', async () => {
  const inv = await fx.as('investigator');
  const url = `/api/v1/cases/${kase.id}/legal-assessments`;
  const first = await inv.post(url, { subject_entity_id: victim.id, child: false, border_crossed: true, illegal_entry: true, benefit: true, continuing_control: true });
  assert.equal(first.status, 201, `${first}`);
  assert.equal(first.body.result.proposal, 'smuggling');
  assert.equal(first.body.jurisdiction, 'KZ', 'the case\'s jurisdiction by default');
  assert.ok(first.body.result.reasons.some((r) => r.code === 'smuggling_may_become_trafficking' && r.text.ru));
  const second = await inv.post(url, {
    subject_entity_id: victim.id, child: false, border_crossed: true, illegal_entry: true, benefit: true, continuing_control: true, consent_claimed: true,
    acts: [{ id: 'harbouring', evidence: [`entity:${victim.id}`] }], means: [{ id: 'abuse_of_vulnerability' }], purposes: [{ id: 'forced_labour' }],
  });
  assert.equal(second.body.result.proposal, 'both');
  assert.ok(second.body.result.reasons.some((r) => r.code === 'consent_irrelevant'));
  assert.deepEqual(second.body.result.national.map((n) => n.code), ['national_consent_rule_missing'], 'Kazakh law lacks the consent rule (SOP table)');
  const history = await inv.ok(url);
  assert.deepEqual(history.items.slice(0, 2).map((a) => a.result.proposal), ['both', 'smuggling'], 'newest first, the old one kept');
  assertProblem(await inv.post(url, { acts: [{ id: 'recruitment', evidence: ['document:019a0000-0000-7000-8000-000000000001'] }] }), 422, 'unknown_record', 'acts[0].evidence[0]');
  assertProblem(await inv.post(url, { means: [{ id: 'magic' }] }), 422, 'invalid_value', 'means[0].id');
  assertProblem(await inv.post(url, { child: 'yes' }), 400, 'wrong_type', 'child');
  assertProblem(await inv.post(url, { jurisdiction: 'FR' }), 422, 'invalid_value', 'jurisdiction');
  assert.equal((await (await fx.as('investigator.kg')).get(url)).status, 404);
});

test('a protection file for a victim of a case: two status tracks, the competent authority, the reflection period', async () => {
  const inv = await fx.as('investigator');
  const r = await inv.post('/api/v1/protection-files', { case_id: kase.id, entity_id: victim.id, person: { name: 'Гульнара Абдуллаева', sex: 'female', birth_date: '1999-03-02', nationality: 'UZ' }, forms_of_exploitation: ['labour'] });
  assert.equal(r.status, 201, `${r}`);
  let file = r.body;
  assert.match(file.reference, /^PF-\d{4}-\d{6}$/);
  assert.equal(file.jurisdiction, 'KZ');
  assert.equal(file.assistance_status, 'potential');
  assert.equal(file.procedural_status, 'none');
  assert.equal(file.child, false);
  assert.equal(file.reflection, null);

  assertProblem(await decide(inv, file, 'assistance', 'identified'), 422, 'status_refused', 'to');
  assertProblem(await decide(inv, file, 'assistance', 'presumed', { grounds: '' }), 422, 'required', 'grounds');
  assertProblem(await decide(inv, file, 'assistance', 'presumed', { version: file.version + 3 }), 409, 'version_conflict');
  const presumed = await decide(inv, file, 'assistance', 'presumed');
  assert.equal(presumed.status, 201, `${presumed}`);
  file = presumed.body;
  assert.equal(file.assistance_status, 'presumed');
  assert.equal(file.reflection.days, 30);
  assert.equal(file.reflection.running, true);
  assert.equal(file.reflection.verified, false);
  const now = await fx.now();
  const cal = await inv.ok(`/api/v1/calendar?from=${new Date(now).toISOString()}&to=${new Date(now + 40 * 86400_000).toISOString()}`);
  assert.ok(cal.items.some((e) => e.kind === 'timer' && e.timer.name === 'reflection_period' && e.timer.label.ru), 'the calendar shows its end');

  assertProblem(await decide(inv, file, 'assistance', 'identified'), 403, 'not_competent');
  const sup = await fx.as('supervisor');
  const identified = await decide(sup, file, 'assistance', 'identified', { grounds: 'Elements of the offence established' });
  assert.equal(identified.status, 201, `${identified}`);
  file = identified.body;

  file = (await decide(inv, file, 'procedural', 'witness')).body;
  assertProblem(await decide(inv, file, 'procedural', 'status_lost'), 422, 'reason_required', 'reason');
  const lost = await decide(inv, file, 'procedural', 'status_lost', { reason: 'lack of evidence' });
  assert.equal(lost.status, 201);
  file = lost.body;
  assert.equal(file.procedural_status, 'status_lost');
  assert.equal(file.assistance_status, 'identified', 'assistance does not follow the procedural status');
  assert.deepEqual(file.decisions.map((d) => `${d.track}:${d.to}`), ['assistance:presumed', 'assistance:identified', 'procedural:witness', 'procedural:status_lost']);
  assert.ok(file.decisions.every((d) => d.by.username && d.at && d.grounds));

  // During the reflection period no removal or return.
  assertProblem(await inv.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'return' }), 422, 'reflection_period_running', 'kind');
  assertProblem(await inv.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'removal' }), 422, 'reflection_period_running', 'kind');
  assert.equal((await inv.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'shelter_placement', note: 'Sana Sezim' })).status, 201);

  // The case's team sees the file; another unit does not; the prosecutor's role has no protection files.
  assert.ok((await inv.ok(`/api/v1/protection-files?case_id=${kase.id}`)).items.some((f) => f.id === file.id));
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/protection-files/${file.id}`)).status, 404);
  assert.equal((await (await fx.as('analyst')).get(`/api/v1/protection-files/${file.id}`)).status, 403);
  assert.equal((await (await fx.as('coordinator')).get(`/api/v1/protection-files/${file.id}`)).status, 200, 'the national coordinator sees every file');
});

test('consent, referral to a partner who sees only what the consent covers, and the partner\'s answers', async () => {
  const inv = await fx.as('investigator');
  const ngo = await fx.as('ngo');
  const org = await shelter(inv);
  let file = (await inv.post('/api/v1/protection-files', { case_id: kase.id, person: { name: 'Ойгул Турсунова', sex: 'female', birth_date: '1995', nationality: 'TJ', contact: '+7 701 000 0000' } })).body;
  file = (await decide(inv, file, 'assistance', 'presumed')).body;
  const refer = (body) => inv.post(`/api/v1/protection-files/${file.id}/referrals`, body);
  assertProblem(await refer({ organisation_id: org.id, service: 'rehabilitation' }), 422, 'consent_required', 'consent_id');
  assertProblem(await refer({ organisation_id: org.id, service: 'health_care' }), 422, 'invalid_value', 'service');
  assertProblem(await refer({ organisation_id: org.id, service: 'teleportation' }), 422, 'invalid_value', 'service');

  assertProblem(await inv.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given' }), 422, 'required', 'organisations');
  const refused = await inv.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'refused', organisations: [org.id] });
  assert.equal(refused.status, 201);
  const refusedId = refused.body.consents.at(-1).id;
  assertProblem(await refer({ organisation_id: org.id, service: 'rehabilitation', consent_id: refusedId }), 422, 'consent_required');
  const given = await inv.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id], data: ['identity'], note: 'signed form' });
  const consent = given.body.consents.at(-1);
  assert.equal(consent.active, true);
  const referred = await refer({ organisation_id: org.id, service: 'rehabilitation', consent_id: consent.id, note: 'needs a bed tonight', urgent: true });
  assert.equal(referred.status, 201, `${referred}`);
  const ref = referred.body.referrals.at(-1);
  assert.equal(ref.state, 'requested');
  assert.ok(ref.due_at);

  // The partner: its inbox, the person as far as the consent goes, and nothing else.
  const inbox = await ngo.ok('/api/v1/referrals');
  const seen = inbox.items.find((x) => x.id === ref.id);
  assert.ok(seen, 'addressed to the shelter');
  assert.equal(seen.person.name, 'Ойгул Турсунова');
  assert.equal(seen.person.contact, undefined, 'contact not covered by the consent');
  assert.equal(seen.person.forms_of_exploitation, undefined);
  assert.equal((await ngo.get(`/api/v1/protection-files/${file.id}`)).status, 404, 'the file stays with its holder');
  assert.ok(!(await ngo.ok('/api/v1/protection-files')).items.some((f) => f.id === file.id));
  assert.equal((await ngo.post(`/api/v1/protection-files/${file.id}/decisions`, { track: 'assistance', to: 'not_confirmed', grounds: 'x', version: file.version })).status, 404);
  assert.equal((await ngo.get(`/api/v1/cases/${kase.id}`)).status, 404);
  assert.equal((await ngo.get('/api/v1/cases')).status, 403);
  const notes = await ngo.ok('/api/v1/notifications');
  assert.ok(notes.items.some((n) => n.kind === 'referral'), 'the partner was told');

  const move = (client, to, extra = {}) => client.post(`/api/v1/referrals/${ref.id}/transitions`, { to, version: ref.version, ...extra });
  assertProblem(await move(inv, 'accepted'), 403, 'forbidden');
  assertProblem(await move(ngo, 'rejected'), 422, 'reason_required', 'reason');
  assertProblem(await move(ngo, 'completed'), 422, 'status_refused', 'to');
  assertProblem(await move(ngo, 'revoked', { reason: 'x' }), 404);
  const accepted = await move(ngo, 'accepted', { note: 'bed ready' });
  assert.equal(accepted.status, 200, `${accepted}`);
  assert.equal(accepted.body.state, 'accepted');
  assertProblem(await move(ngo, 'in_progress'), 409, 'version_conflict');
  const started = await ngo.post(`/api/v1/referrals/${ref.id}/transitions`, { to: 'in_progress', version: accepted.body.version });
  assert.equal(started.body.state, 'in_progress');
  const after = await inv.ok(`/api/v1/protection-files/${file.id}`);
  assert.deepEqual(after.referrals.at(-1).history.map((h) => h.to), ['requested', 'accepted', 'in_progress']);
  assert.ok((await inv.ok('/api/v1/notifications')).items.some((n) => n.kind === 'referral'), 'the referring officer heard back');

  // Withdrawn consent: no new referral under it.
  const w = await inv.post(`/api/v1/protection-files/${file.id}/consents/${consent.id}/withdraw`, { reason: 'changed her mind' });
  assert.equal(w.status, 200);
  assert.equal(w.body.consents.find((c) => c.id === consent.id).active, false);
  assertProblem(await refer({ organisation_id: org.id, service: 'counselling', consent_id: consent.id }), 422, 'consent_required');
  const revoked = await inv.post(`/api/v1/referrals/${ref.id}/transitions`, { to: 'revoked', reason: 'consent withdrawn', version: started.body.version });
  assert.equal(revoked.status, 200);
});

test('a child: treated as one while the age is uncertain, consent through the guardian, never in police detention, no return unprepared', async () => {
  const co = await fx.as('coordinator');
  const org = await shelter(co);
  let file = (await co.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'Малика', sex: 'female', age_uncertain: true, nationality: 'TJ' }, forms_of_exploitation: ['begging'] })).body;
  assert.equal(file.child, true);
  assert.equal(file.child_reason, 'age_uncertain');
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id] }), 422, 'guardian_required', 'given_by');
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'police_detention' }), 422, 'child_not_detained', 'kind');
  file = (await co.request('PUT', `/api/v1/protection-files/${file.id}/guardian`, { body: { name: 'Saule Nurova', organisation: 'Child protection service' } })).body;
  assert.equal(file.guardian.name, 'Saule Nurova');
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id], given_by: 'person' }), 422, 'guardian_required');
  const consent = (await co.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id], given_by: 'guardian', data: ['identity'] })).body.consents.at(-1);
  const referred = await co.post(`/api/v1/protection-files/${file.id}/referrals`, { organisation_id: org.id, service: 'psychosocial', consent_id: consent.id });
  assert.equal(referred.status, 201, `${referred}`);
  const seen = (await (await fx.as('ngo')).ok('/api/v1/referrals')).items.find((x) => x.file_id === file.id);
  assert.equal(seen.person.guardian.name, 'Saule Nurova', 'a child is referred with the guardian');

  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'repatriation' }), 422, 'child_return_unprepared');
  const ref = await co.ok('/api/v1/protection/reference');
  const stage = ref.risk_assessment.stages.find((s) => s.id === 'before_repatriation');
  const items = Object.fromEntries(stage.factors.map((f) => [f.id, { value: 'no', note: '' }]));
  assert.equal((await co.post(`/api/v1/protection-files/${file.id}/assessments`, { kind: 'risk', stage: 'before_repatriation', items, completed: true })).status, 201);
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'repatriation' }), 422, 'child_return_unprepared');
  const steps = Object.fromEntries(ref.reintegration_plan.steps.map((s) => [s.id, { value: 'done', note: '' }]));
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/assessments`, { kind: 'reintegration_plan', items: { ...steps, [ref.reintegration_plan.steps[0].id]: { value: 'planned' } }, completed: true }), 422, 'plan_incomplete');
  assert.equal((await co.post(`/api/v1/protection-files/${file.id}/assessments`, { kind: 'reintegration_plan', items: steps, completed: true })).status, 201);
  assert.equal((await co.post(`/api/v1/protection-files/${file.id}/actions`, { kind: 'repatriation', note: 'escorted' })).status, 201);

  // An age assessment that finds an adult ends the presumption.
  const age = await co.post(`/api/v1/protection-files/${file.id}/assessments`, { kind: 'age', method: 'Medical examination', result: 'adult', estimated_age: 19 });
  assert.equal(age.status, 201);
  assert.equal(age.body.child, false);
  assert.equal(age.body.child_reason, 'age_assessment');
});

test('a victim who declines criminal follow-up is assisted with no case', async () => {
  const co = await fx.as('coordinator');
  const org = await shelter(co);
  let file = (await co.post('/api/v1/protection-files', { jurisdiction: 'KG', cooperation: 'declined', person: { name: 'Нурлан Осмонов', sex: 'male', birth_date: '1985-07-01', nationality: 'KG' }, forms_of_exploitation: ['labour'] })).body;
  assert.equal(file.case, null);
  file = (await decide(co, file, 'assistance', 'presumed')).body;
  assert.equal(file.assistance_status, 'presumed');
  const consent = (await co.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id], data: ['identity', 'contact'] })).body.consents.at(-1);
  const r = await co.post(`/api/v1/protection-files/${file.id}/referrals`, { organisation_id: org.id, service: 'immediate_support', consent_id: consent.id });
  assert.equal(r.status, 201);
  const inv = await fx.as('investigator');
  assert.equal((await inv.get(`/api/v1/protection-files/${file.id}`)).status, 404, 'the police see no file they have no part in');
  assertProblem(await co.post('/api/v1/protection-files', { person: { name: 'x' } }), 422, 'required', 'jurisdiction');
  assertProblem(await co.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'x', birth_date: '31.12.1990' } }), 422, 'invalid_value', 'person.birth_date');
  assertProblem(await co.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'x' }, case_id: kase.id }), 422, 'unknown_record', 'case_id');
  assertProblem(await co.post('/api/v1/protection-files', '{"person": '), 400, 'malformed_json');
  assertProblem(await co.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'x' }, shelter: 'y' }), 400, 'unknown_field', 'shelter');
});

test('a partner organisation holds the files its own people open, and refers on with consent', async () => {
  const ngo = await fx.as('ngo');
  const co = await fx.as('coordinator');
  let file = (await ngo.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'Айжан (outreach)', sex: 'female', birth_date: '1997' }, cooperation: 'undecided' })).body;
  assert.equal(file.view, 'full');
  assert.ok((await ngo.ok('/api/v1/protection-files')).items.some((f) => f.id === file.id));
  assert.equal((await co.get(`/api/v1/protection-files/${file.id}`)).status, 200, 'the coordinator sees it');
  assert.equal((await (await fx.as('investigator')).get(`/api/v1/protection-files/${file.id}`)).status, 404, 'the police do not');
  assertProblem(await decide(ngo, file, 'assistance', 'not_confirmed'), 403, 'not_competent');
  const hospital = (await ngo.ok('/api/v1/partners')).items.find((p) => p.name.startsWith('City clinical hospital'));
  const consent = (await ngo.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [hospital.id] })).body.consents.at(-1);
  file = (await ngo.post(`/api/v1/protection-files/${file.id}/referrals`, { organisation_id: hospital.id, service: 'health_care', consent_id: consent.id })).body;
  assert.equal(file.referrals.at(-1).state, 'requested');
});

test('dashboard counts by status, sex, age group, nationality and exploitation, and referrals by state; never names', async () => {
  const sup = await fx.as('supervisor');
  const stats = await sup.ok('/api/v1/stats/protection');
  assert.ok(stats.victims.total >= 5);
  assert.ok(stats.victims.by_assistance_status.presumed >= 1);
  assert.ok(stats.victims.by_sex.female >= 1);
  assert.ok(stats.victims.by_age_group.child >= 1 || stats.victims.by_age_group.unknown >= 1);
  assert.ok(stats.victims.by_nationality.TJ >= 1);
  assert.ok(stats.victims.by_exploitation.labour >= 1);
  assert.ok(stats.referrals.by_state.requested >= 1);
  const text = JSON.stringify(stats);
  for (const name of ['Малика', 'Ойгул', 'Гульнара']) assert.ok(!text.includes(name), name);
  assert.equal((await (await fx.as('investigator')).get('/api/v1/stats/protection')).status, 403);
  assert.equal((await (await fx.as('coordinator')).get('/api/v1/stats/protection')).status, 200);
});

test('jurisdiction rules stay unverified until an administrator confirms them', async () => {
  const admin = await fx.as('admin');
  const j = await admin.ok('/api/v1/jurisdictions');
  assert.equal(j.KZ.verified, false);
  assert.equal(j.KZ.protection.reflection_period_days, 30);
  assert.ok(j.KZ.articles.every((a) => a.verified === false && 'effective' in a));
  assert.equal(j.TJ.child_needs_no_means, false);
  const article = j.KZ.articles[0].id;
  const c = await admin.post(`/api/v1/admin/jurisdictions/KZ/confirm`, { item: article, note: 'Checked against the code in force' });
  assert.equal(c.status, 200, `${c}`);
  const after = await admin.ok('/api/v1/jurisdictions');
  assert.equal(after.KZ.articles[0].confirmed.by, 'admin');
  const co = await fx.as('coordinator');
  let file = (await co.post('/api/v1/protection-files', { jurisdiction: 'KZ', person: { name: 'Reflection check', birth_date: '1990' } })).body;
  file = (await decide(co, file, 'assistance', 'presumed')).body;
  assert.equal(file.reflection.verified, false, 'thirty days is a default until confirmed');
  assert.equal((await admin.post('/api/v1/admin/jurisdictions/KZ/confirm', { item: 'reflection_period', note: 'Checked' })).status, 200);
  assert.equal((await co.ok(`/api/v1/protection-files/${file.id}`)).reflection.verified, true);
  assertProblem(await co.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [(await shelter(co)).id], form_document_id: '019a0000-0000-7000-8000-000000000001' }), 422, 'unknown_record', 'form_document_id');
  assertProblem(await admin.post(`/api/v1/admin/jurisdictions/KZ/confirm`, { item: 'kz-cc-999' }), 422, 'invalid_value', 'item');
  assert.equal((await (await fx.as('supervisor')).post(`/api/v1/admin/jurisdictions/KZ/confirm`, { item: article })).status, 403);
});

test('the partner directory: anyone signed in reads it, the coordinator and administrator keep it', async () => {
  const co = await fx.as('coordinator');
  const created = await co.post('/api/v1/partners', { name: 'Crisis centre Podruga', kind: 'ngo', country: 'KZ', region: 'Shymkent', services: ['counselling', 'psychosocial'], contacts: { phone: '+7 725 000 00 00' } });
  assert.equal(created.status, 201, `${created}`);
  assertProblem(await co.post('/api/v1/partners', { name: 'x', services: ['spa'] }), 422, 'invalid_value', 'services[0]');
  assertProblem(await co.post('/api/v1/partners', { name: 'x', services: ['counselling'], contacts: { fax: '1' } }), 400, 'unknown_field', 'contacts.fax');
  const list = await (await fx.as('investigator')).ok('/api/v1/partners?service=psychosocial&region=Shymkent');
  assert.deepEqual(list.items.map((p) => p.name), ['Crisis centre Podruga']);
  const upd = await co.patch(`/api/v1/partners/${created.body.id}`, { version: created.body.version, active: false });
  assert.equal(upd.status, 200);
  assert.equal(upd.body.active, false);
  assert.equal((await (await fx.as('investigator')).post('/api/v1/partners', { name: 'y', services: ['counselling'] })).status, 403);
});

test('screening a person of a case needs sight of the case; the case lists its screenings', async () => {
  const inv = await fx.as('investigator');
  const ok = await inv.post('/api/v1/screenings', { subject: { case_id: kase.id, entity_id: victim.id }, sets: ['sop_labour'], observations: [] });
  assert.equal(ok.status, 201, `${ok}`);
  assert.ok((await inv.ok(`/api/v1/cases/${kase.id}/screenings?entity_id=${victim.id}`)).items.some((s) => s.id === ok.body.id));
  assert.equal((await (await fx.as('investigator.kg')).post('/api/v1/screenings', { subject: { case_id: kase.id, entity_id: victim.id }, sets: ['sop_labour'] })).status, 404);
  assertProblem(await inv.post('/api/v1/screenings', { subject: { case_id: kase.id }, sets: ['sop_labour'] }), 422, 'invalid_value', 'subject');
  assertProblem(await inv.post('/api/v1/screenings', { subject: { case_id: kase.id, entity_id: victim.id }, sets: ['nope'] }), 422, 'invalid_value', 'sets[0]');
  assertProblem(await inv.post('/api/v1/screenings', { subject: { case_id: kase.id, entity_id: victim.id }, sets: ['sop_labour'], observations: 'all' }), 400, 'wrong_type', 'observations');
});

test('an unanswered referral becomes overdue and shows on the supervisor\'s and coordinator\'s queues', async () => {
  const inv = await fx.as('investigator');
  const org = await shelter(inv);
  let file = (await inv.post('/api/v1/protection-files', { case_id: kase.id, person: { name: 'Overdue Person', birth_date: '1990' } })).body;
  const c = (await inv.post(`/api/v1/protection-files/${file.id}/consents`, { purpose: 'referral', decision: 'given', organisations: [org.id] })).body.consents.at(-1);
  file = (await inv.post(`/api/v1/protection-files/${file.id}/referrals`, { organisation_id: org.id, service: 'counselling', consent_id: c.id })).body;
  const ref = file.referrals.at(-1);
  const sup = await fx.as('supervisor');
  assert.ok(!(await sup.ok('/api/v1/referrals/overdue')).items.some((x) => x.id === ref.id));
  await fx.advance(73 * 3600);
  // Sessions time out over three days; everyone signs in again.
  for (const u of ['supervisor', 'coordinator', 'supervisor.kg', 'investigator', 'ngo']) fx.forget(u);
  const queue = await (await fx.as('supervisor')).ok('/api/v1/referrals/overdue');
  const late = queue.items.find((x) => x.id === ref.id);
  assert.ok(late, 'on the supervisor\'s queue');
  assert.equal(late.overdue, true);
  const told = await (await fx.as('investigator')).ok('/api/v1/notifications');
  assert.ok(told.items.some((n) => n.kind === 'referral_overdue' && n.message.en.includes(file.reference) && n.message.ru), 'the referring officer was told');
  assert.ok((await (await fx.as('coordinator')).ok('/api/v1/referrals/overdue')).items.some((x) => x.id === ref.id));
  assert.ok(!(await (await fx.as('supervisor.kg')).ok('/api/v1/referrals/overdue')).items.some((x) => x.id === ref.id), 'not another unit\'s');
  assert.equal((await (await fx.as('investigator')).get('/api/v1/referrals/overdue')).status, 403);
  assert.equal((await (await fx.as('ngo')).get('/api/v1/referrals/overdue')).status, 403);
});
