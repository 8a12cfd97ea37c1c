// The link graph's snapshot: `ariadne serve` saves it encrypted under DATA/graph/ after a start
// that loaded from the store and at every clean stop, starts from it when it is usable (and says
// so), and falls back to the store, saying why, when it is not — the graph answering the same
// either way. The snapshot holds phone and account numbers: none of them is readable on disk.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { createCase, useFixture } from './harness.mjs';

const fx = useFixture();
const enc = encodeURIComponent;
// The demo's recruiter and second suspect (README, "Link analysis"), the agency's account.
const RECRUITER = 'p:+998901234567';
const SUSPECT = 'p:+77017000202';
const AGENCY = 'KZ86125KZT5004100100';

function graphDir() {
  return path.join(fx.dir.data, 'graph');
}

function currentBlob() {
  const sha = readFileSync(path.join(graphDir(), 'current'), 'utf8').trim();
  assert.match(sha, /^[0-9a-f]{64}$/);
  return path.join(graphDir(), sha.slice(0, 2), sha);
}

function linkGraphLine(stderr) {
  const lines = stderr.split('\n').filter((l) => /link graph: \d+ nodes/.test(l));
  assert.equal(lines.length, 1, stderr);
  return lines[0];
}

async function answers(ids) {
  const inv = await fx.as('investigator');
  const hood = await inv.ok(`/api/v1/graph/neighbourhood?nodes=${enc(`e:${ids.person}`)}&depth=2`);
  const paths = await inv.ok(`/api/v1/graph/paths?from=${enc(RECRUITER)}&to=${enc(SUSPECT)}`);
  const money = await inv.post('/api/v1/money/trace', { account: AGENCY, hops: 3 });
  assert.equal(money.status, 200, `${money}`);
  return {
    hood: { nodes: hood.nodes.map((n) => n.id).sort(), edges: hood.edges.map((e) => `${e.from} ${e.to} ${e.kind} ${e.source}`).sort() },
    paths: paths.paths.map((p) => p.nodes.join(' ')).sort(),
    money: money.body.counterparts.map((c) => `${c.account} ${c.amount}`).sort(),
  };
}

test('a clean stop saves the graph; the next start loads it, falls back when it is damaged, and answers the same', { timeout: 120_000 }, async () => {
  // The first start had no snapshot: it loaded from the store, then saved one at once.
  assert.match(fx.server.stderr, /link graph: snapshot not used: no snapshot yet/);
  assert.match(linkGraphLine(fx.server.stderr), / from store in \d+ ms/);
  assert.match(fx.server.stderr, /link graph: snapshot saved at change \d+/);
  const firstBlob = currentBlob();
  assert.ok(existsSync(firstBlob));

  // Changes the snapshot taken at start does not have: caught up at the stop, saved again.
  const inv = await fx.as('investigator');
  const kase = await createCase(inv, { title: 'Snapshot case' });
  const person = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Snapshot Person'], phone: ['+7 701 555 01 01'] } })).body;
  const friend = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Snapshot Friend'] } })).body;
  assert.equal((await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Associate', properties: { person: [person.id], associate: [friend.id] } })).status, 201);
  // An informant beside them, whom the investigator may not know: no node of theirs, before or after.
  const informant = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Snapshot Source'], phone: ['+7 701 555 01 02'] } })).body;
  assert.equal((await inv.request('PUT', `/api/v1/cases/${kase.id}/entities/${informant.id}/involvements/informant`, { body: {} })).status, 200);
  assert.equal((await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Associate', properties: { person: [person.id], associate: [informant.id] } })).status, 201);
  const ids = { person: person.id };
  const before = await answers(ids);
  assert.ok(before.hood.nodes.includes(`e:${friend.id}`) && before.hood.nodes.includes('p:+77015550101'), JSON.stringify(before.hood));
  assert.ok(!before.hood.nodes.includes(`e:${informant.id}`) && !before.hood.nodes.includes('p:+77015550102'), JSON.stringify(before.hood));
  assert.ok(before.paths.length > 0, 'the demo path runs');
  assert.ok(before.money.length > 0, 'the demo money moves');

  await fx.restart();
  assert.match(linkGraphLine(fx.server.stderr), / from snapshot in \d+ ms/);
  assert.doesNotMatch(fx.server.stderr, /snapshot not used/);
  assert.doesNotMatch(fx.server.stderr, /snapshot saved/, 'a start from the snapshot writes none');
  assert.deepEqual(await answers(ids), before);
  assert.equal(existsSync(firstBlob), false, 'the snapshot saved at the stop replaced the first one');

  // At rest: no number of the graph in any spelling, nor the format's own magic.
  const blob = readFileSync(currentBlob());
  for (const secret of ['+998901234567', '998901234567', '77017000202', '77015550101', AGENCY, 'ARGRAPH1', ids.person])
    assert.equal(blob.includes(secret), false, `${secret} is readable in the snapshot file`);

  // A damaged snapshot: the start says why and loads from the store, then saves a good one.
  await fx.server.stop();
  const damaged = readFileSync(currentBlob());
  damaged[Math.floor(damaged.length / 2)] ^= 0xff;
  writeFileSync(currentBlob(), damaged);
  await fx.restart();
  assert.match(fx.server.stderr, /link graph: snapshot not used: .*authentication/);
  assert.match(linkGraphLine(fx.server.stderr), / from store in \d+ ms/);
  assert.deepEqual(await answers(ids), before);

  // A pointer that names nothing: the same.
  await fx.server.stop();
  writeFileSync(path.join(graphDir(), 'current'), 'garbage\n');
  await fx.restart();
  assert.match(fx.server.stderr, /link graph: snapshot not used: .*names no snapshot/);
  assert.match(linkGraphLine(fx.server.stderr), / from store in \d+ ms/);
  assert.deepEqual(await answers(ids), before);

  // And the snapshot saved after that start is used by the next.
  await fx.restart();
  assert.match(linkGraphLine(fx.server.stderr), / from snapshot in \d+ ms/);
  assert.deepEqual(await answers(ids), before);
});
