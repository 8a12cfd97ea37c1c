// Workflow definitions are data: a new file in the config folder takes effect without a
// rebuild, and a broken one stops the program at start with the file and the problem named.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { CONFIG, Server, assertProblem, caseBody, cleanupAll, cli, newDataDir, tempDir } from './harness.mjs';

after(() => cleanupAll());

function configWith(extra) {
  const dir = tempDir('ariadne-config-');
  fs.cpSync(CONFIG, dir, { recursive: true });
  for (const [name, doc] of Object.entries(extra)) {
    fs.writeFileSync(path.join(dir, 'workflows', name), JSON.stringify(doc, null, 1));
  }
  return dir;
}

const label = (en, ru) => ({ en, ru });

function testFlow(overrides = {}) {
  return {
    version: 1,
    id: 'test_only_flow',
    label: label('Test-only flow', 'Тестовый процесс'),
    initial: 'open',
    states: [
      { id: 'open', label: label('Open', 'Открыто'), section: 'SOP 3.17 (lines 2609-2684)', case_state: 'open' },
      { id: 'done', label: label('Done', 'Готово'), section: 'SOP 3.17 (lines 2637-2643)', case_state: 'closed', final: true },
    ],
    transitions: [
      { id: 'finish', from: ['open'], to: 'done', label: label('Finish', 'Завершить'), roles: ['supervisor'] },
    ],
    ...overrides,
  };
}

test('a test-only workflow in a temporary config folder is loaded without a rebuild', async () => {
  const config = configWith({ 'test_only_flow.json': testFlow() });
  const data = path.join(tempDir(), 'data');
  const r = await cli(['init', '--data', data], { env: { ARIADNE_CONFIG: config } });
  assert.equal(r.code, 0, r.stderr);
});

test('a broken workflow definition is refused at start, naming the file and what is wrong', async () => {
  const cases = [
    [testFlow({ states: [...testFlow().states, { id: 'limbo', label: label('L', 'Л'), section: 'SOP x, line 1', case_state: 'open', final: true }] }),
      'state limbo cannot be reached from open'],
    [testFlow({ transitions: [{ ...testFlow().transitions[0], roles: [] }] }), 'transition finish: no role may take it'],
    [testFlow({ colour: 'red' }), "unknown field 'colour' in the definition"],
    [testFlow({ transitions: [{ ...testFlow().transitions[0], guards: [{ field: 'shoe_size' }] }] }), "unknown case field 'shoe_size'"],
  ];
  for (const [doc, message] of cases) {
    const config = configWith({ 'test_only_flow.json': doc });
    const data = path.join(tempDir(), 'data');
    const r = await cli(['init', '--data', data], { env: { ARIADNE_CONFIG: config } });
    assert.notEqual(r.code, 0, `refused: ${message}`);
    assert.match(r.stderr, /config\/workflows\/test_only_flow\.json/);
    assert.ok(r.stderr.includes(message), `${message} in: ${r.stderr}`);
    assert.equal(fs.existsSync(path.join(data, 'ariadne.db')), false, 'nothing was created');
  }
});

test('open cases move to a new version with the mapping an administrator gives; closed ones stay', async () => {
  const dir = await newDataDir();
  // Version 2 of the victim-led workflow renames one state.
  const v1 = JSON.parse(fs.readFileSync(path.join(CONFIG, 'workflows', 'tip_reactive.json'), 'utf8'));
  const v2 = structuredClone(v1);
  v2.version = 2;
  for (const s of v2.states) if (s.id === 'victim_first') s.id = 'victim_safe';
  v2.initial = 'victim_safe';
  for (const t of v2.transitions) t.from = t.from.map((f) => (f === 'victim_first' ? 'victim_safe' : f));
  const config = configWith({ 'tip_reactive.v2.json': v2 });
  const server = await Server.start(dir.data, { env: { ARIADNE_CONFIG: config } });
  const admin = server.client();
  assert.equal((await admin.login('admin')).status, 200);
  const inv = server.client();
  assert.equal((await inv.login('investigator')).status, 200);
  const fresh = (await inv.post('/api/v1/cases', caseBody())).body;
  assert.equal((await inv.ok(`/api/v1/cases/${fresh.id}/workflow`)).workflow.version, 2, 'new cases start the newest version');

  const url = '/api/v1/admin/workflows/migrate';
  assertProblem(await admin.post(url, { workflow: 'tip_reactive', from_version: 1, to_version: 2 }), 400, 'mapping_incomplete', 'mapping.victim_first');
  assertProblem(await admin.post(url, { workflow: 'tip_reactive', from_version: 1, to_version: 2, mapping: { victim_first: 'nowhere' } }),
    400, 'invalid_value', 'mapping.victim_first');
  const r = await admin.post(url, { workflow: 'tip_reactive', from_version: 1, to_version: 2, mapping: { victim_first: 'victim_safe' } });
  assert.equal(r.status, 200, `${r}`);
  assert.ok(r.body.moved > 0, 'the demo has open victim-led cases');
  assert.ok(r.body.kept_closed > 0, 'and closed ones, which keep their version');
  assert.deepEqual(r.body.mapping.victim_first, 'victim_safe');
  const again = await admin.post(url, { workflow: 'tip_reactive', from_version: 1, to_version: 2, mapping: { victim_first: 'victim_safe' } });
  assert.equal(again.body.moved, 0, 'nothing is left on version 1 but closed cases');
  await server.stop();

  // A file changed under a version cases already use is refused at start.
  const changed = structuredClone(v1);
  changed.states[0].label.en = 'Changed without a new version';
  const bad = configWith({ 'tip_reactive.json': changed });
  const refused = await cli(['serve', '--data', dir.data, '--listen', '127.0.0.1:0'], { env: { ARIADNE_CONFIG: bad } });
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /tip_reactive version 1 differs from the one cases already run under/);
});
