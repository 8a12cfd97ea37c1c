// The handling matrix of intelligence reports (docs/api.md, "Intelligence"): for every handling code
// of config/intelligence/grading.json and every recipient class, whether the holder may pass a
// report on, and which paths (view, export, search hit, link chart) the recipient may then use —
// all read from the rules the server serves, not written down here. The report is filed by the
// border officer 'frontline' (KZ-AST-BORDER, agency KZ-BORDER) and handed to KZ-ALM-CTU (its
// holder), whose analyst moves it to analysed and disseminates it; recipient classes are relative
// to the author's unit: a second KZ-BORDER unit is own agency, a Kazakh police unit national law
// enforcement, KG-BSK-TIP foreign law enforcement, the NGO shelter non-prosecuting.
// The label is enforced: tightening the code takes the recipient's sight away at once.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, useFixture } from './harness.mjs';
import {
  API, USE_PATHS, advanceTo, analysedReport, auditHead, check, classIds, disseminate, disseminateOk,
  expectedDissemination, fileReport, grading, handOver, handlingCode, hitIds, intel, letters, makeUnit, makeUser,
  refusals, reportBody, search, sharePath, unitByCode, upper, usePaths, word,
} from './intel-helpers.mjs';

const S = letters(6);
const U = upper(5);
const AUTHOR_COUNTRY = 'KZ';  // KZ-AST-BORDER, the author's unit

// Recipient class → {unit, reader (a user of that unit with intel.read and intel.search), also
// (other users of the unit who must see exactly what the reader sees)}.
const T = {};
// Further units, only to check the recipient class the server works out.
const extra = {};

const fx = useFixture({ setup: async (fx) => {
  T.own_agency = {
    unit: await makeUnit(fx, { code: `KZ-BRD2-${U}`, name: `Border Service — Almaty post ${U}`, country: 'KZ', region: 'Almaty', agency: 'KZ-BORDER', kind: 'border' }),
    reader: `intel.own.${S}`,
  };
  T.national_le = {
    unit: await makeUnit(fx, { code: `KZ-SHY-CTU-${U}`, name: `Shymkent police anti-trafficking unit ${U}`, country: 'KZ', region: 'Shymkent', agency: 'KZ-MVD', kind: 'police' }),
    reader: `intel.nat.${S}`,
  };
  T.foreign_le = { unit: await unitByCode(fx, 'KG-BSK-TIP'), reader: 'investigator.kg' };
  T.non_prosecuting = { unit: await unitByCode(fx, 'KZ-ALM-NGO'), reader: `intel.ngo.${S}`, also: ['ngo'] };
  // The readers are investigators: each has intel.read and intel.search, so that the class of
  // their unit is all that tells them apart.
  await makeUser(fx, T.own_agency.reader, 'investigator', T.own_agency.unit.code);
  await makeUser(fx, T.national_le.reader, 'investigator', T.national_le.unit.code);
  await makeUser(fx, T.non_prosecuting.reader, 'investigator', 'KZ-ALM-NGO');

  extra.prosecution = await makeUnit(fx, { code: `KZ-GP-${U}`, name: `Prosecutor's office ${U}`, country: 'KZ', region: 'Astana', agency: 'KZ-GP', kind: 'prosecution' });
  extra.kgBorder = await makeUnit(fx, { code: `KG-BRD-${U}`, name: `Kyrgyz border post ${U}`, country: 'KG', region: 'Osh', agency: 'KG-BORDER', kind: 'border' });
  extra.kgProsecution = await makeUnit(fx, { code: `KG-GP-${U}`, name: `Kyrgyz prosecutor ${U}`, country: 'KG', region: 'Bishkek', agency: 'KG-GP', kind: 'prosecution' });
  extra.labour = await makeUnit(fx, { code: `KZ-LAB-${U}`, name: `Labour inspectorate ${U}`, country: 'KZ', region: 'Almaty', agency: 'KZ-MINTRUD', kind: 'labour_inspection' });
  extra.nrm = await unitByCode(fx, 'KZ-NRM');
  extra.holder = await unitByCode(fx, 'KZ-ALM-CTU');
}});

const CONTRACT = {
  H1: ['own_agency', 'national_le', 'foreign_le'],
  H2: ['own_agency', 'national_le', 'non_prosecuting'],
  H3: ['own_agency', 'national_le'],
  H4: ['own_agency'],
  H5: [],
};

// Uses the report as every user of class CLS and checks that exactly PATHS work; every refused
// view, export and link chart is on the audit trail as a refusal naming the report.
async function checkUse(cls, rep, token, paths) {
  const { reader, also = [] } = T[cls];
  const c = await fx.as(reader);
  const since = await auditHead(fx);
  const refused = [];
  const where = `${cls} (${reader}) on ${rep.reference} [${rep.grading?.handling}]`;

  const v = await c.get(`${API}/intelligence/reports/${rep.id}`);
  if (paths.includes('view')) {
    assert.equal(v.status, 200, `${where}: view: ${v}`);
    assert.equal(v.body.relation, 'recipient', where);
    assert.equal(v.body.access.recipient_class, cls, where);
    assert.deepEqual(v.body.access.paths.filter((p) => USE_PATHS.includes(p)).sort(), [...paths].sort(), `${where}: access.paths`);
  } else {
    assertProblem(v, 404, 'not_found');
    refused.push(`${API}/intelligence/reports/${rep.id}`);
  }
  const e = await c.get(`${API}/intelligence/reports/${rep.id}/export`);
  if (paths.includes('export')) {
    assert.equal(e.status, 200, `${where}: export: ${e}`);
    assert.ok(e.body.Event, `${where}: a MISP event`);
  } else {
    assert.ok([403, 404].includes(e.status), `${where}: export refused: ${e}`);
    refused.push(`${API}/intelligence/reports/${rep.id}/export`);
  }
  const n = await c.get(`${API}/intelligence/reports/${rep.id}/network`);
  if (paths.includes('graph_path')) {
    assert.equal(n.status, 200, `${where}: network: ${n}`);
    assert.ok(JSON.stringify(n.body.nodes).includes(rep.id), `${where}: the report is a node of its chart`);
  } else {
    assert.ok([403, 404].includes(n.status), `${where}: network refused: ${n}`);
    refused.push(`${API}/intelligence/reports/${rep.id}/network`);
  }
  const s = await search(c, token);
  assert.equal(hitIds(s).includes(rep.id), paths.includes('search_hit'), `${where}: search hit`);
  const list = await c.ok(`${API}/intelligence/reports`);
  assert.equal(list.items.some((x) => x.id === rep.id), paths.includes('view'), `${where}: in /intelligence/reports`);

  const rows = await refusals(fx, since, reader, rep.id);
  for (const p of refused)
    assert.ok(rows.some((r) => r.path === p), `${where}: the refusal of ${p} is audited (denied or not_found): ${JSON.stringify(rows)}`);

  for (const other of also) {
    const o = await (await fx.as(other)).get(`${API}/intelligence/reports/${rep.id}`);
    assert.equal(o.status, paths.includes('view') ? 200 : 404, `${where}: ${other} sees what the unit may see: ${o}`);
  }
}

test('the handling codes served let exactly the contract\'s recipient classes receive', async () => {
  const G = await grading(fx);
  assert.deepEqual(G.handling_codes.map((h) => h.code), ['H1', 'H2', 'H3', 'H4', 'H5'], 'widest first');
  assert.deepEqual(classIds(G).sort(), ['foreign_le', 'national_le', 'non_prosecuting', 'own_agency']);
  for (const [code, classes] of Object.entries(CONTRACT)) {
    const hc = handlingCode(G, code);
    const receives = classIds(G).filter((cls) =>
      expectedDissemination(hc, cls, cls === 'foreign_le' ? 'share_abroad' : 'share_unit', { assessed: true }).allowed);
    assert.deepEqual(receives.sort(), [...classes].sort(),
      `${code}: the classes whose allow list has the path they would receive by (share_unit in the country, share_abroad abroad)`);
  }
  assert.ok(!handlingCode(G, 'H1').allow.foreign_le.includes('share_unit'), 'H1 goes abroad by share_abroad, not share_unit');
  const h5 = handlingCode(G, 'H5');
  assert.equal(h5.special, true);
  assert.equal(h5.consent_required, true);
  for (const code of ['H1', 'H2', 'H3', 'H4']) {
    assert.equal(handlingCode(G, code).special, false, code);
    assert.equal(handlingCode(G, code).consent_required, false, code);
  }
});

test('the recipient class is the class of the caller\'s unit relative to the author\'s unit', async () => {
  const G = await grading(fx);
  const analyst = await fx.as('analyst');
  const rep = await analysedReport(fx, { handling: 'H1' });
  const expect = [
    [T.own_agency.unit, 'own_agency'],            // same agency (KZ-BORDER)
    [T.national_le.unit, 'national_le'],          // police, same country
    [extra.prosecution, 'national_le'],           // prosecution, same country
    [T.foreign_le.unit, 'foreign_le'],            // police abroad
    [extra.kgBorder, 'foreign_le'],               // border guards abroad
    [T.non_prosecuting.unit, 'non_prosecuting'],  // NGO
    [extra.nrm, 'non_prosecuting'],               // social services
    [extra.labour, 'non_prosecuting'],            // labour inspectorate
    // The contract names only police and border units abroad as foreign_le: "anything else →
    // non_prosecuting", a prosecutor's office abroad included.
    [extra.kgProsecution, 'non_prosecuting'],
  ];
  for (const [unit, cls] of expect) {
    const c = await check(analyst, rep.id, unit.id);
    assert.equal(c.recipient_class, cls, `${unit.code}: ${JSON.stringify(c)}`);
    assert.equal(c.path, sharePath(AUTHOR_COUNTRY, unit), unit.code);
    assert.equal(c.handling, 'H1');
    assert.equal(c.tlp, handlingCode(G, 'H1').tlp);
  }
  // The holder and the originator see it whatever the class of their units.
  const mine = await intel(analyst, rep.id);
  assert.equal(mine.relation, 'holder');
  assert.equal(mine.access.recipient_class, 'holder');
  for (const p of USE_PATHS) assert.ok(mine.access.paths.includes(p), `the holder has ${p}`);
  const own = await (await fx.as('frontline')).ok(`${API}/frontline-reports/${rep.id}`);
  assert.equal(own.relation, 'author');
  assert.equal(own.access.recipient_class, 'originator');
  for (const p of USE_PATHS) assert.ok(own.access.paths.includes(p), `the originator has ${p}`);
  assert.equal(extra.holder.code, 'KZ-ALM-CTU');
});

for (const code of ['H1', 'H2', 'H3', 'H4', 'H5']) {
  test(`${code}: the holder may pass the report on to exactly the classes the code allows, who use exactly the paths it allows`, async () => {
    const G = await grading(fx);
    const hc = handlingCode(G, code);
    const analyst = await fx.as('analyst');
    const token = word();
    const rep = await analysedReport(fx, { token, handling: code });
    assert.equal(rep.grading.handling, code);
    assert.equal(rep.tlp, hc.tlp);

    // Nobody has it before it is passed on.
    for (const cls of classIds(G)) await checkUse(cls, rep, token, []);

    const received = {};
    for (const cls of classIds(G)) {
      const { unit } = T[cls];
      const path = sharePath(AUTHOR_COUNTRY, unit);
      const want = expectedDissemination(hc, cls, path);
      const c = await check(analyst, rep.id, unit.id);
      const label = `${code} → ${cls} (${unit.code})`;
      assert.equal(c.allowed, want.allowed, `${label}: ${JSON.stringify(c)}`);
      assert.equal(c.code, want.code, `${label}: ${JSON.stringify(c)}`);
      assert.equal(c.path, path, label);
      assert.equal(c.recipient_class, cls, label);
      assert.equal(c.handling, code, label);
      assert.equal(c.tlp, hc.tlp, label);
      assert.ok(typeof c.message === 'string' && typeof c.message_ru === 'string', `${label}: messages`);
      if (!want.allowed) assert.ok(c.message && c.message_ru, `${label}: a refusal says why, in English and Russian`);

      const d = await disseminate(analyst, rep.id, unit.id, `matrix ${label}`);
      if (want.allowed) {
        assert.equal(d.status, 201, `${label}: ${d}`);
        assert.equal(d.body.unit.id, unit.id);
        assert.equal(d.body.path, path);
        assert.equal(d.body.handling, code);
        assert.equal(d.body.tlp, hc.tlp);
        assert.equal(d.body.acknowledged_at, null);
      } else {
        assertProblem(d, want.status, want.code);
      }
      received[cls] = want.allowed;
    }

    const after = await intel(analyst, rep.id);
    const any = Object.values(received).some(Boolean);
    assert.equal(after.cycle, any ? 'disseminated' : 'analysed', 'a dissemination moves the cycle on; a refusal does not');
    const log = await analyst.ok(`${API}/intelligence/reports/${rep.id}/disseminations`);
    const sent = classIds(G).filter((cls) => received[cls]).map((cls) => T[cls].unit.id).sort();
    assert.deepEqual(log.items.map((x) => x.unit.id).sort(), sent, 'the log holds every dissemination and no refusal');
    for (const row of log.items) {
      assert.equal(row.report_id, rep.id);
      assert.equal(row.handling, code);
      assert.equal(row.by.id, analyst.user.id);
      assert.ok(row.at);
    }
    if (any) assert.ok((await analyst.ok(`${API}/intelligence/reports/${rep.id}/history`)).items.some((h) => h.kind === 'disseminated'));

    for (const cls of classIds(G)) {
      const reader = await fx.as(T[cls].reader);
      const inbox = await reader.ok(`${API}/intelligence/disseminations`);
      assert.equal(inbox.items.some((x) => x.report?.id === rep.id), received[cls], `${code} ${cls}: in the unit's received list`);
      await checkUse(cls, rep, token, received[cls] ? usePaths(hc, cls) : []);
    }
  });
}

test('the label is enforced: a tighter code takes the recipients\' sight away at once, a wider one gives it back', async () => {
  const G = await grading(fx);
  const analyst = await fx.as('analyst');
  const sup = await fx.as('supervisor');
  const token = word();
  const rep = await analysedReport(fx, { token, handling: 'H1' });
  const h1 = handlingCode(G, 'H1');
  const received = {};
  for (const cls of classIds(G)) {
    const { unit } = T[cls];
    if (!expectedDissemination(h1, cls, sharePath(AUTHOR_COUNTRY, unit)).allowed) continue;
    await disseminateOk(analyst, rep.id, unit.id);
    received[cls] = true;
  }
  assert.ok(received.foreign_le && received.national_le && received.own_agency, 'H1 went to three classes');

  for (const code of ['H1', 'H3', 'H4', 'H1']) {
    const cur = await intel(analyst, rep.id);
    if (cur.grading.handling !== code) {
      const r = await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`,
        { version: cur.version, grading: { ...cur.grading, handling: code }, reason: `Handling reviewed: ${code}` });
      assert.equal(r.status, 200, `${r}`);
    }
    const now = await intel(analyst, rep.id);
    assert.equal(now.grading.handling, code);
    assert.equal(now.tlp, handlingCode(G, code).tlp);
    for (const cls of classIds(G)) await checkUse(cls, rep, token, received[cls] ? usePaths(handlingCode(G, code), cls) : []);
  }
  // Under H3 nothing more goes abroad.
  const cur = await intel(analyst, rep.id);
  const again = await sup.patch(`${API}/intelligence/reports/${rep.id}/grading`,
    { version: cur.version, grading: { ...cur.grading, handling: 'H3' }, reason: 'Tightened again' });
  assert.equal(again.status, 200, `${again}`);
  const c = await check(analyst, rep.id, extra.kgBorder.id);
  assert.equal(c.allowed, false);
  assert.equal(c.code, 'handling_refused');
  assertProblem(await disseminate(analyst, rep.id, extra.kgBorder.id), 403, 'handling_refused');
  const grades = (await analyst.ok(`${API}/intelligence/reports/${rep.id}/history`)).items.filter((h) => h.kind === 'grading');
  assert.ok(grades.length >= 4, `every change of the code is in the history: ${grades.length}`);
});

test('an item handled more narrowly than its report is withheld from recipients the item\'s code does not reach', async () => {
  const G = await grading(fx);
  const analyst = await fx.as('analyst');
  const open = word();
  const closed = word();
  const fl = await fx.as('frontline');
  const rep = await fileReport(fl, reportBody({
    token: open,
    handling: 'H3',
    items: [
      { kind: 'person', fields: { name: `${open} Driver` } },
      { kind: 'person', fields: { name: `${closed} Informant`, phone: '+7 701 400 11 22' }, grading: { source: 'A', intelligence: '1', handling: 'H4' } },
    ],
  }));
  assert.equal(rep.items.length, 2);
  const closedId = rep.items.find((i) => i.fields.name.includes(closed)).id;
  await handOver(fl, rep.id);
  await advanceTo(analyst, rep.id);
  await disseminateOk(analyst, rep.id, T.national_le.unit.id);
  await disseminateOk(analyst, rep.id, T.own_agency.unit.id);

  // National police: the report, not the informant.
  const nat = await fx.as(T.national_le.reader);
  const seen = await intel(nat, rep.id);
  assert.deepEqual(seen.items.map((i) => i.fields.name), [`${open} Driver`]);
  assert.equal(seen.withheld_items, 1);
  const exp = await nat.ok(`${API}/intelligence/reports/${rep.id}/export`);
  const net = await nat.ok(`${API}/intelligence/reports/${rep.id}/network`);
  for (const [what, body] of [['report', seen], ['export', exp], ['network', net]]) {
    const text = JSON.stringify(body);
    for (const s of [closed, closedId, '400 11 22', '4001122']) assert.ok(!text.includes(s), `the withheld item shows in the ${what}: ${s}`);
  }
  assert.ok(!hitIds(await search(nat, closed)).includes(rep.id), 'the withheld item is no search hit');
  assert.ok(hitIds(await search(nat, open)).includes(rep.id), 'the rest of the report is');
  // Its own agency: the informant too (H4 reaches own_agency).
  assert.ok(usePaths(handlingCode(G, 'H4'), 'own_agency').includes('view'));
  const own = await intel(await fx.as(T.own_agency.reader), rep.id);
  assert.equal(own.items.length, 2);
  assert.equal(own.withheld_items, 0);
  // The holder sees everything.
  const held = await intel(analyst, rep.id);
  assert.equal(held.items.length, 2);
  assert.equal(held.withheld_items, 0);
});
