// Issue 6 end to end, in a real browser: the same man recorded in two cases, once in Cyrillic and
// once from his passport in Latin, is proposed as a match; the investigator compares the two
// records side by side, reads why, confirms, and sees all his records on the cluster page; and a
// Kyrgyz unit's record of him tells both units' supervisors of each other, and nothing more.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import * as session from './session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(here, 'artifacts');
let server;
const browserAs = (username, ready = 'nav-matches') => session.browserAs(server, username, { ready });
const apiAs = (username) => session.apiAs(server, username);

const newCase = async (api, title, country = 'KZ') => {
  const r = await api('POST', '/api/v1/cases', {
    title, summary: 'End-to-end test of entity resolution', category: 'tip', forms_of_exploitation: ['labour'],
    approach: 'reactive', trigger: 'complaint', jurisdiction: { country }, countries_of_origin: ['UZ'], countries_of_destination: ['KZ'],
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
};

before(async () => {
  server = await startServer();
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await session.closeAll();
  await server?.stop();
});

test('a match across scripts is compared side by side, explained, confirmed, and joins the records in a cluster', { timeout: 180_000 }, async () => {
  const api = await apiAs('investigator');
  const first = await newCase(api, 'Brick factory, Almaty region');
  const second = await newCase(api, 'Bus route Tashkent – Almaty');
  const a = await api('POST', `/api/v1/cases/${first.id}/entities`, { schema: 'Person',
    properties: { name: ['Тошматов Бахтиёр Алишерович'], birthDate: ['1983-07-19'], passportNumber: ['FA 4455667'] } });
  const b = await api('POST', `/api/v1/cases/${second.id}/entities`, { schema: 'Person',
    properties: { name: ['TOSHMATOV BAKHTIYOR'], birthDate: ['1983'], passportNumber: ['fa4455667'] } });
  assert.equal(b.status, 201);

  const page = await browserAs('investigator');
  await page.getByTestId('nav-matches').first().click();
  await page.getByTestId('match-tab-proposed').waitFor();
  const row = page.getByTestId('match-row').filter({ hasText: 'TOSHMATOV' }).first();
  await row.waitFor();
  await row.click();
  await page.getByTestId('match-side-a').waitFor();
  const sides = `${await page.getByTestId('match-side-a').textContent()} ${await page.getByTestId('match-side-b').textContent()}`;
  assert.match(sides, /Тошматов/);
  assert.match(sides, /TOSHMATOV/);
  const strong = page.locator('[data-testid="match-reason"][data-strength="strong"]');
  assert.match(await strong.first().textContent(), /passport|паспорт/);
  await page.screenshot({ path: join(artifacts, 'matches-detail.png'), fullPage: true });

  await page.getByTestId('match-confirm').click();
  await page.getByTestId('match-reason-input').fill('Same passport, same photograph');
  await page.getByTestId('match-submit').click();
  await page.locator('[data-testid="match-status"][data-status="confirmed"]').waitFor();
  // The history is read again after the decision: wait for its second row rather than count at once.
  await page.getByTestId('match-history-row').nth(1).waitFor();

  // The record's page shows the badge and leads to all records of this man.
  await page.goto(`${server.url}/cases/${first.id}/people/${a.body.id}`);
  await page.getByTestId('entity-match-badge').first().waitFor();
  await page.getByTestId('entity-cluster-link').first().click();
  await page.locator(`[data-testid="cluster-member"][data-entity-id="${b.body.id}"]`).waitFor();
  assert.equal(await page.getByTestId('cluster-member').count(), 2);
  await page.screenshot({ path: join(artifacts, 'matches-cluster.png'), fullPage: true });
});

test('a Kyrgyz unit records a man a Kazakh case holds: both supervisors are told of the other unit only', { timeout: 180_000 }, async () => {
  const kz = await apiAs('investigator');
  const kg = await apiAs('investigator.kg');
  const kzCase = await newCase(kz, 'Recruiter of seasonal workers');
  const kgCase = await newCase(kg, 'Border crossing at Kordai', 'KG');
  await kz('POST', `/api/v1/cases/${kzCase.id}/entities`, { schema: 'Person',
    properties: { name: ['Эргашев Дилшод'], birthDate: ['1979-02-02'], passportNumber: ['AB 9090901'] } });
  const r = await kg('POST', `/api/v1/cases/${kgCase.id}/entities`, { schema: 'Person',
    properties: { name: ['Ergashev Dilshod'], birthDate: ['1979-02-02'], passportNumber: ['AB9090901'] } });
  assert.equal(r.status, 201);

  const sup = await browserAs('supervisor.kg', 'nav-deconfliction');
  await sup.getByTestId('nav-deconfliction').first().click();
  const row = sup.getByTestId('deconfliction-row').first();
  await row.waitFor();
  assert.match(await sup.getByTestId('deconfliction-unit').first().textContent(), /KZ-ALM-CTU/);
  const text = await sup.locator('main').textContent();
  for (const leak of ['Эргашев', kzCase.title, kzCase.reference]) assert.ok(!text.includes(leak), `the page leaks ${leak}`);
  await sup.screenshot({ path: join(artifacts, 'matches-deconfliction.png'), fullPage: true });
});
