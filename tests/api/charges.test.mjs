// Prosecution (docs/api.md "Charges"): charges against a person of the case under an article of
// a jurisdiction's code (config/jurisdictions for KZ, KG, UZ, TJ, TM), with the prosecutor,
// filing, outcome and sentence; bad articles and inconsistent outcomes are refused by name.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, suspect, address;
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Charges case' });
  suspect = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Тимур Suspect'] } })).body;
  address = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Address', properties: { full: ['Almaty'] } })).body;
}});

const base = () => `/api/v1/cases/${kase.id}/charges`;

test('the five jurisdictions of the SOP are served with their articles in both languages', async () => {
  const j = await (await fx.as('prosecutor')).ok('/api/v1/jurisdictions');
  assert.deepEqual(Object.keys(j).sort(), ['KG', 'KZ', 'TJ', 'TM', 'UZ']);
  const tip = j.KZ.articles.find((a) => a.id === 'kz-cc-128');
  assert.equal(tip.offence, 'tip');
  assert.match(tip.title.ru, /Торговля людьми/);
  assert.equal(j.TJ.child_needs_no_means, false, 'Tajik law, per the SOP, has no child-without-means rule');
  assert.ok(j.TM.articles.some((a) => a.kind === 'administrative'));
});

test('a charge goes from proposed to decided with its outcome and sentence', async () => {
  const inv = await fx.as('investigator');
  let r = await inv.post(base(), { suspect_entity_id: suspect.id, jurisdiction: 'kz', article: 'kz-cc-128', prosecutor: 'Almaty city prosecutor, A. Nurpeisova' });
  assert.equal(r.status, 201, `${r}`);
  const c = r.body;
  assert.equal(c.status, 'proposed');
  assert.equal(c.jurisdiction, 'KZ');
  assert.equal(c.article.code, 'CC Art. 128');
  assert.equal(c.suspect.caption, 'Тимур Suspect');
  r = await inv.patch(`${base()}/${c.id}`, { version: 1, status: 'filed', filed_at: '2026-11-20' });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.filed_at, '2026-11-20T00:00:00.000Z');
  assertProblem(await inv.patch(`${base()}/${c.id}`, { version: 2, status: 'decided' }), 422, 'required', 'outcome');
  assertProblem(await inv.patch(`${base()}/${c.id}`, { version: 2, outcome: 'convicted' }), 422, 'invalid_value', 'outcome');
  assertProblem(await inv.patch(`${base()}/${c.id}`, { version: 2, status: 'decided', outcome: 'acquitted', sentence_months: 24 }),
    422, 'invalid_value', 'sentence');
  r = await inv.patch(`${base()}/${c.id}`, { version: 2, status: 'decided', outcome: 'convicted', sentence: '8 years, confiscation of property', sentence_months: 96 });
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.outcome, 'convicted');
  assert.equal(r.body.sentence_months, 96);
  assertProblem(await inv.patch(`${base()}/${c.id}`, { version: 2, note: 'stale' }), 409, 'version_conflict');
  const list = await (await fx.as('supervisor')).ok(base());
  assert.equal(list.items.length, 1);
});

test('bad charges are refused naming the field, and nothing is stored', async () => {
  const inv = await fx.as('investigator');
  const before = (await inv.ok(base())).total;
  const good = { suspect_entity_id: suspect.id, jurisdiction: 'KZ', article: 'kz-cc-128' };
  assertProblem(await inv.post(base(), { ...good, article: 'kg-cc-124' }), 422, 'unknown_article', 'article');
  assertProblem(await inv.post(base(), { ...good, jurisdiction: 'RU' }), 422, 'unknown_article', 'article');
  assertProblem(await inv.post(base(), { ...good, suspect_entity_id: address.id }), 422, 'unknown_entity', 'suspect_entity_id');
  assertProblem(await inv.post(base(), { ...good, status: 'pending' }), 422, 'invalid_value', 'status');
  assertProblem(await inv.post(base(), { ...good, filed_at: 'soon' }), 422, 'invalid_date', 'filed_at');
  assertProblem(await inv.post(base(), { ...good, sentence_months: -3 }), 422, 'invalid_value', 'sentence_months');
  const { article, ...noArticle } = good;
  assertProblem(await inv.post(base(), noArticle), 422, 'required', 'article');
  assert.equal((await inv.ok(base())).total, before);
});

test('charges are need-to-know and audited', async () => {
  assertProblem(await (await fx.as('supervisor.kg')).get(base()), 404, 'not_found');
  const inv = await fx.as('investigator');
  const list = await inv.ok(base());
  const aud = await fx.as('auditor');
  const row = (await aud.ok('/api/v1/audit?user=investigator&action=charge.list&limit=1')).items[0];
  for (const c of list.items) assert.ok(row.records.includes(`charge:${c.id}`));
});
