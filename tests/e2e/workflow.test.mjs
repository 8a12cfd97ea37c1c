// Issue 4 end to end, in a real browser: an investigator opens a TIP reactive case and walks it
// through its workflow to the prosecutor — a step refused with what is missing, a checklist
// completed, a supervisor's approval asked and given in the approvals queue, the hand-over.
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
const contexts = [];
const profiles = [];

async function browserAs(username) {
  const profile = mkdtempSync(join(tmpdir(), 'ariadne-chromium-'));
  profiles.push(profile);
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(server.url + '/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('Ariadne-demo-2026');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-cases').waitFor();
  return page;
}

before(async () => {
  server = await startServer();
  mkdirSync(artifacts, { recursive: true });
});

after(async () => {
  for (const c of contexts) await c.close();
  await server?.stop();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
});

// Ticks a checklist item as done (opening its checklist if it is folded).
async function tick(page, checklist, item) {
  const card = page.getByTestId(`checklist-${checklist}`);
  await card.waitFor();
  if (!(await card.evaluate((el) => el.open))) await card.locator('summary').click();
  await page.getByTestId(`checklist-item-${checklist}-${item}`).check();
  await page.getByTestId(`checklist-mark-${checklist}-${item}-submit`).click();
  await page.locator(`[data-testid="checklist-row-${checklist}-${item}"][data-status="done"]`).waitFor();
}

async function takeStep(page, step, state) {
  await page.locator(`[data-testid="next-step-${step}"][data-allowed="true"]`).waitFor();
  await page.getByTestId(`workflow-step-${step}`).click();
  await page.getByTestId(`workflow-transition-${step}-submit`).click();
  await page.locator(`[data-testid="workflow-state"][data-state="${state}"]`).waitFor();
}

async function askApproval(page, step, note) {
  await page.getByTestId(`ask-approval-${step}`).click();
  await page.getByTestId(`ask-approval-${step}-note`).fill(note);
  await page.getByTestId(`ask-approval-${step}-submit`).click();
}

async function approveInQueue(sup, reference, step) {
  await sup.goto(server.url + '/approvals');  // the queue as it is now: pending requests
  const card = sup.locator('li[data-testid^="approval-"][data-status="pending"]', { hasText: reference })
    .filter({ hasText: step }).first();
  await card.waitFor();
  await card.locator('button[data-testid^="approval-approve-"]').click();
  await sup.locator('li[data-testid^="approval-"][data-status="approved"]', { hasText: reference })
    .filter({ hasText: step }).first().waitFor();
}

test('a TIP reactive case goes from opening to the prosecutor through its workflow', async () => {
  const inv = await browserAs('investigator');
  const title = 'Рабочий процесс: вербовка на стройку в Казань — e2e';
  await inv.getByTestId('case-new').click();
  await inv.getByTestId('case-form-title').fill(title);
  await inv.getByTestId('case-form-category').selectOption('tip');
  await inv.getByTestId('case-form-forms').locator('input[type=checkbox]').first().check();
  await inv.getByTestId('case-form-approach').selectOption('reactive');
  await inv.getByTestId('case-form-trigger').selectOption('complaint');
  await inv.getByTestId('case-form-country').selectOption('KZ');
  await inv.getByTestId('case-form-submit').click();
  await inv.getByTestId('case-title').filter({ hasText: title }).waitFor();
  const caseUrl = inv.url().replace(/\/(overview)?$/, '');
  const reference = (await inv.locator('body').innerText()).match(/KZ-[A-Z]+-[A-Z]+-\d{4}-\d{4}/)?.[0];
  assert.ok(reference, 'the case reference is shown');

  // The victim-led workflow starts at "victim made safe"; the next step is refused with what is missing.
  await inv.getByTestId('tab-workflow').click();
  await inv.locator('[data-testid="workflow-state"][data-state="victim_first"]').waitFor();
  assert.equal(await inv.getByTestId('workflow-step-start_investigation').isDisabled(), true);
  const missing = await inv.getByTestId('workflow-unmet-start_investigation').innerText();
  assert.ok(missing.length > 10, `what is missing is said: ${missing}`);
  await inv.getByTestId('unmet-checklist_incomplete').first().waitFor();
  await inv.screenshot({ path: join(artifacts, 'workflow-refused.png'), fullPage: true });

  // Complete what the step needs from the victim-needs checklist, then take it.
  for (const item of ['housing', 'food', 'clothing']) await tick(inv, 'victim_needs', item);
  await takeStep(inv, 'start_investigation', 'investigation');

  // The arrest phase needs the arrest plan ticked and a supervisor's approval.
  for (const item of ['skeleton_arrest_plan', 'arrests_coordinated']) await tick(inv, 'reactive_investigation', item);
  await inv.getByTestId('unmet-approval_required').first().waitFor();
  await askApproval(inv, 'move_to_arrest', 'Raids at the two flats planned with the border service');
  const sup = await browserAs('supervisor');
  await approveInQueue(sup, reference, 'Move to the arrest phase');
  await inv.goto(`${caseUrl}/workflow`);
  await takeStep(inv, 'move_to_arrest', 'arrest');

  await tick(inv, 'exhibit_handling', 'exhibits_labelled_documented');
  await tick(inv, 'exhibit_handling', 'continuity_recorded');
  await takeStep(inv, 'compile_case_file', 'case_file');

  // Hand-over to the prosecutor: approved, then taken; the case list shows the new phase.
  await askApproval(inv, 'hand_over', 'Case file complete: 14 exhibits, 3 statements');
  await approveInQueue(sup, reference, 'Hand over to the prosecutor');
  await inv.goto(`${caseUrl}/workflow`);
  await takeStep(inv, 'hand_over', 'prosecution');
  await inv.screenshot({ path: join(artifacts, 'workflow-prosecution.png'), fullPage: true });

  // The history shows every step and its author; in Russian the state bar reads in Russian.
  const body = await inv.locator('body').innerText();
  for (const state of ['Reactive investigation', 'Arrest phase', 'Case file compiled for the prosecutor', 'With the prosecutor'])
    assert.ok(body.includes(state), `the history passes through ${state}`);
  await inv.getByTestId('lang-switch').click();
  await inv.waitForFunction(() => /Передано прокурору/.test(document.querySelector('[data-testid="workflow-current-state"]')?.textContent ?? ''));
  await inv.screenshot({ path: join(artifacts, 'workflow-prosecution-ru.png'), fullPage: true });

  // The supervisor's bell counted the requests.
  await sup.getByTestId('notifications-bell').waitFor();
});
