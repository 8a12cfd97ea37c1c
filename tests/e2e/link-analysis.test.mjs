// Issue 8 end to end, in a real browser: an investigator imports a small call file into a case
// they lead, mapping its columns by hand, sees it published, then opens the link chart from the
// first suspect's number and finds the path to the third through the second; and the link-analysis
// page reads in Russian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import * as session from './session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const artifacts = resolve(here, 'artifacts');
// Numbers the demo data does not have (its random ones are +77017100000…+77017999998).
const A = '+77019990001', B = '+77019990002', C = '+77019990003';
let server;
let scratch;

before(async () => {
  server = await startServer();
  scratch = mkdtempSync(join(tmpdir(), 'ariadne-e2e-csv-'));
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await session.closeAll();
  await server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A demo case the investigator leads (a fact to start from, read through the API). */
async function caseLedBy(username) {
  const api = await session.apiAs(server, username);
  const me = await api('GET', '/api/v1/auth/me');
  assert.equal(me.status, 200, JSON.stringify(me.body));
  const list = await api('GET', '/api/v1/cases');
  assert.equal(list.status, 200, JSON.stringify(list.body));
  for (const summary of list.body.items) {
    const c = await api('GET', `/api/v1/cases/${summary.id}`);
    if (c.status === 200 && (c.body.team ?? []).some((m) => m.user_id === me.body.user.id && m.team_role === 'lead')) return c.body;
  }
  assert.fail(`${username} leads none of the demo cases`);
}

test('a call file is imported with its columns mapped, and the link chart finds the path through it', { timeout: 180_000 }, async () => {
  const kase = await caseLedBy('investigator');
  const file = join(scratch, 'cdr-suspects.csv');
  writeFileSync(file, 'A number,B number,Start,Duration\n' +
    `${A},${B},2026-03-01 10:00:00,60\n` +
    `${B},${C},2026-03-01 11:30:00,45\n` +
    `${A},${B},2026-03-02 09:15:00,120\n`);

  const page = await session.browserAs(server, 'investigator', { ready: 'case-list-table' });
  await page.goto(`${server.url}/cases/${kase.id}`);
  await page.getByTestId('case-title').filter({ hasText: kase.title }).waitFor();
  await page.getByTestId('tab-imports').click();
  await page.getByTestId('import-form').waitFor();

  await page.getByTestId('import-file').setInputFiles(file);
  // The header is read in the browser: the column fields become selects offering its names.
  await page.getByTestId('import-headers').waitFor();
  await page.getByTestId('import-kind').selectOption('calls');
  await page.getByTestId('import-source-columns').check();
  for (const [field, header] of [['caller', 'A number'], ['callee', 'B number'], ['start', 'Start'], ['duration', 'Duration']]) {
    const select = page.getByTestId(`import-col-${field}`);
    assert.equal(await select.evaluate((el) => el.tagName), 'SELECT', `import-col-${field} offers the file's columns`);
    await select.selectOption(header);
  }
  await page.getByTestId('import-run').click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-status'), 'published', await result.textContent());
  assert.equal(await result.getAttribute('data-rows-ok'), '3');
  assert.equal(await result.getAttribute('data-rows-bad'), '0');
  assert.equal(await page.getByTestId('import-error').count(), 0);
  await page.screenshot({ path: join(artifacts, 'link-analysis-import.png'), fullPage: true });

  // The link chart, started from the first suspect's number.
  await page.goto(`${server.url}/graph`);
  await page.getByTestId('graph-page').waitFor();
  await page.getByTestId('graph-search-input').fill(A);
  await page.getByTestId('graph-search-go').click();
  await page.getByTestId('graph-canvas').waitFor();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="graph-node-count"]')?.dataset.count ?? 0) >= 2);

  await page.getByTestId('path-from').fill(A);
  await page.getByTestId('path-to').fill(C);
  await page.getByTestId('path-find').click();
  const line = page.getByTestId('path-line').first();
  await line.waitFor();
  assert.equal((await line.textContent()).trim(), [A, B, C].join(' → '));
  assert.equal(await line.getAttribute('data-length'), '2');
  // The chart now holds the path's nodes too.
  assert.ok(Number(await page.getByTestId('graph-node-count').getAttribute('data-count')) >= 3);
  await page.screenshot({ path: join(artifacts, 'link-analysis-path.png'), fullPage: true });
});

test('the link-analysis page reads in Russian', { timeout: 120_000 }, async () => {
  const ru = JSON.parse(readFileSync(join(repo, 'config/i18n/ru.json'), 'utf8'));
  const en = JSON.parse(readFileSync(join(repo, 'config/i18n/en.json'), 'utf8'));
  const page = await session.browserAs(server, 'investigator', { ready: 'nav-graph' });
  await page.getByTestId('nav-graph').first().click();
  const heading = page.getByTestId('graph-page').locator('h1');
  await heading.filter({ hasText: en.graph.title }).waitFor();
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction((title) => document.querySelector('[data-testid="graph-page"] h1')?.textContent === title, ru.graph.title);
  assert.equal(await heading.textContent(), ru.graph.title);
  assert.equal(await page.getByTestId('graph-search-go').textContent(), ru.graph.search.go);
  await page.screenshot({ path: join(artifacts, 'link-analysis-ru.png'), fullPage: true });
});
