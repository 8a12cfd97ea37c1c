// The audit trail (DESIGN.md §5): one row per case read, list, create and update, naming every
// record returned; "who saw it"; and `ariadne audit verify` catching every kind of tampering
// with the SQLite file — even when the attacker recomputes the hash chain.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  auditRows, cli, cliOk, copyDataDir, createCase, rowHash, sqlString, sqlite, useFixture,
} from './harness.mjs';

const fx = useFixture();
let kase;

async function auditor() {
  return fx.as('auditor');
}

async function lastSeq() {
  return (await (await auditor()).ok('/api/v1/audit?limit=1')).items[0].seq;
}

// The audit rows of USERNAME after seq AFTER, oldest first.
async function rowsOf(username, after) {
  const items = (await (await auditor()).ok(`/api/v1/audit?user=${encodeURIComponent(username)}&limit=200`)).items;
  return items.filter((r) => r.seq > after).reverse();
}

test('create, read, list, update and history each append one row naming the records returned', async () => {
  const inv = await fx.as('investigator');
  const start = await lastSeq();

  kase = await createCase(inv, { title: 'Audited case' });
  const got = await inv.ok(`/api/v1/cases/${kase.id}`);
  const page = await inv.ok('/api/v1/cases?limit=10');
  const search = await inv.ok(`/api/v1/cases?q=${encodeURIComponent('Audited')}`);
  const upd = await inv.patch(`/api/v1/cases/${kase.id}`, { version: 1, summary: 'seen and changed' });
  assert.equal(upd.status, 200);
  await inv.ok(`/api/v1/cases/${kase.id}/history`);

  const rows = await rowsOf('investigator', start);
  assert.deepEqual(rows.map((r) => r.action), ['case.create', 'case.read', 'case.list', 'case.list', 'case.update', 'case.history'],
    JSON.stringify(rows, null, 1));
  for (const r of rows) {
    assert.equal(r.outcome, 'ok');
    assert.equal(r.user_id, inv.user.id);
    assert.equal(r.ip, '127.0.0.1');
    assert.match(r.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(r.alert, false);
  }
  const [create, read, list, found, update, history] = rows;
  assert.ok(create.records.includes(`case:${kase.id}`));
  assert.equal(create.method, 'POST');
  assert.equal(create.path, '/api/v1/cases');
  assert.equal(create.detail.reference, kase.reference);
  assert.ok(read.records.includes(`case:${kase.id}`));
  assert.equal(read.path, `/api/v1/cases/${kase.id}`);
  // A list row names every case of the page, and no other case.
  const caseRecords = (r) => r.records.filter((x) => x.startsWith('case:')).sort();
  assert.equal(page.items.length, 10);
  assert.deepEqual(caseRecords(list), page.items.map((i) => `case:${i.id}`).sort());
  assert.equal(list.detail.returned, 10);
  assert.deepEqual(caseRecords(found), search.items.map((i) => `case:${i.id}`).sort());
  assert.ok(found.records.includes(`case:${kase.id}`));
  assert.equal(found.detail.q, 'Audited');
  assert.ok(update.records.includes(`case:${kase.id}`));
  assert.deepEqual(update.detail.fields, ['summary']);
  assert.equal(update.detail.version, 2);
  assert.ok(history.records.includes(`case:${kase.id}`));
  // Sequence numbers grow by one, whoever writes.
  const all = (await (await auditor()).ok('/api/v1/audit?limit=50')).items;
  for (let i = 1; i < all.length; i++) assert.equal(all[i - 1].seq, all[i].seq + 1);
});

test('every page of a paged list is audited with its own cases', async () => {
  const sup = await fx.as('supervisor');
  const start = await lastSeq();
  const pages = [];
  let cursor = null;
  do {
    const p = await sup.ok(`/api/v1/cases?limit=25${cursor ? `&cursor=${cursor}` : ''}`);
    pages.push(p.items.map((i) => `case:${i.id}`).sort());
    cursor = p.next_cursor;
  } while (cursor);
  assert.ok(pages.length >= 2);
  const rows = (await rowsOf('supervisor', start)).filter((r) => r.action === 'case.list');
  assert.deepEqual(rows.map((r) => r.records.filter((x) => x.startsWith('case:')).sort()), pages);
});

test('refused looks are audited too; the viewers of a case are exactly who saw it', async () => {
  const sup = await fx.as('supervisor');
  await sup.ok(`/api/v1/cases/${kase.id}`);
  await sup.ok(`/api/v1/cases/${kase.id}`);
  const others = ['analyst', 'investigator.kg', 'admin', 'ngo'];
  for (const u of others) await fx.as(u);
  const start = await lastSeq();
  for (const u of others) {
    const r = await (await fx.as(u)).get(`/api/v1/cases/${kase.id}`);
    assert.equal(r.status, 404);
    const [row, ...more] = await rowsOf(u, start);
    assert.equal(more.length, 0);
    assert.equal(row.action, 'case.read');
    assert.equal(row.outcome, 'not_found');
    assert.ok(row.records.includes(`case:${kase.id}`));
  }
  const viewers = (await (await auditor()).ok(`/api/v1/audit/viewers?record=case:${kase.id}`)).items;
  const names = viewers.map((v) => v.username).sort();
  assert.deepEqual(names, ['investigator', 'supervisor']);
  const s = viewers.find((v) => v.username === 'supervisor');
  assert.equal(s.count, 3, 'one list page that held it (test above) and two reads');
  assert.ok(s.first_at <= s.last_at);
  const i = viewers.find((v) => v.username === 'investigator');
  assert.ok(i.count >= 5, `create, read, list, search, update, history: ${i.count}`);
  // The auditor's own searches are on the trail as well.
  const own = (await (await auditor()).ok('/api/v1/audit?user=auditor&action=audit.viewers&limit=5')).items;
  assert.equal(own[0].detail.record, `case:${kase.id}`);
});

test('verifying the chain on a busy server never reports a false break', async () => {
  const inv = await fx.as('investigator');
  const aud = await auditor();
  let stop = false;
  // Audited reads from 6 clients while the auditor verifies again and again: the head file then
  // moves on during each verification.
  const load = Array.from({ length: 6 }, async () => {
    while (!stop) await inv.get('/api/v1/cases?limit=5');
  });
  const reports = [];
  try {
    for (let i = 0; i < 40; i++) reports.push(await aud.ok('/api/v1/audit/verify'));
  } finally {
    stop = true;
    await Promise.all(load);
  }
  assert.deepEqual(reports.filter((v) => !v.ok), []);
  assert.ok(reports.at(-1).rows > reports[0].rows, 'rows were written during the verifications');
});

test('GET /api/v1/audit/verify and `ariadne audit verify` pass; the chain is exactly what the rows say', async () => {
  const v = await (await auditor()).ok('/api/v1/audit/verify');
  assert.equal(v.ok, true, JSON.stringify(v));
  assert.ok(v.rows > 74, `the demo's rows and ours: ${v.rows}`);
  await fx.server.stop();
  const r = await cliOk(['audit', 'verify', '--data', fx.dir.data]);
  const rows = await auditRows(fx.dir.db);
  assert.match(r.stdout, new RegExp(`audit chain ok: ${rows.length} rows`));
  // Our model of the row hash matches the server's, row by row — so the forgery below is sound.
  let prev = '0'.repeat(64);
  for (const row of rows) {
    assert.equal(row.prev_hash, prev, `row ${row.seq} follows its predecessor`);
    assert.equal(rowHash(row), row.hash, `row ${row.seq} hash`);
    prev = row.hash;
  }
  assert.deepEqual(rows.map((x) => x.seq), rows.map((_, i) => i + 1));
});

// Copies the stopped data directory and its keys, applies SQL to the copy, runs verify on it.
async function tamper(sql) {
  const copy = copyDataDir(fx.dir);
  if (sql) await sqlite(copy.db, typeof sql === 'function' ? await sql(copy) : sql);
  const r = await cli(['audit', 'verify', '--data', copy.data]);
  return { ...r, copy, bad: Number(/BROKEN at row (\d+)/.exec(r.stdout)?.[1]) };
}

function assertBroken(r, what) {
  assert.equal(r.code, 2, `${what}: verify must fail\n${r.stdout}${r.stderr}`);
  assert.match(r.stdout, /audit chain BROKEN at row \d+/, what);
}

const columns = ['at', 'user_id', 'username', 'action', 'outcome', 'method', 'path', 'ip', 'records', 'detail', 'alert', 'prev_hash', 'hash'];
const value = (v) => (typeof v === 'number' ? String(v) : sqlString(v));

test('tampering (a): one row\'s action edited → verify fails naming that row', async () => {
  const rows = await auditRows(fx.dir.db);
  const k = Math.floor(rows.length / 2);
  const r = await tamper(`UPDATE audit_log SET action = action || '.edited' WHERE seq = ${k};`);
  assertBroken(r, 'edited action');
  assert.equal(r.bad, k);
  assert.match(r.stdout, /edited|does not match its hash/);
});

test('tampering (b): a middle row deleted → verify fails', async () => {
  const rows = await auditRows(fx.dir.db);
  const k = Math.floor(rows.length / 2);
  const r = await tamper(`DELETE FROM audit_log WHERE seq = ${k};`);
  assertBroken(r, 'deleted row');
  assert.equal(r.bad, k);
});

test('tampering (c): the contents of two rows swapped → verify fails', async () => {
  const rows = await auditRows(fx.dir.db);
  const i = Math.floor(rows.length / 3);
  const j = Math.floor((2 * rows.length) / 3);
  const a = rows[i - 1];
  const b = rows[j - 1];
  const set = (row) => columns.map((c) => `${c} = ${value(row[c])}`).join(', ');
  const r = await tamper(`BEGIN; UPDATE audit_log SET ${set(b)} WHERE seq = ${i}; UPDATE audit_log SET ${set(a)} WHERE seq = ${j}; COMMIT;`);
  assertBroken(r, 'swapped rows');
  assert.equal(r.bad, i);
});

// Rewrites row K's action and recomputes the hash and prev_hash of it and every later row, as
// an attacker with the data directory (but not the key) would.
function forgeChain(rows, k) {
  const forged = rows.map((r) => ({ ...r }));
  let prev = k > 1 ? forged[k - 2].hash : '0'.repeat(64);
  const out = [];
  for (const row of forged.slice(k - 1)) {
    if (row.seq === k) row.action = `${row.action}.forged`;
    row.prev_hash = prev;
    row.hash = rowHash(row);
    prev = row.hash;
    out.push(`UPDATE audit_log SET action = ${sqlString(row.action)}, prev_hash = '${row.prev_hash}', hash = '${row.hash}' WHERE seq = ${row.seq};`);
  }
  return { forged, sql: `BEGIN;\n${out.join('\n')}\nCOMMIT;` };
}

test('tampering (d): a row rewritten and every later hash recomputed → the keyed checkpoints catch it', async () => {
  const rows = await auditRows(fx.dir.db);
  const k = Math.floor(rows.length / 2);
  const { forged, sql } = forgeChain(rows, k);
  // The forged chain is internally consistent: only the keyed MACs can tell.
  let prev = '0'.repeat(64);
  for (const row of forged) {
    assert.equal(row.prev_hash, prev);
    assert.equal(rowHash(row), row.hash);
    prev = row.hash;
  }
  const r = await tamper(sql);
  assertBroken(r, 'recomputed chain');
  assert.ok(r.bad <= k, `names a row at or before the rewritten one (${r.bad} ≤ ${k})`);
  assert.match(r.stdout, /rewritten/);
  assert.doesNotMatch(r.stdout, /does not match its hash/);
  // Even with the checkpoints in the store deleted as well, the head file beside the key catches it.
  const r2 = await tamper(`${sql}\nDELETE FROM audit_checkpoints;`);
  assertBroken(r2, 'recomputed chain without checkpoints');
  assert.match(r2.stdout, /rewritten|head file/);
  // Or with only the checkpoints after the rewritten row removed.
  const r3 = await tamper(`${sql}\nDELETE FROM audit_checkpoints WHERE seq >= ${k};`);
  assertBroken(r3, 'recomputed chain without later checkpoints');
});

test('tampering (e): the last rows deleted → verify fails', async () => {
  const rows = await auditRows(fx.dir.db);
  const n = rows.length;
  const r = await tamper(`DELETE FROM audit_log WHERE seq > ${n - 3};`);
  assertBroken(r, 'truncated');
  assert.equal(r.bad, n - 2);
  // Also when the checkpoints of those rows are removed with them: the head file knows the end.
  const r2 = await tamper(`DELETE FROM audit_log WHERE seq > ${n - 3}; DELETE FROM audit_checkpoints WHERE seq > ${n - 3};`);
  assertBroken(r2, 'truncated with checkpoints');
  assert.equal(r2.bad, n - 2);
  assert.match(r2.stdout, /removed from the end/);
});

test('an untouched copy still verifies (the tampering above was caught, not the copying)', async () => {
  const r = await tamper(null);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /audit chain ok/);
});
