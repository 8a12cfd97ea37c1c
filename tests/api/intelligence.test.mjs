// Intelligence through the API (docs/api.md, "Intelligence"): the frontline report graded, with its
// facts and items, becomes raw intelligence when handed over; grade changes and who may make
// them; the intelligence cycle with its review queue, dissemination, acknowledgement and action;
// special handling; sanitised copies that leak nothing of what was taken out; the search log;
// deconfliction across units; strategic counts with small cells suppressed; bad input.
// The handling matrix (code × recipient class × path) is in intelligence-handling.test.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { CONFIG, assertProblem, createCase, useFixture } from './harness.mjs';
import {
  API, USE_PATHS, advanceTo, analysedReport, check, cyrillicName, digits, disseminate, disseminateOk, fileReport,
  grading, handOver, handlingCode, hitIds, intel, leaksIn, letters, makeUnit, makeUser, moveCycle, reportBody, search,
  unitByCode, upper, waitFor, whole, word,
} from './intel-helpers.mjs';

const S = letters(6);
const U = upper(5);
const RECEIVER = `intel.rcv.${S}`;      // investigator of a second Kazakh police unit (national_le)
const NGO_SEARCHER = `intel.ngo.${S}`;  // a user of the NGO shelter's unit with intel.search
let national, ngoUnit;

const fx = useFixture({ setup: async (fx) => {
  national = await makeUnit(fx, { code: `KZ-KRG-CTU-${U}`, name: `Karaganda police anti-trafficking unit ${U}`, country: 'KZ', region: 'Karaganda', agency: 'KZ-MVD', kind: 'police' });
  await makeUser(fx, RECEIVER, 'investigator', national.code);
  ngoUnit = await unitByCode(fx, 'KZ-ALM-NGO');
  await makeUser(fx, NGO_SEARCHER, 'investigator', 'KZ-ALM-NGO');
}});

const history = async (client, id) => (await client.ok(`${API}/intelligence/reports/${id}/history`)).items;
const kinds = (items) => items.map((h) => h.kind);
const openCaseBody = (title) => ({
  title, category: 'tip', forms_of_exploitation: ['labour'], approach: 'reactive', jurisdiction: { country: 'KZ', region: 'Karaganda' },
});

test('the grading is data: GET /intelligence/grading serves config/intelligence/grading.json to anyone signed in', async () => {
  const file = JSON.parse(readFileSync(path.join(CONFIG, 'intelligence', 'grading.json'), 'utf8'));
  for (const u of ['analyst', 'ngo', 'frontline', 'auditor', 'coordinator', 'admin']) {
    const g = await (await fx.as(u)).ok(`${API}/intelligence/grading`);
    for (const k of ['version', 'source_grades', 'intelligence_grades', 'recipient_classes', 'paths', 'handling_codes', 'cycle', 'modus_operandi', 'min_cell'])
      assert.deepEqual(g[k], file[k], `${u}: ${k}`);
  }
  assertProblem(await fx.anon().get(`${API}/intelligence/grading`), 401, 'unauthenticated');
});

test('a graded report with facts, items and the officer\'s contact becomes raw intelligence held by the unit it is handed to', async () => {
  const G = await grading(fx);
  const fl = await fx.as('frontline');
  const token = word();
  const items = [
    { kind: 'person', fields: { name: `${token} Karimov`, birth_date: '1990-05-01', nationality: 'UZ', description: 'Driver of the minibus', phone: '+998 90 123 45 67', passport: `AA${digits(7)}` }, grading: { source: 'C', intelligence: '3', handling: 'H3' } },
    { kind: 'organisation', fields: { name: `Silk Road Recruiting ${token}`, description: 'Advertises jobs in Almaty' } },
    { kind: 'phone', fields: { number: '+7 701 765 43 21' } },
    { kind: 'address', fields: { text: 'Almaty, Rayimbek avenue 100' } },
    { kind: 'vehicle', fields: { plate: '777ABC02', description: 'White minibus' } },
    { kind: 'document', fields: { number: 'N1234567', kind: 'passport', country: 'UZ' } },
    { kind: 'account', fields: { number: 'KZ86125KZT5004100100', bank: 'Halyk' } },
  ];
  const facts = {
    exploitation_forms: ['labour'],
    countries: [{ code: 'UZ', role: 'origin' }, { code: 'KZ', role: 'destination' }],
    modus: ['job_advert', 'document_retention'],
  };
  const body = reportBody({ token, handling: 'H3', source: 'B', intelligence: '2', items, facts, originator_contact: 'Sgt. Omarov, Astana airport post, ext. 214' });
  const rep = await fileReport(fl, body);
  assert.equal(rep.state, 'draft');
  assert.equal(rep.cycle, '', 'a draft is not yet intelligence');
  assert.deepEqual(rep.grading, { source: 'B', intelligence: '2', handling: 'H3' });
  assert.equal(rep.tlp, handlingCode(G, 'H3').tlp);
  assert.deepEqual(rep.facts, facts);
  assert.equal(rep.items.length, items.length);
  assert.deepEqual(rep.items.map((i) => i.kind), items.map((i) => i.kind));
  assert.ok(rep.items.every((i) => typeof i.id === 'string' && i.id), 'the server gives each item an id');
  assert.equal(new Set(rep.items.map((i) => i.id)).size, items.length);
  assert.equal(rep.items[0].fields.name, `${token} Karimov`);
  assert.equal(rep.items[0].grading.handling, 'H3');
  assert.equal(rep.originator_contact, 'Sgt. Omarov, Astana airport post, ext. 214');
  assert.equal(rep.sanitised, false);
  assert.equal(rep.sanitised_from, null);
  assert.deepEqual(rep.copies, []);
  assert.equal(rep.risk_assessment, null);
  assert.equal(rep.withheld_items, 0);
  assert.equal(rep.relation, 'author');
  assert.equal(rep.access.recipient_class, 'originator');

  // A report graded by nobody gets the cautious default.
  const plain = await fileReport(fl, { blocks: { exploitation_type: 'Begging at the market' } });
  assert.deepEqual(plain.grading, { source: 'E', intelligence: '4', handling: 'H4' });
  assert.equal(plain.tlp, handlingCode(G, 'H4').tlp);
  assert.deepEqual(plain.items, []);

  // Nobody else sees a draft, nor finds it.
  const analyst = await fx.as('analyst');
  assertProblem(await analyst.get(`${API}/intelligence/reports/${rep.id}`), 404, 'not_found');
  assert.ok(!(await analyst.ok(`${API}/intelligence/reports`)).items.some((x) => x.id === rep.id));
  assert.ok(!hitIds(await search(analyst, token)).includes(rep.id));

  const handed = await handOver(fl, rep.id);
  assert.equal(handed.target_unit.code, 'KZ-ALM-CTU');
  const held = await intel(analyst, rep.id);
  assert.equal(held.cycle, 'collected');
  assert.equal(held.relation, 'holder');
  assert.equal(held.access.recipient_class, 'holder');
  for (const p of USE_PATHS) assert.ok(held.access.paths.includes(p), `the holder has ${p}`);
  assert.equal(held.items.length, items.length);
  assert.equal(held.originator_contact, 'Sgt. Omarov, Astana airport post, ext. 214');
  assert.deepEqual(held.facts, facts);
  assert.ok((await analyst.ok(`${API}/intelligence/reports?cycle=collected`)).items.some((x) => x.id === rep.id));
  assert.ok(!(await analyst.ok(`${API}/intelligence/reports?cycle=analysed`)).items.some((x) => x.id === rep.id));
  const h = kinds(await history(analyst, rep.id));
  assert.ok(h.includes('created') && h.includes('handed_over'), `history: ${h}`);
  const hit = (await search(analyst, token)).items.find((x) => x.report.id === rep.id);
  assert.ok(hit, 'the holder finds it');
  assert.equal(hit.report.reference, rep.reference);
  assert.equal(hit.report.cycle, 'collected');
  assert.equal(hit.report.tlp, handlingCode(G, 'H3').tlp);
  assert.ok(Array.isArray(hit.where) && hit.where.includes('blocks.persons'), `where: ${JSON.stringify(hit.where)}`);
  // Another country's unit has never received it.
  const kg = await fx.as('investigator.kg');
  for (const p of ['', '/export', '/network', '/history', '/matches', '/disseminations'])
    assertProblem(await kg.get(`${API}/intelligence/reports/${rep.id}${p}`), 404, 'not_found');
  assert.ok(!hitIds(await search(kg, token)).includes(rep.id));
});

test('the export is a MISP event whose tags carry the TLP of the handling code and the Admiralty grades', async () => {
  const G = await grading(fx);
  const fl = await fx.as('frontline');
  const token = word();
  const rep = await fileReport(fl, {
    blocks: { exploitation_type: `Sexual exploitation, lead ${token}` },
    items: [{ kind: 'person', fields: { name: `${token} Alieva` } }, { kind: 'phone', fields: { number: '+7 705 222 33 44' } }],
  });
  await handOver(fl, rep.id);
  const analyst = await fx.as('analyst');
  const misp = await analyst.ok(`${API}/intelligence/reports/${rep.id}/export`);
  const ev = misp.Event;
  assert.ok(ev && typeof ev.info === 'string' && ev.info, 'Event.info');
  assert.match(ev.date, /^\d{4}-\d{2}-\d{2}$/);
  const tags = ev.Tag.map((t) => t.name);
  // The default grading E / 4 / H4: mapped through the admiralty and tlp columns of the file.
  const src = G.source_grades.find((g) => g.code === 'E').admiralty.toLowerCase();
  const cred = G.intelligence_grades.find((g) => g.code === '4').admiralty.toLowerCase();
  const tlp = handlingCode(G, 'H4').tlp.toLowerCase();
  for (const t of [tlp, `admiralty-scale:source-reliability="${src}"`, `admiralty-scale:information-credibility="${cred}"`])
    assert.ok(tags.includes(t), `${t} in ${JSON.stringify(tags)}`);
  assert.ok(Array.isArray(ev.Attribute) && ev.Attribute.length >= 2, 'an attribute per item');
  assert.ok(ev.Attribute.some((a) => String(a.value).includes(`${token} Alieva`)), 'the person is exported');
  assert.ok(ev.Attribute.every((a) => typeof a.type === 'string' && a.type), 'each attribute has a MISP type');
});

test('grades: the author changes them as a draft and after; others are refused unless a supervisor gives a reason', async () => {
  const G = await grading(fx);
  const inv = await fx.as('investigator');
  let rep = await fileReport(inv, reportBody({ handling: 'H3', source: 'C', intelligence: '3' }));
  // While a draft, through the report itself and through the grading route.
  let r = await inv.patch(`${API}/frontline-reports/${rep.id}`, { version: rep.version, grading: { source: 'B', intelligence: '2', handling: 'H2' } });
  assert.equal(r.status, 200, `${r}`);
  assert.deepEqual(r.body.grading, { source: 'B', intelligence: '2', handling: 'H2' });
  assert.equal(r.body.tlp, handlingCode(G, 'H2').tlp);
  r = await inv.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: r.body.version, grading: { source: 'B', intelligence: '2', handling: 'H3' } });
  assert.equal(r.status, 200, `${r}`);
  rep = await inv.ok(`${API}/frontline-reports/${rep.id}`);
  assert.equal(rep.grading.handling, 'H3');
  assert.equal(rep.state, 'draft');

  await handOver(inv, rep.id);
  let cur = await intel(inv, rep.id);
  r = await inv.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, intelligence: '1' } });
  assert.equal(r.status, 200, `the author needs no reason: ${r}`);
  cur = await intel(inv, rep.id);
  assert.equal(cur.grading.intelligence, '1');

  // Not the originator, not a supervisor: refused, and nothing changes.
  for (const u of ['investigator2', 'analyst']) {
    const c = await fx.as(u);
    assertProblem(await c.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H1' }, reason: 'I think so' }),
      403, 'not_originator');
  }
  const kgSup = await (await fx.as('supervisor.kg')).patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H1' }, reason: 'x' });
  assert.ok([403, 404].includes(kgSup.status), `another unit's supervisor: ${kgSup}`);
  const sup = await fx.as('supervisor');
  assertProblem(await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H4' } }), 422, 'reason_required');
  assertProblem(await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H4' }, reason: '' }), 422, 'reason_required');
  assertProblem(await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version - 1, grading: { ...cur.grading, handling: 'H4' }, reason: 'Stale' }), 409, 'version_conflict');
  const unchanged = await intel(inv, rep.id);
  assert.deepEqual(unchanged.grading, cur.grading, 'no refused change was written');
  assert.equal(unchanged.version, cur.version);

  const reason = `Informant at risk ${word()}`;
  r = await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H4' }, reason });
  assert.equal(r.status, 200, `${r}`);
  const after = await intel(inv, rep.id);
  assert.equal(after.grading.handling, 'H4');
  assert.equal(after.tlp, handlingCode(G, 'H4').tlp);
  const rows = (await history(inv, rep.id)).filter((h) => h.kind === 'grading');
  const bySup = rows.find((h) => h.by.id === sup.user.id);
  assert.ok(bySup, `the supervisor's change is in the history: ${JSON.stringify(rows)}`);
  assert.ok(bySup.at && bySup.by.display_name);
  assert.ok(JSON.stringify(bySup.detail).includes(reason), 'with its reason');
  assert.ok(rows.some((h) => h.by.id === inv.user.id), 'and the author\'s');
});

test('the cycle: review queue, refused moves, dissemination, acknowledgement, a case and a task from the report', async () => {
  const G = await grading(fx);
  const fl = await fx.as('frontline');
  const analyst = await fx.as('analyst');
  const sup = await fx.as('supervisor');
  const rep = await fileReport(fl, reportBody({ handling: 'H3' }));
  await handOver(fl, rep.id);

  const queue = (await sup.ok(`${API}/intelligence/review`)).items;
  const waiting = queue.find((x) => x.id === rep.id);
  assert.ok(waiting, 'the held report waits for review');
  assert.ok(waiting.waiting_since, 'with the time it has waited since');
  // Oldest first (special-handling reports awaiting their risk assessment may come on top).
  const times = queue.filter((x) => !G.handling_codes.find((h) => h.code === x.grading?.handling)?.special)
    .map((x) => Date.parse(x.waiting_since));
  assert.ok(times.every((t) => !Number.isNaN(t)), 'waiting_since is a time');
  assert.deepEqual(times, [...times].sort((a, b) => a - b), 'oldest first');
  assert.ok(!(await (await fx.as('supervisor.kg')).ok(`${API}/intelligence/review`)).items.some((x) => x.id === rep.id), 'not another unit\'s');

  // Only the transitions of the file.
  assert.ok(!G.cycle.transitions.collected.includes('analysed'), 'collected cannot jump to analysed');
  assertProblem(await moveCycle(analyst, rep.id, 'analysed'), 409, 'invalid_transition');
  assertProblem(await moveCycle(analyst, rep.id, 'disseminated'), 409, 'invalid_transition');
  // Not passed on before it is analysed.
  const early = await check(analyst, rep.id, national.id);
  assert.equal(early.allowed, false);
  assert.equal(early.code, 'not_ready');
  assertProblem(await disseminate(analyst, rep.id, national.id), 409, 'not_ready');
  const stale = await intel(analyst, rep.id);
  assert.equal((await moveCycle(analyst, rep.id, 'evaluated')).status, 200);
  assertProblem(await analyst.post(`${API}/intelligence/reports/${rep.id}/cycle`, { to: 'collated', version: stale.version }), 409, 'version_conflict');
  await advanceTo(analyst, rep.id, 'analysed');
  assert.ok((await analyst.ok(`${API}/intelligence/reports?cycle=analysed`)).items.some((x) => x.id === rep.id));
  const cycles = (await history(analyst, rep.id)).filter((h) => h.kind === 'cycle');
  assert.equal(cycles.length, 3, 'one history row per move');

  const d = await disseminateOk(analyst, rep.id, national.id, 'For the Karaganda operation');
  assert.equal(d.note, 'For the Karaganda operation');
  assert.equal(d.by.id, analyst.user.id);
  assert.equal((await intel(analyst, rep.id)).cycle, 'disseminated');
  assert.ok(!(await sup.ok(`${API}/intelligence/review`)).items.some((x) => x.id === rep.id), 'off the review queue once disseminated');

  // The receiving unit: its list, the acknowledgement (once), a case, a task.
  const rcv = await fx.as(RECEIVER);
  const got = (await rcv.ok(`${API}/intelligence/disseminations`)).items.find((x) => x.report.id === rep.id);
  assert.ok(got, 'in the receiving unit\'s list');
  assert.equal(got.report.reference, rep.reference);
  assert.equal(got.acknowledged_at, null);
  assert.equal(got.unit.id, national.id);
  const other = await (await fx.as('investigator.kg')).post(`${API}/intelligence/disseminations/${got.id}/acknowledge`, {});
  assert.ok([403, 404].includes(other.status), `only the receiving unit acknowledges: ${other}`);
  const ack = await rcv.post(`${API}/intelligence/disseminations/${got.id}/acknowledge`, {});
  assert.equal(ack.status, 200, `${ack}`);
  assert.ok(ack.body.acknowledged_at);
  assert.ok(ack.body.acknowledged_by, 'and who acknowledged');
  assert.equal((await rcv.post(`${API}/intelligence/disseminations/${got.id}/acknowledge`, {})).status, 409, 'acknowledged once');
  const log = (await analyst.ok(`${API}/intelligence/reports/${rep.id}/disseminations`)).items.find((x) => x.id === got.id);
  assert.ok(log.acknowledged_at, 'the holder sees the acknowledgement');

  const opened = await rcv.post(`${API}/frontline-reports/${rep.id}/open-case`, openCaseBody(`Brickworks lead ${S}`));
  assert.equal(opened.status, 201, `${opened}`);
  assert.equal(opened.body.report.cycle, 'actioned');
  const kase = opened.body.case;
  assert.equal((await intel(analyst, rep.id)).cycle, 'actioned');
  assert.equal((await rcv.ok(`${API}/cases/${kase.id}`)).trigger, 'frontline_report');

  // One case per unit: the recipient cannot open a second; the holder still opens its own and
  // learns only which unit acted on it, never that unit's case.
  assertProblem(await rcv.post(`${API}/frontline-reports/${rep.id}/open-case`, openCaseBody(`Again ${S}`)), 409, 'already_exists');
  const held = await intel(analyst, rep.id);
  assert.equal(held.case, null, 'the other unit\'s case is not named to the holder');
  assert.ok(held.actioned_by.some((u) => u.id === national.id), 'the holder sees which unit acted on it');
  assert.deepEqual(leaksIn([JSON.stringify(held)], [kase.id, kase.reference]), [], 'nothing of the other unit\'s case');
  const own = await (await fx.as('investigator')).post(`${API}/frontline-reports/${rep.id}/open-case`, openCaseBody(`Holder's case ${S}`));
  assert.equal(own.status, 201, `the holder opens its own case: ${own}`);
  assert.equal(own.body.report.state, 'case_opened');
  assert.equal((await intel(rcv, rep.id)).case.id, kase.id, 'the recipient still sees its own case');

  const title = `Check the minibus plates ${S}`;
  const t = await rcv.post(`${API}/intelligence/reports/${rep.id}/tasks`, { case_id: kase.id, title });
  assert.equal(t.status, 201, `${t}`);
  assert.equal(t.body.title, title);
  assert.ok((await rcv.ok(`${API}/cases/${kase.id}/tasks?status=all`)).items.some((x) => x.title === title), 'the task is on the case');
  const outsider = await analyst.post(`${API}/intelligence/reports/${rep.id}/tasks`, { case_id: kase.id, title: 'not mine' });
  assert.ok([403, 404].includes(outsider.status), `a task on a case the caller does not work on: ${outsider}`);
  const all = kinds(await history(analyst, rep.id));
  for (const k of ['created', 'handed_over', 'cycle', 'disseminated', 'acknowledged', 'case_opened', 'task_created'])
    assert.ok(all.includes(k), `${k} in ${all}`);
  const archived = await moveCycle(analyst, rep.id, 'archived');
  assert.equal(archived.status, 200, `${archived}`);
  assertProblem(await moveCycle(analyst, rep.id, 'collected'), 409, 'invalid_transition');
});

test('special handling (H5): a risk assessment first, then only the originator may pass it on', async () => {
  const G = await grading(fx);
  assert.equal(handlingCode(G, 'H5').special, true);
  const fl = await fx.as('frontline');
  const analyst = await fx.as('analyst');
  const sup = await fx.as('supervisor');
  const rep = await fileReport(fl, reportBody({ handling: 'H5' }));
  await handOver(fl, rep.id);
  await advanceTo(analyst, rep.id, 'analysed');
  assert.ok((await sup.ok(`${API}/intelligence/review`)).items.some((x) => x.id === rep.id), 'on the review queue');

  for (const c of [analyst, sup, fl]) {
    const k = await check(c, rep.id, national.id);
    assert.equal(k.allowed, false);
    assert.equal(k.code, 'risk_assessment_required', `${c.name}: ${JSON.stringify(k)}`);
    assertProblem(await disseminate(c, rep.id, national.id), 422, 'risk_assessment_required');
  }

  let cur = await intel(analyst, rep.id);
  const ra = (c, body) => c.post(`${API}/intelligence/reports/${rep.id}/risk-assessment`, body);
  assert.equal((await ra(analyst, { version: cur.version, risk: 'high', text: 'x' })).status, 403, 'the holder\'s supervisor or the author, not the analyst');
  assertProblem(await ra(sup, { version: cur.version, risk: 'extreme', text: 'x' }), 422, undefined, 'risk');
  const text = 'The informant would be identified by the recruiter; pass on to the Karaganda unit only';
  const done = await ra(sup, { version: cur.version, risk: 'high', text });
  assert.ok([200, 201].includes(done.status), `${done}`);
  cur = await intel(analyst, rep.id);
  assert.equal(cur.risk_assessment.risk, 'high');
  assert.equal(cur.risk_assessment.text, text);
  assert.ok(cur.risk_assessment.by && cur.risk_assessment.at);
  assert.ok(kinds(await history(analyst, rep.id)).includes('risk_assessment'));

  // Assessed: still nobody but the originator.
  for (const c of [analyst, sup]) {
    const k = await check(c, rep.id, national.id);
    assert.equal(k.allowed, false);
    assert.equal(k.code, 'consent_required', `${c.name}: ${JSON.stringify(k)}`);
    assertProblem(await disseminate(c, rep.id, national.id), 403, 'consent_required');
  }
  assert.equal((await analyst.ok(`${API}/intelligence/reports/${rep.id}/disseminations`)).items.length, 0);
  const mine = await check(fl, rep.id, national.id);
  assert.equal(mine.allowed, true, JSON.stringify(mine));
  assert.equal(mine.code, 'ok');
  assert.equal(mine.handling, 'H5');
  assert.equal(mine.tlp, handlingCode(G, 'H5').tlp);
  const d = await disseminateOk(fl, rep.id, national.id, 'With my consent');
  assert.equal(d.by.id, fl.user.id);
  assert.equal(d.handling, 'H5');
  const log = (await analyst.ok(`${API}/intelligence/reports/${rep.id}/disseminations`)).items;
  assert.deepEqual(log.map((x) => x.unit.id), [national.id]);
  assert.equal((await intel(analyst, rep.id)).cycle, 'disseminated');
});

test('a sanitised copy: refused while a removed text remains; the partner it goes to learns nothing that was taken out', async () => {
  const G = await grading(fx);
  const fl = await fx.as('frontline');
  const analyst = await fx.as('analyst');
  const victim = cyrillicName();
  const phone = `+7 701 ${digits(3)} ${digits(2)} ${digits(2)}`;
  const phoneDigits = phone.replace(/\D/g, '');
  const benign = word();
  const original = await fileReport(fl, reportBody({
    handling: 'H3',
    blocks: {
      exploitation_type: `Sexual exploitation in saunas, lead ${benign}`,
      countries: 'UZ → KZ',
      persons: `The victim ${victim.full}, born 2001, and two other women`,
      communications: `The informant answers on ${phone} after 20:00`,
    },
    items: [
      { kind: 'person', fields: { name: victim.full, birth_date: '2001-02-03', nationality: 'UZ', description: 'Victim' } },
      { kind: 'phone', fields: { number: phone, description: 'Informant' } },
      { kind: 'person', fields: { name: `${benign} Sauna-owner` } },
    ],
  }));
  await handOver(fl, original.id);
  await advanceTo(analyst, original.id, 'analysed');
  const benignItem = original.items.find((i) => i.fields.name?.includes(benign));
  const removed = [{ text: victim.full, reason: 'Identity of the victim' }, { text: phone, reason: 'Protects the informant' }];
  const good = {
    blocks: {
      exploitation_type: `Sexual exploitation in saunas, lead ${benign}`,
      countries: 'UZ → KZ',
      persons: 'A young woman and two other women',
      communications: 'An informant (contact withheld)',
    },
    items: [{ kind: 'person', fields: { name: benignItem.fields.name } }],
    facts: { exploitation_forms: ['sexual'], countries: [{ code: 'UZ', role: 'origin' }, { code: 'KZ', role: 'destination' }] },
    grading: { source: 'B', intelligence: '2', handling: 'H2' },
    removed,
    reason: 'For the shelter that will receive the women',
  };
  const url = `${API}/intelligence/reports/${original.id}/sanitised-copies`;
  // A removed text left in a block, or in an item: refused, naming where.
  let bad = await analyst.post(url, { ...good, blocks: { ...good.blocks, communications: `Call ${phone}` } });
  assertProblem(bad, 422, 'removed_text_remains');
  assert.ok(String(bad.field).includes('communications'), `the field names where: ${bad}`);
  bad = await analyst.post(url, { ...good, items: [...good.items, { kind: 'person', fields: { name: victim.full } }] });
  assertProblem(bad, 422, 'removed_text_remains');
  assert.ok(String(bad.field).includes('items'), `the field names where: ${bad}`);
  assert.deepEqual((await intel(analyst, original.id)).copies, [], 'no copy was made by a refusal');
  assertProblem(await (await fx.as('prosecutor')).post(url, good), 403);

  const made = await analyst.post(url, good);
  assert.equal(made.status, 201, `${made}`);
  const copy = made.body;
  assert.equal(copy.sanitised, true);
  assert.equal(copy.cycle, 'analysed');
  assert.equal(copy.grading.handling, 'H2');
  assert.notEqual(copy.id, original.id);
  // Whoever sees both sees the link.
  assert.equal(copy.sanitised_from.id, original.id);
  assert.equal(copy.sanitised_from.reference, original.reference);
  const orig = await intel(analyst, original.id);
  assert.ok(orig.copies.some((c) => c.id === copy.id && c.reference === copy.reference));
  assert.ok(kinds(await history(analyst, original.id)).includes('sanitised'), 'the original records the copy');

  // The original may not go to the NGO; the copy may.
  const no = await check(analyst, original.id, ngoUnit.id);
  assert.equal(no.allowed, false);
  assert.equal(no.code, 'handling_refused');
  const yes = await check(analyst, copy.id, ngoUnit.id);
  assert.equal(yes.allowed, true, JSON.stringify(yes));
  assert.equal(yes.recipient_class, 'non_prosecuting');
  assert.equal(yes.path, 'share_unit');
  assert.equal(yes.tlp, handlingCode(G, 'H2').tlp);
  await disseminateOk(analyst, copy.id, ngoUnit.id, 'For the shelter');

  // Everything the NGO can ask for.
  const ngo = await fx.as('ngo');
  const searcher = await fx.as(NGO_SEARCHER);
  const seen = await ngo.get(`${API}/intelligence/reports/${copy.id}`);
  assert.equal(seen.status, 200, `${seen}`);
  assert.equal(seen.body.sanitised_from, null, 'the partner does not learn of the original');
  assert.equal(seen.body.relation, 'recipient');
  assert.equal(seen.body.access.recipient_class, 'non_prosecuting');
  assert.equal(seen.body.blocks.persons, good.blocks.persons);
  const responses = [seen];
  for (const p of ['/history', '/network', '/export', '/matches', '/disseminations'])
    responses.push(await ngo.get(`${API}/intelligence/reports/${copy.id}${p}`));
  assert.equal(responses[1].status, 200, `history: ${responses[1]}`);
  assert.equal(responses[3].status, 200, `export (H2 lets non-prosecuting bodies export): ${responses[3]}`);
  assert.equal(responses[4].status, 200, `matches: ${responses[4]}`);
  responses.push(await ngo.get(`${API}/frontline-reports/${copy.id}`));
  responses.push(await ngo.get(`${API}/intelligence/reports`));
  responses.push(await ngo.get(`${API}/intelligence/disseminations`));
  responses.push(await ngo.get(`${API}/notifications`));
  assert.ok(responses.at(-3).body.items.some((x) => x.id === copy.id), 'the copy is in the partner\'s list');
  assert.ok(!responses.at(-3).body.items.some((x) => x.id === original.id), 'the original is not');
  for (const p of ['', '/history', '/network', '/export', '/matches']) {
    const r = await ngo.get(`${API}/intelligence/reports/${original.id}${p}`);
    assertProblem(r, 404, 'not_found');
    responses.push(r);
  }
  // Searching for what was removed, and for any part of it, in either script, finds nothing.
  const needles = [
    victim.full, victim.given, victim.surname, victim.latin.full, victim.latin.given, victim.latin.surname,
    phone, phoneDigits, phoneDigits.slice(-7), phoneDigits.slice(-10), phone.slice(-9), phone.slice(-5),
  ];
  for (const q of needles) {
    const r = await searcher.get(`${API}/intelligence/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `${r}`);
    assert.deepEqual(r.body.items, [], `a search for ${q} finds nothing`);
    responses.push(r);
  }
  const control = await search(searcher, benign);
  assert.deepEqual(hitIds(control), [copy.id], 'the copy is found by what it still says; the original is not');
  responses.push(await ngo.get(`${API}/intelligence/search?q=${encodeURIComponent(victim.surname)}`));
  assert.equal(responses.at(-1).status, 403, 'the partner role has no intel.search');

  const found = leaksIn(responses.map(whole), [...needles, original.id, original.reference]);
  assert.deepEqual(found, [], 'nothing removed, and nothing naming the original, reaches the partner');
});

test('every search is logged; the auditor finds who searched for a name in whatever script it was typed', async () => {
  const fl = await fx.as('frontline');
  const analyst = await fx.as('analyst');
  const name = cyrillicName();
  const rep = await fileReport(fl, reportBody({
    blocks: { exploitation_type: 'Labour exploitation on a farm', persons: `Worker ${name.full} was seen in the field` },
    items: [{ kind: 'person', fields: { name: name.full, birth_date: '1994-07-08' } }],
  }));
  await handOver(fl, rep.id);
  const s = await search(analyst, name.full);
  assert.ok(hitIds(s).includes(rep.id), 'the analyst finds the report');
  const hit = s.items.find((x) => x.report.id === rep.id);
  assert.ok(hit.where.some((w) => w.startsWith('items')), `where: ${JSON.stringify(hit.where)}`);

  const auditor = await fx.as('auditor');
  const log = await auditor.ok(`${API}/intelligence/searches?name=${encodeURIComponent(name.latin.full)}`);
  const row = log.items.find((x) => x.user.username === 'analyst');
  assert.ok(row, `the Cyrillic search is found by the Latin name: ${JSON.stringify(log.items)}`);
  assert.equal(row.user.id, analyst.user.id);
  assert.ok(row.user.display_name);
  assert.ok(JSON.stringify(row.terms).toLowerCase().includes(name.surname.toLowerCase()), `terms: ${JSON.stringify(row.terms)}`);
  assert.equal(row.results, s.total);
  assert.ok(row.at && row.id);
  const unrelated = await auditor.ok(`${API}/intelligence/searches?name=${encodeURIComponent(cyrillicName().latin.full)}`);
  assert.ok(!unrelated.items.some((x) => x.id === row.id), 'another name does not find it');
  for (const u of ['analyst', 'supervisor', 'admin', 'investigator'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/searches?name=${encodeURIComponent(name.latin.full)}`)).status, 403, u);
});

test('deconfliction covers intelligence: a person of a held report matching a record of another unit\'s case tells both supervisors of each other only', async () => {
  const kgInv = await fx.as('investigator.kg');
  const kase = await createCase(kgInv, { title: `Kyrgyz labour case ${S}`, jurisdiction: { country: 'KG', region: 'Bishkek' } });
  const passport = `AK${digits(7)}`;
  const rec = await kgInv.post(`${API}/cases/${kase.id}/entities`, {
    schema: 'Person', properties: { name: ['TOSHMATOV ILKHOM'], birthDate: ['1988-09-12'], passportNumber: [passport] },
  });
  assert.equal(rec.status, 201, `${rec}`);

  const fl = await fx.as('frontline');
  const secretName = 'Тошматов Илхом Ботирович';
  const rep = await fileReport(fl, reportBody({
    handling: 'H3',
    blocks: { exploitation_type: `Labour exploitation, lead ${word()}`, persons: `${secretName}, the recruiter` },
    items: [{ kind: 'person', fields: { name: secretName, birth_date: '1988-09-12', passport: `${passport.slice(0, 2)} ${passport.slice(2)}` } }],
  }));
  await handOver(fl, rep.id);

  const sup = await fx.as('supervisor');
  const supKg = await fx.as('supervisor.kg');
  const kz = await waitFor(async () => (await sup.ok(`${API}/intelligence/notices`)).items.find((n) => n.report?.id === rep.id));
  assert.ok(kz, 'the unit holding the report is told');
  assert.equal(kz.other_unit.code, 'KG-BSK-TIP');
  assert.ok(kz.other_unit.name && kz.other_unit.id);
  assert.ok(kz.contact, 'how to reach the other unit');
  assert.ok(kz.created_at);
  const kgAnswer = await waitFor(async () => {
    const r = await supKg.get(`${API}/intelligence/notices`);
    return r.body?.items?.some((n) => n.case?.id === kase.id) ? r : null;
  });
  assert.ok(kgAnswer, 'the Kyrgyz unit is told too');
  const kg = kgAnswer.body.items.find((n) => n.case?.id === kase.id);
  assert.equal(kg.other_unit.code, 'KZ-ALM-CTU');
  assert.equal(kg.report ?? null, null, 'the Kyrgyz notice names their own case, not the report');
  const kgLeaks = leaksIn([whole(kgAnswer)], [secretName, 'Тошматов', 'Илхом', 'Ботирович', passport, passport.slice(2), rep.id, rep.reference, rep.items[0].id]);
  assert.deepEqual(kgLeaks, [], 'the Kyrgyz supervisor learns nothing of the report');
  const kzText = whole(await sup.get(`${API}/intelligence/notices`));
  assert.deepEqual(leaksIn([kzText], [kase.id, kase.reference, kase.title, rec.body.id, 'TOSHMATOV']), [], 'nor the Kazakh one of the case');
  // Nobody on either side sees the other's record through the report.
  assertProblem(await kgInv.get(`${API}/intelligence/reports/${rep.id}`), 404, 'not_found');
  const matches = await (await fx.as('analyst')).get(`${API}/intelligence/reports/${rep.id}/matches`);
  assert.equal(matches.status, 200, `${matches}`);
  assert.deepEqual(leaksIn([whole(matches)], [kase.id, kase.reference, rec.body.id, 'TOSHMATOV']), [], 'matches show only cases the caller may see');
  assert.equal((await fl.get(`${API}/intelligence/notices`)).status, 403, 'deconfliction.read');
});

test('deconfliction between two reports held by two units, and with a case record saved after the report', async () => {
  const fl = await fx.as('frontline');
  const passport = `AT${digits(7)}`;
  const person = { kind: 'person', fields: { name: 'Сатторов Фаррух', birth_date: '1979-03-15', passport } };
  const one = await fileReport(fl, reportBody({ items: [person] }));
  await handOver(fl, one.id, 'KZ-ALM-CTU');
  const two = await fileReport(fl, reportBody({ items: [{ ...person, fields: { ...person.fields, name: 'SATTOROV FARRUKH' } }] }));
  await handOver(fl, two.id, 'KG-BSK-TIP');
  const sup = await fx.as('supervisor');
  const supKg = await fx.as('supervisor.kg');
  const kz = await waitFor(async () => (await sup.ok(`${API}/intelligence/notices`)).items.find((n) => n.report?.id === one.id));
  assert.ok(kz, 'the unit holding the first report is told');
  assert.equal(kz.other_unit.code, 'KG-BSK-TIP');
  const kg = await waitFor(async () => (await supKg.ok(`${API}/intelligence/notices`)).items.find((n) => n.report?.id === two.id));
  assert.ok(kg, 'and the unit holding the second');
  assert.equal(kg.other_unit.code, 'KZ-ALM-CTU');
  assert.deepEqual(leaksIn([whole(kg)], [one.id, one.reference, 'Сатторов']), [], 'nothing of the other report');

  // A case record saved later meets the report held by the other unit.
  const kgInv = await fx.as('investigator.kg');
  const kase = await createCase(kgInv, { title: `Later case ${S}`, jurisdiction: { country: 'KG', region: 'Osh' } });
  const rec = await kgInv.post(`${API}/cases/${kase.id}/entities`, {
    schema: 'Person', properties: { name: ['Sattorov Farrukh'], birthDate: ['1979-03-15'], passportNumber: [passport] },
  });
  assert.equal(rec.status, 201, `${rec}`);
  const later = await waitFor(async () => (await supKg.ok(`${API}/intelligence/notices`)).items.find((n) => n.case?.id === kase.id));
  assert.ok(later, 'the case\'s unit is told that another unit holds intelligence on the same target');
  assert.equal(later.other_unit.code, 'KZ-ALM-CTU');
  const back = await waitFor(async () => (await sup.ok(`${API}/intelligence/notices`)).items.filter((n) => n.report?.id === one.id));
  assert.ok(back.length >= 2, 'and the holder of the report is told of the case');
});

test('strategic counts: by country, exploitation, modus, route and period; counts only, small cells suppressed', async () => {
  const G = await grading(fx);
  const fl = await fx.as('frontline');
  const names = [];
  const common = {
    exploitation_forms: ['labour'],
    countries: [{ code: 'UZ', role: 'origin' }, { code: 'KZ', role: 'destination' }],
    modus: ['debt_bondage'],
  };
  for (let i = 0; i < G.min_cell; i++) {
    const n = `${word()} Statsperson`;
    names.push(n);
    const rep = await fileReport(fl, reportBody({ facts: common, items: [{ kind: 'person', fields: { name: n } }] }));
    await handOver(fl, rep.id);
  }
  // One report from a country no other report names (TH), by a modus no other report uses.
  const rare = `${word()} Rareperson`;
  names.push(rare);
  const lone = await fileReport(fl, reportBody({
    facts: { exploitation_forms: ['labour'], countries: [{ code: 'TH', role: 'origin' }, { code: 'KZ', role: 'destination' }], modus: ['escorted_travel'] },
    items: [{ kind: 'person', fields: { name: rare } }],
  }));
  await handOver(fl, lone.id);

  const analyst = await fx.as('analyst');
  const all = [];
  for (const by of ['country', 'exploitation', 'modus', 'route', 'period']) {
    const r = await analyst.get(`${API}/intelligence/stats?by=${by}`);
    assert.equal(r.status, 200, `${by}: ${r}`);
    all.push(r);
    const s = r.body;
    assert.equal(s.by, by);
    assert.equal(s.min_cell, G.min_cell);
    assert.equal(typeof s.total, 'number');
    assert.ok(s.rows.length > 0, `${by}: rows`);
    for (const row of s.rows) {
      assert.ok(typeof row.key === 'string' && row.key, `${by}: a key`);
      if (row.suppressed) assert.equal(row.count, undefined, `${by} ${row.key}: a suppressed cell has no count`);
      else assert.ok(Number.isInteger(row.count) && row.count >= G.min_cell, `${by} ${row.key}: ${row.count} below min_cell is shown`);
    }
  }
  const [country, exploitation, modus] = all.map((r) => r.body);
  assert.ok(country.rows.find((x) => x.key === 'UZ').count >= G.min_cell);
  const th = country.rows.find((x) => x.key === 'TH');
  assert.ok(th, 'the lone country has a row');
  assert.equal(th.suppressed, true, 'one report from TH: suppressed');
  assert.equal(th.count, undefined);
  assert.ok(exploitation.rows.find((x) => x.key === 'labour').count >= G.min_cell + 1);
  const debt = modus.rows.find((x) => x.key === 'debt_bondage');
  assert.ok(debt.count >= G.min_cell);
  assert.ok(debt.label?.en && debt.label?.ru, 'modus rows carry their labels');
  assert.equal(modus.rows.find((x) => x.key === 'escorted_travel')?.suppressed, true);
  assert.deepEqual(leaksIn(all.map(whole), [...names, lone.id, lone.reference]), [], 'no name and no report in the counts');

  const past = await analyst.ok(`${API}/intelligence/stats?by=country&from=2000-01-01T00:00:00Z&to=2000-12-31T23:59:59Z`);
  assert.equal(past.total, 0, 'nothing was reported in 2000');
  assert.equal((await (await fx.as('coordinator')).get(`${API}/intelligence/stats?by=country`)).status, 200);
  assert.equal((await (await fx.as('supervisor')).get(`${API}/intelligence/stats?by=modus`)).status, 200);
  for (const u of ['investigator', 'prosecutor', 'ngo', 'frontline'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/stats?by=country`)).status, 403, u);
  const badBy = await analyst.get(`${API}/intelligence/stats?by=victim_name`);
  assert.ok([400, 422].includes(badBy.status), `${badBy}`);
  assert.equal(badBy.field, 'by');
});

test('who may use the intelligence routes', async () => {
  const rep = await analysedReport(fx, { handling: 'H3' });
  for (const u of ['frontline', 'auditor', 'admin'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/reports`)).status, 403, `${u}: no intel.read`);
  for (const u of ['coordinator', 'ngo', 'prosecutor', 'investigator', 'analyst', 'supervisor'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/reports`)).status, 200, `${u}: intel.read`);
  for (const u of ['prosecutor', 'coordinator', 'ngo', 'frontline'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/search?q=anything`)).status, 403, `${u}: no intel.search`);
  for (const u of ['ngo', 'prosecutor', 'frontline'])
    assert.equal((await (await fx.as(u)).get(`${API}/intelligence/review`)).status, 403, `${u}: no intel.manage`);
  // A member of the holding unit with intel.read views the report but does not move it on.
  const pros = await fx.as('prosecutor');
  const seen = await intel(pros, rep.id);
  assert.equal(seen.relation, 'holder');
  assert.equal((await pros.post(`${API}/intelligence/reports/${rep.id}/cycle`, { to: 'disseminated', version: seen.version })).status, 403);
  const coord = await fx.as('coordinator');
  assertProblem(await coord.get(`${API}/intelligence/reports/${rep.id}`), 404, 'not_found');
  assert.ok([403, 404].includes((await coord.post(`${API}/intelligence/reports/${rep.id}/disseminations`, { unit_id: national.id })).status));
  assert.equal((await (await fx.as('supervisor')).get(`${API}/intelligence/notices`)).status, 200);
});

test('bad input is refused naming the field, and nothing is half written', async () => {
  const fl = await fx.as('frontline');
  const before = (await fl.ok(`${API}/frontline-reports`)).items.length;
  const post = (body) => fl.post(`${API}/frontline-reports`, body);
  const base = reportBody();
  assertProblem(await post({ ...base, items: [{ kind: 'spaceship', fields: { name: 'x' } }] }), 422, undefined, 'items[0].kind');
  assertProblem(await post({ ...base, items: [{ kind: 'phone', fields: { number: 'call me maybe' } }] }), 422, undefined, 'items[0].fields.number');
  assertProblem(await post({ ...base, items: [{ kind: 'person', fields: { name: 'Ok' } }, { kind: 'person', fields: { name: 'Ok too', phone: 'nine-nine' } }] }), 422, undefined, 'items[1].fields.phone');
  assertProblem(await post({ ...base, items: [{ kind: 'person', fields: { birth_date: '1990-01-01' } }] }), 422, 'required', 'items[0].fields.name');
  assertProblem(await post({ ...base, grading: { source: 'B', intelligence: '2', handling: 'H9' } }), 422, undefined, 'grading.handling');
  assertProblem(await post({ ...base, grading: { source: 'Z', intelligence: '2', handling: 'H3' } }), 422, undefined, 'grading.source');
  assertProblem(await post({ ...base, grading: { source: 'B', intelligence: '9', handling: 'H3' } }), 422, undefined, 'grading.intelligence');
  assertProblem(await post({ ...base, facts: { countries: [{ code: 'XX', role: 'origin' }] } }), 422, undefined, 'facts.countries[0].code');
  assertProblem(await post({ ...base, facts: { countries: [{ code: 'UZ', role: 'home' }] } }), 422, undefined, 'facts.countries[0].role');
  assertProblem(await post({ ...base, facts: { modus: ['voodoo'] } }), 422, undefined, 'facts.modus[0]');
  assertProblem(await post({ ...base, facts: { exploitation_forms: ['sightseeing'] } }), 422, undefined, 'facts.exploitation_forms[0]');
  const long = await post({ ...base, originator_contact: 'x'.repeat(501) });
  assert.ok([400, 422].includes(long.status) && long.field === 'originator_contact', `${long}`);
  assertProblem(await post('{"blocks": {"persons": "x"}, "items": ['), 400, 'malformed_json');
  assert.equal((await fl.ok(`${API}/frontline-reports`)).items.length, before, 'no refused report was stored');

  // A refused change leaves the draft as it was.
  const rep = await fileReport(fl, base);
  const r = await fl.patch(`${API}/frontline-reports/${rep.id}`, {
    version: rep.version, blocks: { ...base.blocks, vehicles: 'A red truck' }, items: [{ kind: 'spaceship', fields: {} }],
  });
  assertProblem(r, 422, undefined, 'items[0].kind');
  const g = await fl.patch(`${API}/frontline-reports/${rep.id}`, { version: rep.version, blocks: { ...base.blocks, vehicles: 'A red truck' }, grading: { handling: 'H0' } });
  assertProblem(g, 422, undefined, 'grading.handling');
  const same = await fl.ok(`${API}/frontline-reports/${rep.id}`);
  assert.equal(same.version, rep.version);
  assert.deepEqual(same.blocks, rep.blocks);
  assert.deepEqual(same.items, rep.items);
  assert.deepEqual(same.grading, rep.grading);

  // And a refused grade change on intelligence.
  await handOver(fl, rep.id);
  const inv = await fx.as('investigator');
  const cur = await intel(inv, rep.id);
  const sup = await fx.as('supervisor');
  assertProblem(await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, { version: cur.version, grading: { ...cur.grading, handling: 'H7' }, reason: 'typo' }),
    422, undefined, 'grading.handling');
  assertProblem(await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`, '{"version": '), 400, 'malformed_json');
  const still = await intel(inv, rep.id);
  assert.deepEqual(still.grading, cur.grading);
  assert.equal(still.version, cur.version);
  // Dissemination to no such unit; an unknown cycle state.
  const analyst = await fx.as('analyst');
  await advanceTo(analyst, rep.id, 'analysed');
  const nowhere = await disseminate(analyst, rep.id, '019a0000-0000-7000-8000-000000000001');
  assert.equal(nowhere.status, 422, `${nowhere}`);
  assert.equal(nowhere.field, 'unit_id');
  const flying = await moveCycle(analyst, rep.id, 'flying');
  assert.ok([409, 422].includes(flying.status), `${flying}`);
  assert.equal((await intel(analyst, rep.id)).cycle, 'analysed');
  assert.equal((await analyst.ok(`${API}/intelligence/reports/${rep.id}/disseminations`)).items.length, 0);
  assertProblem(await analyst.get(`${API}/intelligence/reports/not-a-uuid`), 404, 'not_found');
});

test('a unit\'s agency and kind are checked when it is created', async () => {
  const admin = await fx.as('admin');
  const code = `KZ-TEST-${letters(5).toUpperCase()}`;
  assertProblem(await admin.post(`${API}/units`, { code, name: 'Unit of an unknown kind', country: 'KZ', kind: 'spaceship' }), 422, 'invalid_value', 'kind');
  assertProblem(await admin.post(`${API}/units`, { code, name: 'Bad agency', country: 'KZ', kind: 'police', agency: 'two words' }), 422, 'invalid_value', 'agency');
  assertProblem(await admin.post(`${API}/units`, { code, name: 'Wrong type', country: 'KZ', kind: 7 }), 400, 'wrong_type', 'kind');
  const ok = await admin.post(`${API}/units`, { code, name: 'Labour inspectorate of Almaty', country: 'KZ', kind: 'labour_inspection' });
  assert.equal(ok.status, 201, `${ok}`);
  assert.equal(ok.body.kind, 'labour_inspection');
  assert.equal(ok.body.agency, code, 'a unit named with no agency is an agency of its own');
  assert.ok(!(await admin.ok(`${API}/units`)).items.some((u) => u.name === 'Unit of an unknown kind'), 'nothing half written');
});
