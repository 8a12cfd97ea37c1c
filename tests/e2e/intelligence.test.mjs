// Issue 7 end to end, in a real browser: a border officer files a graded report on a phone with a
// person in it and hands it over → the Kazakh analyst moves it through the intelligence cycle,
// sees that its handling lets it go to the Kyrgyz unit, and sends it → the Kyrgyz investigator
// acknowledges it and opens a case from it; the report is then actioned, and the holding unit
// learns which unit acted on it (never that unit's case) and may still open its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import * as session from './session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(here, 'artifacts');
let server;
const browserAs = (username, { phone = false, ready = 'nav-intelligence' } = {}) => session.browserAs(server, username, { phone, ready });
const apiAs = (username) => session.apiAs(server, username);

async function selectOptionContaining(page, testId, text) {
  const select = page.getByTestId(testId);
  await select.waitFor();
  // The options come from GET /units: wait for the one wanted rather than read them at once.
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached' });
  const value = await select.evaluate((el, t) => [...el.options].find((o) => o.textContent.includes(t))?.value, text);
  assert.ok(value, `an option of ${testId} containing ${text}`);
  await select.selectOption(value);
}

async function assertFitsPhone(page, where) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  assert.ok(scroll <= inner, `${where} scrolls sideways on a phone (${scroll}px > ${inner}px)`);
}

before(async () => {
  server = await startServer();
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await session.closeAll();
  await server?.stop();
});

test('a graded phone report is handed over, taken through the cycle, disseminated abroad, acknowledged and actioned', { timeout: 240_000 }, async () => {
  // A word of its own, so that this report's person is found among the demo data's.
  const word = `Тест${randomBytes(4).toString('hex')}`;
  const person = `Юлдашев Шухрат ${word}`;
  const contact = `Nursultan Bekov, +7 7172 55 10 10, ${word}`;

  // 1. The frontline officer, on a phone: a new report, graded B2/H1, with a person in it.
  const fl = await browserAs('frontline', { phone: true, ready: 'nav-frontline' });
  await fl.goto(server.url + '/frontline');
  await fl.getByTestId('frontline-new').click();
  await fl.getByTestId('frontline-form').waitFor();
  await fl.getByTestId('frontline-block-exploitation_type').fill('Forced labour on a construction site, Almaty');
  await fl.getByTestId('frontline-block-persons').fill(`A man from Uzbekistan, ${person}, passport kept by the foreman`);
  await fl.getByTestId('report-grading-source').selectOption('B');
  await fl.getByTestId('report-grading-intelligence').selectOption('2');
  await fl.getByTestId('report-grading-handling').selectOption('H1');
  await fl.getByTestId('item-kind').selectOption('person');
  await fl.getByTestId('item-add').click();
  await fl.getByTestId('item-field-name').fill(person);
  await fl.getByTestId('item-save').click();
  await fl.getByTestId('item-row').filter({ hasText: word }).waitFor();
  await fl.getByTestId('report-originator-contact').fill(contact);
  await assertFitsPhone(fl, 'the new report form');
  await fl.screenshot({ path: join(artifacts, 'intelligence-frontline-form-phone.png'), fullPage: true });
  await fl.getByTestId('frontline-save').click();
  await fl.waitForURL(/\/frontline\/[0-9a-f-]{36}$/);
  const reportId = fl.url().split('/').pop();
  await fl.locator('[data-testid="frontline-state"][data-value="draft"]').waitFor();

  await selectOptionContaining(fl, 'frontline-handover-unit', 'KZ-ALM-CTU');
  await fl.getByTestId('frontline-handover-submit').click();
  await fl.locator('[data-testid="frontline-state"][data-value="handed_over"]').waitFor();
  await fl.getByTestId('frontline-handover-submit').waitFor({ state: 'detached' });
  await assertFitsPhone(fl, 'the handed-over report');
  await fl.screenshot({ path: join(artifacts, 'intelligence-frontline-phone.png'), fullPage: true });

  // What the officer filed, as the server keeps it (a fact to check, not a step).
  const flApi = await apiAs('frontline');
  const filed = await flApi('GET', `/api/v1/frontline-reports/${reportId}`);
  assert.equal(filed.status, 200);
  assert.deepEqual(filed.body.grading, { source: 'B', intelligence: '2', handling: 'H1' });
  assert.equal(filed.body.cycle, 'collected');
  assert.equal(filed.body.originator_contact, contact);
  assert.equal(filed.body.target_unit?.code, 'KZ-ALM-CTU');
  assert.deepEqual(filed.body.items.map((i) => [i.kind, i.fields.name]), [['person', person]]);
  const reference = filed.body.reference;
  assert.ok(reference, 'the report has a reference');

  // 2. The analyst of the holding unit, at a desk: collected → evaluated → collated → analysed → sent to Bishkek.
  const an = await browserAs('analyst');
  await an.getByTestId('nav-intelligence').first().click();
  const row = an.locator(`[data-testid="intel-row"][data-report-id="${reportId}"]`);
  await an.locator(`[data-testid="intel-row"][data-report-id="${reportId}"][data-cycle="collected"]`).waitFor();
  await row.getByTestId('intel-row-link').click();
  await an.locator(`[data-testid="intel-report"][data-report-id="${reportId}"]`).waitFor();
  await an.getByTestId('item-view').filter({ hasText: word }).waitFor();
  await an.locator('[data-testid="intel-cycle"][data-cycle="collected"]').waitFor();
  for (const to of ['evaluated', 'collated', 'analysed']) {
    await an.getByTestId(`cycle-to-${to}`).click();
    await an.locator(`[data-testid="intel-cycle"][data-cycle="${to}"]`).waitFor();
  }
  await selectOptionContaining(an, 'dissem-unit', 'KG-BSK-TIP');
  const check = an.getByTestId('dissem-check-result');
  await check.waitFor();
  assert.equal(await check.getAttribute('data-allowed'), 'true', `the check refused: ${await check.textContent()}`);
  assert.equal(await check.getAttribute('data-code'), 'ok');
  await an.getByTestId('dissem-send').click();
  await an.locator('[data-testid="intel-cycle"][data-cycle="disseminated"]').waitFor();
  const sent = an.getByTestId('dissem-row').filter({ hasText: 'KG-BSK-TIP' });
  await sent.waitFor();
  assert.equal(await an.getByTestId('dissem-row').count(), 1);
  assert.equal(await sent.getAttribute('data-acknowledged'), 'false');
  await an.locator('[data-testid="history-row"][data-kind="disseminated"]').waitFor();
  await an.screenshot({ path: join(artifacts, 'intelligence-analyst-report.png'), fullPage: true });

  // 3. The Kyrgyz investigator: the report received, acknowledged, and a case opened from it.
  const kg = await browserAs('investigator.kg');
  await kg.getByTestId('nav-intelligence').first().click();
  const received = kg.getByTestId('received-row').filter({ hasText: reference });
  await received.waitFor();
  assert.equal(await received.getAttribute('data-acknowledged'), 'false');
  await received.getByTestId('dissem-ack').click();
  await kg.locator('[data-testid="received-row"][data-acknowledged="true"]').filter({ hasText: reference }).waitFor();
  await received.getByTestId('received-report').click();
  await kg.locator(`[data-testid="intel-report"][data-report-id="${reportId}"]`).waitFor();
  await kg.locator('[data-testid="intel-relation"][data-relation="recipient"]').waitFor();
  await kg.locator('[data-testid="intel-cycle"][data-cycle="disseminated"]').waitFor();
  await kg.getByTestId('item-view').filter({ hasText: word }).waitFor();
  await kg.locator('[data-testid="history-row"][data-kind="acknowledged"]').waitFor();
  await kg.getByTestId('open-case-title').fill(`Construction site, Almaty — ${word}`);
  await kg.getByTestId('open-case-category').selectOption('tip');
  await kg.getByTestId('open-case-approach').selectOption('reactive');
  await kg.getByTestId('open-case-submit').click();
  await kg.waitForURL(/\/cases\/[0-9a-f-]{36}/);
  const caseId = kg.url().match(/\/cases\/([0-9a-f-]{36})/)[1];

  await kg.goto(`${server.url}/intelligence/reports/${reportId}`);
  await kg.locator('[data-testid="intel-cycle"][data-cycle="actioned"]').waitFor();
  const caseLink = kg.getByTestId('intel-case').locator('a');
  await caseLink.waitFor();
  assert.equal(await caseLink.getAttribute('href'), `/cases/${caseId}`);
  await kg.locator('[data-testid="history-row"][data-kind="case_opened"]').waitFor();
  assert.equal(await kg.getByTestId('open-case').count(), 0, 'no second case is offered');
  await kg.screenshot({ path: join(artifacts, 'intelligence-recipient-report.png'), fullPage: true });

  // The holding unit's investigator reads it actioned and learns which unit acted on it — never
  // that unit's case; the holder may still open a case of its own.
  const kz = await browserAs('investigator');
  await kz.goto(`${server.url}/intelligence/reports/${reportId}`);
  await kz.locator('[data-testid="intel-relation"][data-relation="holder"]').waitFor();
  await kz.locator('[data-testid="intel-cycle"][data-cycle="actioned"]').waitFor();
  await kz.locator('[data-testid="history-row"][data-kind="case_opened"]').waitFor();
  const actedBy = await kz.getByTestId('intel-actioned-by').textContent();
  assert.ok(actedBy.includes('KG-BSK-TIP'), actedBy);
  assert.equal(await kz.getByTestId('intel-case').count(), 0, 'the Kyrgyz case is not named to the holder');
  await kz.getByTestId('open-case').waitFor();

  // The facts behind the screens.
  const kgApi = await apiAs('investigator.kg');
  const opened = await kgApi('GET', `/api/v1/cases/${caseId}`);
  assert.equal(opened.status, 200, JSON.stringify(opened.body));
  assert.equal(opened.body.title, `Construction site, Almaty — ${word}`);
  const actioned = await kgApi('GET', `/api/v1/intelligence/reports/${reportId}`);
  assert.equal(actioned.body.cycle, 'actioned');
  assert.equal(actioned.body.case?.id, caseId);
  const log = await kgApi('GET', `/api/v1/intelligence/reports/${reportId}/disseminations`);
  assert.equal(log.body.items.length, 1);
  assert.equal(log.body.items[0].unit.code, 'KG-BSK-TIP');
  assert.equal(log.body.items[0].path, 'share_abroad');
  assert.ok(log.body.items[0].acknowledged_at, 'the dissemination is acknowledged');
});
