// Workflow definitions are data: a new file in the config folder takes effect without a
// rebuild, and a broken one stops the program at start with the file and the problem named.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { CONFIG, cleanupAll, cli, tempDir } from './harness.mjs';

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
