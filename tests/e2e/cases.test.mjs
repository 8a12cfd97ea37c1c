// A new investigator's first minutes, in a real browser: log in, open a case, find it in the
// list, switch the interface to Russian.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const artifacts = resolve(dirname(fileURLToPath(import.meta.url)), 'artifacts');
let server;
let browser;
let profile;

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), 'ariadne-chromium-'));
  // A fresh profile each run; Playwright passes it as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('an investigator logs in, opens a case, finds it and reads the interface in Russian', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill('investigator');
  await page.getByTestId('login-password').fill('Ariadne-demo-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('case-list-table').waitFor();
  await page.getByTestId('case-row').first().waitFor();  // the table may render before its rows arrive
  assert.ok(await page.getByTestId('case-row').count() > 0, 'the demo cases are listed');

  const title = 'Вербовка в Дубай через агентство «Жулдыз» — e2e';
  await page.getByTestId('case-new').click();
  await page.getByTestId('case-form-title').fill(title);
  await page.getByTestId('case-form-summary').fill('Two women from Taraz promised jobs as nannies; passports taken at arrival.');
  await page.getByTestId('case-form-category').selectOption('tip');
  await page.getByTestId('case-form-approach').selectOption('reactive');
  await page.getByTestId('case-form-trigger').selectOption('complaint');
  await page.getByTestId('case-form-country').selectOption('KZ');
  await page.getByTestId('case-form-submit').click();
  await page.getByTestId('case-title').filter({ hasText: title }).waitFor();

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-list-search').fill('Жулдыз');
  // The search is debounced: wait until the list holds only what matches.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length === 1);
  assert.match(await page.getByTestId('case-row').innerText(), /Жулдыз/, 'the search finds the new case');
  await page.screenshot({ path: join(artifacts, 'case-list-en.png') });

  const before = await page.getByTestId('nav-cases').innerText();
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction((old) => {
    const el = document.querySelector('[data-testid="nav-cases"]');
    return el && el.textContent !== old && /[А-Яа-яЁё]/.test(el.textContent);
  }, before);
  assert.match(await page.locator('body').innerText(), /[А-Яа-яЁё]{4,}/);
  await page.screenshot({ path: join(artifacts, 'case-list-ru.png') });

  // A phone-sized screen still shows the list.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByTestId('case-list-table').waitFor();
  await page.screenshot({ path: join(artifacts, 'case-list-phone-ru.png') });
});

// Opens the case list as the investigator. The browser profile keeps the session of the test
// before, so this signs in only when asked to.
async function openAsInvestigator(page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url + '/');
  await page.waitForSelector('[data-testid="login-username"], [data-testid="case-list-table"]');
  if (await page.getByTestId('login-username').count()) {
    await page.getByTestId('login-username').fill('investigator');
    await page.getByTestId('login-password').fill('Ariadne-demo-2026');
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('case-list-table').waitFor();
}

test('an investigator records a victim in the case file, sees a bad phone refused by name, and marks her role', async () => {
  const page = await browser.newPage();
  await openAsInvestigator(page);
  await page.getByTestId('case-new').click();
  await page.getByTestId('case-form-title').fill('People tab e2e case');
  await page.getByTestId('case-form-category').selectOption('tip');
  await page.getByTestId('case-form-approach').selectOption('reactive');
  await page.getByTestId('case-form-trigger').selectOption('complaint');
  await page.getByTestId('case-form-country').selectOption('KZ');
  await page.getByTestId('case-form-submit').click();
  await page.getByTestId('case-title').waitFor();

  await page.getByTestId('tab-people').click();
  await page.getByTestId('entity-new').click();
  await page.getByTestId('entity-schema').selectOption('Person');
  await page.getByTestId('entity-prop-name').first().fill('Айгерим Нурланова');
  await page.getByTestId('entity-prop-phone').first().fill('восемь семь ноль один');
  await page.getByTestId('entity-save').click();
  // The server names the property; the form shows the problem and keeps what was typed.
  await page.getByRole('alert').filter({ hasText: /phone|телефон/i }).first().waitFor();
  assert.equal(await page.getByTestId('entity-prop-name').first().inputValue(), 'Айгерим Нурланова');

  await page.getByTestId('entity-prop-phone').first().fill('+7 701 555 12 34');
  await page.getByTestId('entity-save').click();
  await page.getByTestId('entity-caption').filter({ hasText: 'Айгерим Нурланова' }).waitFor();
  assert.match(await page.getByTestId('entity-page').innerText(), /\+77015551234/, 'the E.164 form is shown');

  await page.getByTestId('involvement-role').selectOption('victim');
  await page.getByTestId('involvement-submit').click();
  await page.getByTestId('involvement').first().waitFor();
  await page.screenshot({ path: join(artifacts, 'entity-page.png') });

  await page.getByTestId('tab-people').click();
  await page.getByTestId('entity-row').first().waitFor();
  assert.match(await page.getByTestId('entity-list').innerText(), /Aigerim|Айгерим/);
  // The profile remembers the language the test before chose; make sure this page is in Russian.
  const russian = () => /Лица|запис/i.test(document.querySelector('[data-testid="case-people"]')?.textContent ?? '');
  if (!(await page.evaluate(russian))) await page.getByTestId('lang-switch').click();
  await page.waitForFunction(russian);
  await page.screenshot({ path: join(artifacts, 'entity-list-ru.png') });
});

test('the demo case file: timeline, exhibit with its custody chain, interview versions and the charge', async () => {
  const page = await browser.newPage();
  await openAsInvestigator(page);
  await page.getByTestId('case-list-search').fill('Анталью');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="case-row"]').length >= 1 &&
    [...document.querySelectorAll('[data-testid="case-row"]')].every((r) => /Анталью/.test(r.textContent)));
  await page.getByTestId('case-row').first().locator('a').first().click();
  await page.getByTestId('case-title').waitFor();

  await page.getByTestId('tab-timeline').click();
  await page.getByTestId('timeline-item').first().waitFor();
  assert.ok(await page.getByTestId('timeline-item').count() >= 3, 'the demo events are on the timeline');

  await page.getByTestId('tab-exhibits').click();
  await page.getByTestId('exhibit-row').first().waitFor();
  await page.getByTestId('exhibit-row').first().locator('a').first().click();
  await page.getByTestId('exhibit-page').waitFor();
  assert.equal(await page.getByTestId('custody-row').count(), 4, 'seized, transferred, received, examined');
  assert.equal(await page.getByTestId('chain-broken').count(), 0);
  // A photo of the exhibit, uploaded from its page, shows as a thumbnail there.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  await page.getByTestId('attachments-panel').getByTestId('document-upload-file').setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: png });
  await page.getByTestId('attachments-panel').getByTestId('document-upload-submit').click();
  await page.getByTestId('attachment-thumb').first().waitFor();
  await page.screenshot({ path: join(artifacts, 'exhibit-custody.png'), fullPage: true });

  await page.getByTestId('tab-interviews').click();
  await page.getByTestId('interview-row').first().waitFor();
  await page.getByTestId('interview-row').first().locator('a').first().click();
  await page.getByTestId('interview-page').waitFor();
  assert.equal(await page.getByTestId('statement-version').count(), 2, 'the corrected statement and the first one');

  await page.getByTestId('tab-prosecution').click();
  await page.getByTestId('charge-row').first().waitFor();
  assert.match(await page.getByTestId('charge-row').first().innerText(), /128/);
  await page.screenshot({ path: join(artifacts, 'prosecution.png'), fullPage: true });
});

test('an investigator attaches a document, reads it in the viewer, finds it by a word form and exports the case file', async () => {
  const page = await browser.newPage();
  await openAsInvestigator(page);
  await page.getByTestId('case-row').first().locator('a').first().click();
  await page.getByTestId('case-title').waitFor();
  const caseUrl = page.url();

  await page.getByTestId('tab-documents').click();
  await page.getByTestId('documents-tab').waitFor();
  const text = 'Объяснение свидетеля: паспорта забрал водитель Курбанов у границы.\n';
  await page.getByTestId('document-upload-file').setInputFiles({ name: 'obyasnenie.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByTestId('document-upload-submit').click();
  await page.getByTestId('document-upload-done').waitFor();
  await page.getByTestId('document-row').filter({ hasText: 'obyasnenie.txt' }).first().waitFor();
  await page.getByTestId('document-row').filter({ hasText: 'obyasnenie.txt' }).first().locator('a').first().click();
  await page.getByTestId('document-viewer').waitFor();
  assert.match(await page.getByTestId('document-sha256').innerText(), /^[0-9a-f]{64}$/);
  await page.getByText('водитель Курбанов').first().waitFor();
  await page.screenshot({ path: join(artifacts, 'document-viewer.png'), fullPage: true });

  // The search page finds it by another form of the words, and leads back to the document.
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('паспорт курбанова');
  await page.getByTestId('search-submit').click();
  await page.getByTestId('search-result').filter({ hasText: 'obyasnenie.txt' }).first().waitFor();
  assert.ok(await page.locator('[data-testid="search-result"] mark').count() > 0, 'the matches are marked');
  await page.screenshot({ path: join(artifacts, 'search.png'), fullPage: true });

  // The case-file PDF for the prosecutor.
  await page.goto(caseUrl);
  const href = await page.getByTestId('case-export-pdf').getAttribute('href');
  const pdf = await page.request.get(server.url + href);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
});
