// The link graph over the case file (issue 8): records, relationships, phones and involvement as
// nodes and links, kept fresh as records are saved; a confirmed match joins two cases; an
// informant's record is no node for whoever may not know the informant, so no path runs through
// them; every link says which record it comes from.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createCase, useFixture } from './harness.mjs';

let kz, kz2;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kz = await createCase(inv, { title: 'Recruiter network' });
  kz2 = await createCase(inv, { title: 'Second case of the same recruiter' });
}});

async function record(client, kase, body) {
  const r = await client.post(`/api/v1/cases/${kase.id}/entities`, body);
  assert.equal(r.status, 201, `${r}`);
  return r.body;
}
const enc = encodeURIComponent;

test('records, relationships and phones become the graph as they are saved, each link naming its record', async () => {
  const inv = await fx.as('investigator');
  const a = await record(inv, kz, { schema: 'Person', properties: { name: ['Ерлан Ахметов'], phone: ['+7 701 300 00 01'] } });
  const b = await record(inv, kz, { schema: 'Person', properties: { name: ['Dina Akhmetova'] } });
  const rel = await record(inv, kz, { schema: 'Associate', properties: { person: [a.id], associate: [b.id], relationship: ['recruiter'] } });
  const n = await inv.ok(`/api/v1/graph/neighbourhood?nodes=e:${a.id}`);
  const ids = n.nodes.map((x) => x.id);
  assert.ok(ids.includes(`e:${b.id}`) && ids.includes('p:+77013000001'), JSON.stringify(ids));
  const link = n.edges.find((e) => [e.from, e.to].includes(`e:${b.id}`));
  assert.equal(link.kind, 'relationship');
  assert.equal(link.label, 'Associate');
  assert.equal(link.source, rel.id, 'the link names the record it comes from');
  assert.equal(link.case_id, kz.id);
  assert.equal(n.nodes.find((x) => x.id === `e:${b.id}`).caption, 'Dina Akhmetova');

  // Deleting the relationship takes the link away.
  assert.equal((await inv.delete(`/api/v1/cases/${kz.id}/entities/${rel.id}?version=${rel.version}`)).status, 204);
  const after = await inv.ok(`/api/v1/graph/neighbourhood?nodes=e:${a.id}`);
  assert.ok(!after.nodes.some((x) => x.id === `e:${b.id}`));
  // Who cannot see the case cannot see its records.
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/graph/neighbourhood?nodes=e:${a.id}`)).status, 404);
});

test('a confirmed match joins the graph across cases', async () => {
  const inv = await fx.as('investigator');
  const a = await record(inv, kz, { schema: 'Person', properties: { name: ['Юсупова Дилноза'], birthDate: ['1995-02-14'], passportNumber: ['N 1234567'] } });
  const b = await record(inv, kz2, { schema: 'Person', properties: { name: ['Yusupova Dilnoza'], birthDate: ['1995-02-14'], passportNumber: ['N1234567'], phone: ['+7 705 111 22 99'] } });
  const to = 'p:+77051112299';
  assert.equal((await inv.ok(`/api/v1/graph/paths?from=e:${a.id}&to=${enc(to)}`)).paths.length, 0);
  const matches = (await inv.ok(`/api/v1/cases/${kz.id}/entities/${a.id}/matches`)).items;
  const m = matches.find((x) => x.a.entity_id === b.id || x.b.entity_id === b.id);
  assert.ok(m, 'proposed');
  assert.equal((await inv.post(`/api/v1/matches/${m.id}/confirm`, { reason: 'Same passport photograph' })).status, 200);
  const p = await inv.ok(`/api/v1/graph/paths?from=e:${a.id}&to=${enc(to)}`);
  assert.deepEqual(p.paths[0].nodes, [`e:${a.id}`, `e:${b.id}`, to]);
  assert.equal(p.paths[0].edges[0].kind, 'same_as');
  assert.equal(p.paths[0].edges[0].source, `m:${m.id}`);

  // The person's timeline runs across both cases through the confirmation.
  await record(inv, kz2, { schema: 'Event', properties: { name: ['Crossed at Zhibek Zholy'], eventType: ['border_crossing'], date: ['2026-01-15'], involved: [b.id] } });
  const t = await inv.ok(`/api/v1/graph/timeline?node=e:${a.id}`);
  assert.deepEqual(t.records.map((x) => x.id).sort(), [`e:${a.id}`, `e:${b.id}`].sort());
  const ev = t.items.find((x) => x.type === 'border_crossing');
  assert.ok(ev, JSON.stringify(t.items));
  assert.equal(ev.case_id, kz2.id);
  assert.equal(ev.start, '2026-01-15');
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/graph/timeline?node=e:${a.id}`)).status, 404);
});

test('no path runs through an informant for whoever may not know them', async () => {
  const inv = await fx.as('investigator');
  const suspect = await record(inv, kz, { schema: 'Person', properties: { name: ['Марат Суспектов'] } });
  const inf = await record(inv, kz, { schema: 'Person', properties: { name: ['Бахтияр Source'], phone: ['+7 701 765 99 11'] } });
  assert.equal((await inv.request('PUT', `/api/v1/cases/${kz.id}/entities/${inf.id}/involvements/informant`, { body: {} })).status, 200);
  await record(inv, kz, { schema: 'Associate', properties: { person: [suspect.id], associate: [inf.id] } });
  const phone = 'p:+77017659911';
  for (const who of ['investigator', 'supervisor']) {
    const c = await fx.as(who);
    const n = await c.ok(`/api/v1/graph/neighbourhood?nodes=e:${suspect.id}&depth=2`);
    assert.ok(!n.nodes.some((x) => x.id === `e:${inf.id}` || x.id === phone), `${who}: ${JSON.stringify(n.nodes)}`);
    assert.ok(!JSON.stringify(n).includes('Бахтияр'));
    assert.equal((await c.get(`/api/v1/graph/paths?from=e:${suspect.id}&to=${enc(phone)}`)).status, 404, who);
  }
  // With the grant the lead sees the path.
  const sup = await fx.as('supervisor');
  assert.equal((await sup.post(`/api/v1/cases/${kz.id}/team`, { username: 'investigator', team_role: 'lead', grants: ['informant_identity'] })).status, 200);
  const p = await inv.ok(`/api/v1/graph/paths?from=e:${suspect.id}&to=${enc(phone)}`);
  assert.deepEqual(p.paths[0].nodes, [`e:${suspect.id}`, `e:${inf.id}`, phone]);
});

test('a case network, and a chart saved to the case', async () => {
  const inv = await fx.as('investigator');
  const net = await inv.ok(`/api/v1/cases/${kz.id}/network`);
  assert.ok(net.nodes.some((x) => x.id === `c:${kz.id}` && x.kind === 'case'));
  const nodes = net.nodes.map((x) => x.id);
  const c = await inv.post(`/api/v1/cases/${kz.id}/charts`, { name: 'Recruiter', chart: { nodes, pinned: [nodes[0]] } });
  assert.equal(c.status, 201, `${c}`);
  const u = await inv.request('PUT', `/api/v1/cases/${kz.id}/charts/${c.body.id}`, { body: { name: 'Recruiter v2', chart: { nodes }, version: 1 } });
  assert.equal(u.status, 200, `${u}`);
  const stale = await inv.request('PUT', `/api/v1/cases/${kz.id}/charts/${c.body.id}`, { body: { name: 'x', chart: { nodes }, version: 1 } });
  assert.equal(stale.status, 409);
  assert.deepEqual((await inv.ok(`/api/v1/cases/${kz.id}/charts`)).items.map((x) => x.name), ['Recruiter v2']);
  assert.equal((await inv.post(`/api/v1/cases/${kz.id}/charts`, { name: 'no nodes', chart: {} })).status, 422);
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/cases/${kz.id}/charts/${c.body.id}`)).status, 404);
});

test('the route map counts the countries of the cases one may see', async () => {
  const inv = await fx.as('investigator');
  const r = await inv.ok('/api/v1/graph/routes');
  assert.ok(r.cases >= 2);
  assert.ok(r.countries.every((c) => typeof c.code === 'string' && c.origin + c.transit + c.destination > 0));
  const one = await inv.ok(`/api/v1/graph/routes?case_id=${kz.id}`);
  assert.equal(one.cases, 1);
  assert.equal((await (await fx.as('investigator.kg')).get(`/api/v1/graph/routes?case_id=${kz.id}`)).status, 404);
});
