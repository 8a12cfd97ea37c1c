// Link analysis through the API (issue 8): call records and bank statements imported into a case
// from an uploaded document (bad rows by line, skip or refuse, the same file twice adds nothing,
// an interrupted command-line import resumes and stays invisible until published), paths between
// numbers that never pass through a case the caller cannot see, money traced under FIFO, call
// analysis, and the permission of each route.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { assertProblem, cli, createCase, sqlite, tempDir, useFixture } from './harness.mjs';

const KG = { jurisdiction: { country: 'KG', region: 'Bishkek' } };
const CALLS = {
  version: 1, kind: 'calls', name: 'Test CDR',
  columns: { caller: 'A number', callee: 'B number', start: 'Start', duration: 'Duration' },
  time_format: 'iso', region: 'KZ',
};
const TXNS = {
  version: 1, kind: 'transactions', name: 'Test statement',
  columns: { from_account: 'From', to_account: 'To', amount: 'Amount', date: 'Date' },
  time_format: 'iso', currency: 'KZT',
};
// Suspects S1 and S2, linked in the KZ case through X and W (three calls); the KG case links
// them in two through H, which the KZ investigator may not see.
const S1 = '+77011110001', X = '+77011110002', W = '+77011110004', S2 = '+77011110003', H = '+77011110009';
let kz, kg;
const fx = useFixture({ setup: async (fx) => {
  kz = await createCase(await fx.as('investigator'), { title: 'Call records of two suspects' });
  kg = await createCase(await fx.as('investigator.kg'), { title: 'Kyrgyz calls', ...KG });
}});

async function upload(client, kase, name, text) {
  const r = await client.request('PUT', `/api/v1/cases/${kase.id}/documents?name=${name}`,
    { body: text, headers: { 'content-type': 'text/csv' } });
  assert.equal(r.status, 201, `${r}`);
  return r.body;
}
const importDoc = (client, kase, doc, extra = {}) =>
  client.post(`/api/v1/cases/${kase.id}/imports`, { document_id: doc.id, kind: 'calls', mapping: CALLS, ...extra });

test('a call file is imported with its bad rows reported by line; the same file again adds nothing', async () => {
  const inv = await fx.as('investigator');
  const csv = 'A number,B number,Start,Duration\n' +
    `${S1},${X},2026-03-01 10:00:00,60\n` +
    `8 701 111 0002,${W},2026-03-01 11:00:00,30\n` +
    'not a phone,+77011110005,2026-03-01 12:00:00,5\n' +
    `${W},${S2},2026-13-01 12:00:00,5\n` +
    `"${W}",${S2},2026-03-02 09:30,120\n`;
  const doc = await upload(inv, kz, 'cdr.csv', csv);
  const r = await importDoc(inv, kz, doc);
  assert.equal(r.status, 201, `${r}`);
  assert.equal(r.body.status, 'published');
  assert.equal(r.body.rows_ok, 3);
  assert.equal(r.body.rows_bad, 2);
  assert.deepEqual(r.body.errors.map((e) => [e.line, e.field, e.reason]),
    [[4, 'caller', 'invalid_phone'], [5, 'start', 'invalid_time']]);
  const again = await importDoc(inv, kz, doc);
  assert.equal(again.status, 200, `${again}`);
  assert.equal(again.body.already_imported, true);
  assert.equal((await sqlite(fx.dir.db, `SELECT count(*) FROM call_records r JOIN import_jobs j ON j.num = r.job WHERE j.case_id = '${kz.id}'`)).trim(), '3');
  const list = await inv.ok(`/api/v1/cases/${kz.id}/imports`);
  assert.equal(list.items.length, 1);
});

test('refusing a file with a bad row stores none of it; a bad mapping names its field', async () => {
  const inv = await fx.as('investigator');
  const doc = await upload(inv, kz, 'refused.csv', `A number,B number,Start,Duration\n${S1},+77019990000,2026-03-03 10:00,1\nxx,yy,zz,1\n`);
  const r = await importDoc(inv, kz, doc, { on_error: 'refuse' });
  assert.equal(r.status, 201, `${r}`);
  assert.equal(r.body.status, 'refused');
  assert.equal((await sqlite(fx.dir.db, `SELECT count(*) FROM call_records r JOIN import_jobs j ON j.num = r.job WHERE j.id = '${r.body.id}'`)).trim(), '0');
  const contacts = await inv.ok(`/api/v1/calls/contacts?number=${encodeURIComponent(S1)}`);
  assert.ok(!contacts.contacts.some((c) => c.number === '+77019990000'), 'nothing of a refused file is visible');

  const noCaller = { ...CALLS, columns: { callee: 'B number', start: 'Start' } };
  assertProblem(await importDoc(inv, kz, doc, { mapping: noCaller }), 422, undefined, 'mapping.columns.caller');
  const absent = { ...CALLS, columns: { ...CALLS.columns, callee: 'Called party' } };
  assertProblem(await importDoc(inv, kz, doc, { mapping: absent }), 422, 'column_missing', 'mapping.columns.callee');
  assertProblem(await importDoc(inv, kz, doc, { kind: 'letters' }), 422, undefined, 'kind');
  assertProblem(await inv.post(`/api/v1/cases/${kz.id}/imports`, { document_id: doc.id, kind: 'calls', mapping: 'x' }), 400, 'wrong_type', 'mapping');
  // Need-to-know first: a prosecutor the case is not shared with learns nothing of it.
  assert.equal((await importDoc(await fx.as('prosecutor'), kz, doc)).status, 404);
});

test('paths between two suspects never pass through a case the caller cannot see', async () => {
  const inv = await fx.as('investigator');
  const kgInv = await fx.as('investigator.kg');
  const doc = await upload(kgInv, kg, 'kg.csv', `A number,B number,Start,Duration\n${S1},${H},2026-03-01 10:00,10\n${H},${S2},2026-03-01 10:05,10\n`);
  const kgMapping = { ...CALLS, region: 'KG' };
  assert.equal((await importDoc(kgInv, kg, doc, { mapping: kgMapping })).status, 201);

  const p = await inv.ok(`/api/v1/graph/paths?from=${encodeURIComponent(S1)}&to=${encodeURIComponent(S2)}`);
  assert.equal(p.paths.length, 1, JSON.stringify(p));
  assert.deepEqual(p.paths[0].nodes, [`p:${S1}`, `p:${X}`, `p:${W}`, `p:${S2}`]);
  assert.ok(p.paths[0].edges.every((e) => e.kind === 'call' && e.case_id === kz.id && e.source));
  assert.ok(!JSON.stringify(p).includes(H), 'the hidden number never shows');

  const q = await kgInv.ok(`/api/v1/graph/paths?from=${encodeURIComponent(S1)}&to=${encodeURIComponent(S2)}`);
  assert.deepEqual(q.paths.map((x) => x.nodes), [[`p:${S1}`, `p:${H}`, `p:${S2}`]]);
  // A number only a hidden case knows is not there at all.
  assert.equal((await inv.get(`/api/v1/graph/neighbourhood?nodes=${encodeURIComponent(H)}`)).status, 404);
  const n = await inv.ok(`/api/v1/graph/neighbourhood?nodes=${encodeURIComponent(S1)}&depth=2&links=call`);
  assert.deepEqual(n.nodes.map((x) => x.id).sort(), [`p:${S1}`, `p:${X}`, `p:${W}`].sort());
  const m = await inv.post('/api/v1/graph/measures', { nodes: n.nodes.map((x) => x.id) });
  assert.equal(m.status, 200, `${m}`);
  assert.equal(m.body.measures[`p:${X}`].betweenness, 1);
  assert.equal(m.body.components, 1);
  assert.equal((await (await fx.as('frontline')).get(`/api/v1/graph/paths?from=${S1}&to=${S2}`)).status, 403);
  assertProblem(await inv.get(`/api/v1/graph/neighbourhood?nodes=${encodeURIComponent(S1)}&depth=9`), 400, undefined, 'depth');
  assertProblem(await inv.get(`/api/v1/graph/neighbourhood?nodes=${encodeURIComponent(S1)}&links=letters`), 400, undefined, 'links');
});

test('call analysis: frequent contacts, common contacts, activity', async () => {
  const inv = await fx.as('investigator');
  const c = await inv.ok(`/api/v1/calls/contacts?number=${encodeURIComponent(X)}`);
  assert.deepEqual(c.contacts.map((x) => x.number).sort(), [S1, W].sort());
  const common = await inv.ok(`/api/v1/calls/common?numbers=${encodeURIComponent(`${S1},${W}`)}`);
  assert.deepEqual(common.common.map((x) => x.number), [X]);
  const act = await inv.ok(`/api/v1/calls/activity?number=${encodeURIComponent(W)}&bucket=day`);
  assert.equal(act.calls, 2);
  assert.deepEqual(act.buckets.map((b) => [b.outgoing, b.incoming]), [[0, 1], [1, 0]]);
  assertProblem(await inv.get('/api/v1/calls/contacts?number=letters'), 422, 'invalid_phone', 'number');
  const t = await inv.ok(`/api/v1/graph/timeline?node=${encodeURIComponent(`p:${W}`)}`);
  assert.deepEqual(t.items.map((x) => [x.type, x.caption]), [['call_in', X], ['call_out', S2]]);
});

test('money traced forward under FIFO: money cannot leave before it arrived; XLSX export', async () => {
  const inv = await fx.as('investigator');
  const csv = 'From,To,Amount,Date\n' +
    'KZ111,KZ222,1000.00,2026-03-01 10:00\n' +
    'KZ222,KZ444,300,2026-02-28 10:00\n' +
    'KZ222,KZ333,600,2026-03-02 10:00\n' +
    'KZ333,KZ555,abc,2026-03-03 10:00\n';
  const doc = await upload(inv, kz, 'statement.csv', csv);
  const r = await inv.post(`/api/v1/cases/${kz.id}/imports`, { document_id: doc.id, kind: 'transactions', mapping: TXNS });
  assert.equal(r.status, 201, `${r}`);
  assert.deepEqual(r.body.errors.map((e) => [e.line, e.field]), [[5, 'amount']]);
  const t = await inv.post('/api/v1/money/trace', { account: 'KZ111', hops: 3 });
  assert.equal(t.status, 200, `${t}`);
  assert.equal(t.body.rule, 'fifo');
  const by = Object.fromEntries(t.body.counterparts.map((c) => [c.account, c.amount]));
  assert.equal(by.KZ222, 1000);
  assert.equal(by.KZ333, 600);
  assert.equal(by.KZ444, undefined, 'paid before the money came in');
  assert.ok(t.body.sankey.links.length >= 2);
  const tl = await inv.ok('/api/v1/graph/timeline?node=a:KZ222');
  assert.deepEqual(tl.items.map((x) => [x.type, x.caption, x.amount]),
    [['payment_out', 'KZ444', 300], ['payment_in', 'KZ111', 1000], ['payment_out', 'KZ333', 600]]);
  const x = await inv.request('POST', '/api/v1/money/trace?format=xlsx', { body: { account: 'KZ111' } });
  assert.equal(x.status, 200);
  assert.match(x.headers.get('content-type'), /spreadsheetml/);
  assert.equal((await (await fx.as('investigator.kg')).post('/api/v1/money/trace', { account: 'KZ111' })).status, 404);
  assertProblem(await inv.post('/api/v1/money/trace', { account: 'KZ111', hops: 'many' }), 400, 'wrong_type', 'hops');
});

// A call file of `rows` calls from numbers starting `prefix` to `callee`, and the arguments of
// `ariadne import` that load it into the KZ case three rows a chunk.
function cliCallFile(name, rows, prefix, callee) {
  const dir = tempDir();
  const file = path.join(dir, name);
  const mapping = path.join(dir, 'mapping.json');
  let csv = 'A number,B number,Start,Duration\n';
  for (let i = 0; i < rows; i++) csv += `${prefix}${String(i).padStart(4, '0')},${callee},2026-04-01 10:${String(i).padStart(2, '0')},5\n`;
  writeFileSync(file, csv);
  writeFileSync(mapping, JSON.stringify(CALLS));
  return { file, args: ['import', 'calls', '--data', fx.dir.data, '--case', kz.id, '--mapping', mapping, '--chunk-rows', '3', '--quiet'] };
}

test('an interrupted command-line import is invisible, then resumes and publishes once', async () => {
  const { file, args } = cliCallFile('big.csv', 10, '+7702000', '+77029999999');
  const first = await cli([...args, '--interrupt-after-chunks', '2', file]);
  assert.equal(first.code, 75, first.stderr);
  const inv = await fx.as('investigator');
  const during = await inv.ok('/api/v1/calls/contacts?number=%2B77029999999');
  assert.equal(during.contacts.length, 0, 'rows of an unfinished import are not seen');
  const second = await cli([...args, file]);
  assert.equal(second.code, 0, second.stderr);
  const out = JSON.parse(second.stdout);
  assert.equal(out.resumed, true);
  assert.equal(out.rows_ok, 10);
  assert.equal((await sqlite(fx.dir.db, `SELECT count(*) FROM call_records r JOIN import_jobs j ON j.num = r.job WHERE j.id = '${out.job}'`)).trim(), '10');
  const after = await inv.ok('/api/v1/calls/contacts?number=%2B77029999999');
  assert.equal(after.contacts.length, 10);
  const third = JSON.parse((await cli([...args, file])).stdout);
  assert.equal(third.already_imported, true);
  assert.equal((await sqlite(fx.dir.db, `SELECT count(*) FROM call_records r JOIN import_jobs j ON j.num = r.job WHERE j.id = '${out.job}'`)).trim(), '10');
});

test('an interrupted import can be discarded: its staged rows go, the act is audited, and the file can be imported afresh', async () => {
  const { file, args } = cliCallFile('abandoned.csv', 8, '+7702111', '+77028888888');
  assert.equal((await cli([...args, '--interrupt-after-chunks', '1', file])).code, 75);
  const inv = await fx.as('investigator');
  const staged = (await inv.ok(`/api/v1/cases/${kz.id}/imports`)).items.find((j) => j.file_name === 'abandoned.csv');
  assert.equal(staged.status, 'staging');
  assert.equal(staged.rows_ok, 3);
  const stagedRows = () => sqlite(fx.dir.db, `SELECT count(*) FROM call_records_staging r JOIN import_jobs j ON j.num = r.job WHERE j.id = '${staged.id}'`);
  assert.equal((await stagedRows()).trim(), '3');
  const url = `/api/v1/cases/${kz.id}/imports/${staged.id}`;

  // It does not go on under another reading of the file: the rows would be half one, half the other.
  const otherMapping = path.join(tempDir(), 'kg.json');
  writeFileSync(otherMapping, JSON.stringify({ ...CALLS, region: 'KG' }));
  const other = await cli(args.map((a) => (a.endsWith('mapping.json') ? otherMapping : a)).concat(file));
  assert.equal(other.code, 2);
  assert.match(other.stderr, /another mapping or bad-row choice.*discard/);
  assert.equal((await inv.ok(url)).rows_ok, 3);

  // Those outside the case (another country's investigator, an analyst not on it) see no such case.
  assert.equal((await (await fx.as('investigator.kg')).request('DELETE', url)).status, 404);
  assert.equal((await (await fx.as('analyst')).request('DELETE', url)).status, 404);
  assert.equal((await stagedRows()).trim(), '3');

  const r = await inv.request('DELETE', url);
  assert.equal(r.status, 200, `${r}`);
  assert.equal(r.body.status, 'discarded');
  assert.equal((await stagedRows()).trim(), '0');
  assert.equal((await inv.ok(url)).status, 'discarded');
  const audited = await sqlite(fx.dir.db, `SELECT records, detail FROM audit_log WHERE action = 'import.discard' AND outcome = 'ok'`, { json: true });
  assert.equal(audited.length, 1);
  assert.ok(audited[0].records.includes(`import:${staged.id}`), audited[0].records);
  assert.equal(JSON.parse(audited[0].detail).rows_staged, 3);
  // Twice, or a published import, is refused and changes nothing.
  assertProblem(await inv.request('DELETE', url), 409, 'import_not_staging');
  const published = (await inv.ok(`/api/v1/cases/${kz.id}/imports`)).items.find((j) => j.status === 'published');
  assertProblem(await inv.request('DELETE', `/api/v1/cases/${kz.id}/imports/${published.id}`), 409, 'import_not_staging');
  assert.equal((await inv.ok(`/api/v1/cases/${kz.id}/imports/${published.id}`)).status, 'published');
  assert.equal((await inv.request('DELETE', `/api/v1/cases/${kz.id}/imports/no-such-import`)).status, 404);

  // The same file again starts from its first row as a new job, and publishes all of it once.
  const again = await cli([...args, file]);
  assert.equal(again.code, 0, again.stderr);
  const out = JSON.parse(again.stdout);
  assert.equal(out.resumed, false);
  assert.notEqual(out.job, staged.id);
  assert.equal(out.rows_ok, 8);
  assert.equal((await inv.ok('/api/v1/calls/contacts?number=%2B77028888888')).contacts.length, 8);
});
