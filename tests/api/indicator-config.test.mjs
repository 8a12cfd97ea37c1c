// Indicator sets are data: an administrator adds a national set or a community priority list by
// dropping a file into config/indicators and restarting; a broken one stops the program at
// start naming the file; a screening keeps the version of the set it used.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { CONFIG, Server, cleanupAll, cli, newDataDir, tempDir } from './harness.mjs';

after(() => cleanupAll());

const label = (en, ru) => ({ en, ru });

function configWith(files) {
  const dir = tempDir('ariadne-config-');
  fs.cpSync(CONFIG, dir, { recursive: true });
  for (const [name, doc] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'indicators', name), JSON.stringify(doc, null, 1));
  return dir;
}

const community = (version = 1, extra = []) => ({
  id: 'osh_market', version, kind: 'community',
  community: { name: label('Osh bazaar traders', 'Торговцы Ошского базара'), role: 'destination' },
  label: label('Osh bazaar: look for these first', 'Ошский базар: в первую очередь'),
  groups: [{ id: 'priority', label: label('Priority signs', 'Приоритетные признаки') }],
  indicators: [
    { id: 'osh_market.no_papers', ref: 'sop_general.no_identity_documents', group: 'priority', priority: 1 },
    { id: 'osh_market.sleeps_at_stall', text: label('Sleeps at the stall it works at', 'Ночует у торгового места'), group: 'priority', direct: false,
      source: { document: '003_9988ec59043900a4.txt', lines: '1893-1898' }, priority: 2 },
    ...extra,
  ],
});

test('a community priority list is loaded without a rebuild, and a new version keeps screenings on the old one', async () => {
  const general = JSON.parse(fs.readFileSync(path.join(CONFIG, 'indicators', 'sop_general.json'), 'utf8'));
  const ref = general.indicators.find((i) => i.direct).id;
  const doc = community();
  doc.indicators[0].ref = ref;
  const dir = await newDataDir();
  let server = await Server.start(dir.data, { env: { ARIADNE_CONFIG: configWith({ 'osh_market.json': doc }) } });
  let c = server.client();
  assert.equal((await c.login('investigator')).status, 200);
  const set = await c.ok('/api/v1/indicator-sets/osh_market');
  assert.equal(set.kind, 'community');
  assert.equal(set.indicators[0].text.en, general.indicators.find((i) => i.id === ref).text.en, 'a ref takes the text of the shared indicator');
  assert.equal(set.indicators[0].priority, 1);
  const kase = (await c.post('/api/v1/cases', { title: 'Osh', category: 'tip', approach: 'reactive', trigger: 'patrol', jurisdiction: { country: 'KG' } })).body;
  const person = (await c.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Айбек'] } })).body;
  const s = await c.post('/api/v1/screenings', { subject: { case_id: kase.id, entity_id: person.id }, sets: ['osh_market'], observations: [{ indicator: 'osh_market.no_papers' }] });
  assert.equal(s.status, 201, `${s}`);
  assert.deepEqual(s.body.sets, [{ id: 'osh_market', version: 1 }]);
  await server.stop();

  // Version 2 beside version 1: new screenings use it, the old screening still reads as it was.
  const v2 = community(2, [{ id: 'osh_market.debt_to_owner', text: label('Owes the stall owner for the journey', 'Должен владельцу места за дорогу'), group: 'priority', direct: true, source: { document: '003_9988ec59043900a4.txt', lines: '1893-1898' } }]);
  v2.indicators[0].ref = ref;
  server = await Server.start(dir.data, { env: { ARIADNE_CONFIG: configWith({ 'osh_market.json': doc, 'osh_market.v2.json': v2 }) } });
  c = server.client();
  assert.equal((await c.login('investigator')).status, 200);
  assert.equal((await c.ok('/api/v1/indicator-sets')).items.find((x) => x.id === 'osh_market').version, 2);
  assert.equal((await c.ok('/api/v1/indicator-sets/osh_market/1')).indicators.length, 2);
  const old = (await c.ok(`/api/v1/cases/${kase.id}/screenings`)).items.find((x) => x.id === s.body.id);
  assert.deepEqual(old.sets, [{ id: 'osh_market', version: 1 }]);
  assert.ok(old.observations[0].text.en, 'the old screening still shows its indicator');
  await server.stop();
});

test('a broken indicator set is refused at start, naming the file and what is wrong', async () => {
  const cases = [
    [{ ...community(), score_threshold: 3 }, "unknown field 'score_threshold'"],
    [{ ...community(), indicators: [{ ...community().indicators[1], group: 'elsewhere' }] }, "unknown group 'elsewhere'"],
    [{ ...community(), indicators: [{ ...community().indicators[1], text: { en: 'Only English' } }] }, 'text.en and text.ru'],
    [{ ...community(), indicators: [{ ...community().indicators[0], ref: 'sop_general.nothing_like_this' }] }, 'names no indicator'],
    [{ ...community(), kind: 'standard', indicators: [{ ...community().indicators[1], weight: 5 }] }, 'only a national or community set may weigh'],
  ];
  for (const [doc, message] of cases) {
    const data = path.join(tempDir(), 'data');
    const r = await cli(['init', '--data', data], { env: { ARIADNE_CONFIG: configWith({ 'osh_market.json': doc }) } });
    assert.notEqual(r.code, 0, `refused: ${message}`);
    assert.match(r.stderr, /config\/indicators\/osh_market\.json/);
    assert.ok(r.stderr.includes(message), `${message} in: ${r.stderr}`);
  }
});
