// The case-file PDF for prosecutors and the custody report (docs/api.md "Export"): Cyrillic
// renders, restricted content the reader may not see is left out, the exporter's redactions
// apply, every document is listed with its SHA-256, and the export is audited.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { assertProblem, createCase, useFixture } from './harness.mjs';

let kase, victim, exhibit, doc;
const SHELTER = 'Приют «Надежда», ул. Сейфуллина 5';
const fx = useFixture({ setup: async (fx) => {
  const inv = await fx.as('investigator');
  kase = await createCase(inv, { title: 'Дело о вербовке — Рахимов Ботир', summary: 'Вербовка через объявление о работе.' });
  const base = `/api/v1/cases/${kase.id}`;
  victim = (await inv.post(`${base}/entities`, { schema: 'Person', properties: { name: ['Ёлкина Жанна'], shelter: [SHELTER] } })).body;
  assert.equal((await inv.request('PUT', `${base}/entities/${victim.id}/involvements/victim`, { body: {} })).status, 200);
  const suspect = (await inv.post(`${base}/entities`, { schema: 'Person', properties: { name: ['Рахимов Ботир'] } })).body;
  assert.equal((await inv.request('PUT', `${base}/entities/${suspect.id}/involvements/suspect`, { body: { network_role: 'recruiter' } })).status, 200);
  assert.equal((await inv.post(`${base}/entities`, { schema: 'Event', properties: { name: ['Пересечение границы'], date: ['2026-03-04'], eventType: ['border_crossing'] } })).status, 201);
  exhibit = (await inv.post(`${base}/exhibits`, { evidence_type: 'electronic_device', description: 'Телефон Samsung A52',
    seized_at: '2026-11-02T10:15:00Z', seized_place: 'Алматы', seized_by: 'Капитан Сейткали', authority: 'Ордер 17/2026' })).body;
  assert.equal((await inv.post(`${base}/exhibits/${exhibit.id}/custody`, { kind: 'transferred', holder: 'Лаборатория' })).status, 201);
  doc = (await inv.request('PUT', `${base}/documents?name=${encodeURIComponent('протокол.txt')}`, { body: 'Протокол изъятия' })).body;
  assert.equal((await inv.post(`${base}/team`, { username: 'analyst', team_role: 'member', grants: [] })).status, 200);
}});

async function pdfText(client, url) {
  const r = await fetch(client.base + url, { headers: { cookie: client.cookie } });
  assert.equal(r.status, 200, `${url}: ${r.status} ${await r.clone().text()}`);
  assert.equal(r.headers.get('content-type'), 'application/pdf');
  const bytes = Buffer.from(await r.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes });
  assert.equal(out.status, 0, out.stderr?.toString());
  return out.stdout.toString('utf8');
}

const flat = (s) => s.replace(/\s+/g, '');

test('the case file renders in Russian with persons, roles, timeline, custody and the documents\' SHA-256', async () => {
  const inv = await fx.as('investigator');
  const text = await pdfText(inv, `/api/v1/cases/${kase.id}/export/pdf?lang=ru`);
  for (const s of ['Материалы дела', kase.reference, 'Рахимов Ботир', 'Ёлкина Жанна', 'Пересечение границы', 'Телефон Samsung A52',
    'Лаборатория', 'протокол.txt'])
    assert.ok(text.includes(s), `missing ${s}:\n${text.slice(0, 2000)}`);
  assert.ok(flat(text).includes(doc.sha256), 'the full SHA-256 of each document');
  assert.ok(text.includes(SHELTER.slice(0, 12)), 'the lead holds victim_data: the shelter is in their file');
  const en = await pdfText(inv, `/api/v1/cases/${kase.id}/export/pdf?lang=en`);
  assert.ok(en.includes('Case file') && en.includes('Рахимов Ботир'));
});

test('restricted content and redacted identities stay out; the export is audited with what it held', async () => {
  const an = await fx.as('analyst');
  const text = await pdfText(an, `/api/v1/cases/${kase.id}/export/pdf`);
  assert.ok(text.includes('Ёлкина Жанна'));
  assert.ok(!text.includes('Надежда'), 'no shelter for a reader without victim_data');
  const inv = await fx.as('investigator');
  const red = await pdfText(inv, `/api/v1/cases/${kase.id}/export/pdf?redact_identity=victim&lang=en`);
  assert.ok(!red.includes('Ёлкина') && !red.includes('Надежда'), 'the victim\'s identity is withheld for a partner agency');
  assert.ok(red.includes('Рахимов Ботир'));
  assert.ok(/withheld/i.test(red));
  assertProblem(await inv.get(`/api/v1/cases/${kase.id}/export/pdf?lang=de`), 400, 'invalid_value', 'lang');
  assertProblem(await inv.get(`/api/v1/cases/${kase.id}/export/pdf?redact_identity=king`), 400, 'invalid_value', 'redact_identity');
  assertProblem(await (await fx.as('supervisor.kg')).get(`/api/v1/cases/${kase.id}/export/pdf`), 404, 'not_found');
  const rows = (await (await fx.as('auditor')).ok(`/api/v1/audit?record=entity:${victim.id}&limit=50`)).items;
  const row = rows.find((r) => r.action === 'case.export' && r.detail?.format === 'pdf' && r.username === 'analyst');
  assert.ok(row, JSON.stringify(rows));
  assert.match(row.detail.export_id, /^[0-9a-f-]{36}$/);
  assert.ok(row.records.includes(`document:${doc.id}`) && row.records.includes(`exhibit:${exhibit.id}`));
});

test('the custody report lists every event with its full hash', async () => {
  const inv = await fx.as('investigator');
  const x = await inv.ok(`/api/v1/cases/${kase.id}/exhibits/${exhibit.id}`);
  const text = await pdfText(inv, `/api/v1/cases/${kase.id}/exhibits/${exhibit.id}/custody.pdf?lang=ru`);
  assert.ok(text.includes(x.number) && text.includes('Телефон Samsung A52'));
  for (const e of x.custody) assert.ok(flat(text).includes(e.hash), `hash of event ${e.seq}`);
  assertProblem(await inv.get(`/api/v1/cases/${kase.id}/exhibits/${kase.id}/custody.pdf`), 404, 'not_found');
});
