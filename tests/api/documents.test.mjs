// Documents and media (docs/api.md "Documents"): uploaded as a streamed PUT body, stored once
// per content under its SHA-256, encrypted at rest in chunks (so ranges can be read), typed by
// sniffing the content, text extracted for search; every download checked and audited.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { Server, assertProblem, createCase, sqlite, useFixture } from './harness.mjs';

let kase;
const fx = useFixture({ setup: async (fx) => {
  kase = await createCase(await fx.as('investigator'), { title: 'Documents case' });
}});

const base = () => `/api/v1/cases/${kase.id}/documents`;
const sha = (buf) => createHash('sha256').update(buf).digest('hex');

// A tiny valid PDF with one line of text.
function pdf(text) {
  const stream = `BT /F1 12 Tf 10 50 Td (${text}) Tj ET`;
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 100]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n' +
    `4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj\n` +
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

async function upload(client, name, body, { query = '', type = 'application/octet-stream', url } = {}) {
  return client.request('PUT', `${url ?? base()}?name=${encodeURIComponent(name)}${query}`,
    { body, headers: { 'content-type': type } });
}

// The raw bytes of a GET (the harness client decodes text).
async function bytes(client, url, headers = {}) {
  const r = await fetch(client.base + url, { headers: { cookie: client.cookie, ...headers } });
  return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
}

test('an upload is stored once by its SHA-256, encrypted, typed from its content, and comes back whole or by range', async () => {
  const inv = await fx.as('investigator');
  const content = randomBytes(300_000);  // several 64 KiB chunks
  const r = await upload(inv, 'seized-phone-dump.bin', content);
  assert.equal(r.status, 201, `${r}`);
  const d = r.body;
  assert.equal(d.sha256, sha(content));
  assert.equal(d.size, content.length);
  assert.equal(d.media_type, 'application/octet-stream');
  assert.equal(d.uploaded_by.username, 'investigator');
  assert.equal(d.name_mismatch, false);
  assert.match(r.headers.get('location'), new RegExp(`/documents/${d.id}$`));

  const whole = await bytes(inv, `${base()}/${d.id}/content`);
  assert.equal(whole.status, 200);
  assert.ok(whole.body.equals(content), 'the same bytes come back');
  assert.equal(whole.headers.get('accept-ranges'), 'bytes');
  assert.match(whole.headers.get('content-disposition'), /^attachment/);

  // From the middle, across a chunk boundary, and the last bytes.
  const mid = await bytes(inv, `${base()}/${d.id}/content`, { range: 'bytes=65500-131100' });
  assert.equal(mid.status, 206);
  assert.equal(mid.headers.get('content-range'), `bytes 65500-131100/${content.length}`);
  assert.ok(mid.body.equals(content.subarray(65500, 131101)));
  const tail = await bytes(inv, `${base()}/${d.id}/content`, { range: 'bytes=-10' });
  assert.ok(tail.body.equals(content.subarray(content.length - 10)));
  assert.equal((await bytes(inv, `${base()}/${d.id}/content`, { range: `bytes=${content.length}-` })).status, 416);

  // The same content again: a second record over the one stored file.
  const again = await upload(inv, 'copy.bin', content);
  assert.equal(again.status, 201);
  assert.notEqual(again.body.id, d.id);
  assert.equal(again.body.sha256, d.sha256);
  const files = path.join(fx.dir.data, 'files', d.sha256.slice(0, 2));
  assert.deepEqual(fs.readdirSync(files), [d.sha256], 'one file on disk');
  assert.equal((await sqlite(path.join(fx.dir.data, 'ariadne.db'), `SELECT COUNT(*) FROM stored_files WHERE sha256 = '${d.sha256}';`)).trim(), '1');
  // Encrypted at rest: the stored bytes are not the upload's.
  const stored = fs.readFileSync(path.join(files, d.sha256));
  assert.equal(stored.indexOf(content.subarray(1000, 1064)), -1);
  assert.ok(fs.readdirSync(path.join(fx.dir.data, 'files', 'tmp')).length === 0, 'no temporary files left');
});

test('text is extracted from plain text and PDF and found by search; the type comes from the content, not the name', async () => {
  const inv = await fx.as('investigator');
  const note = Buffer.from('Протокол осмотра: изъяты паспорта граждан у гражданина Каримова.\n', 'utf8');
  const t = await upload(inv, 'protokol.txt', note, { query: '&title=' + encodeURIComponent('Протокол осмотра'), type: 'text/plain' });
  assert.equal(t.status, 201, `${t}`);
  assert.equal(t.body.media_type, 'text/plain');
  assert.equal(t.body.text_status, 'extracted');
  assert.equal((await inv.ok(`${base()}/${t.body.id}/text`)).text, note.toString('utf8'));

  const p = await upload(inv, 'ticket.pdf', pdf('Bishkek Moscow ticket for Kurbanov'));
  assert.equal(p.status, 201);
  assert.equal(p.body.media_type, 'application/pdf');
  assert.equal(p.body.text_status, 'extracted');
  assert.match((await inv.ok(`${base()}/${p.body.id}/text`)).text, /Bishkek Moscow ticket for Kurbanov/);
  const inline = await bytes(inv, `${base()}/${p.body.id}/content?inline=1`);
  assert.match(inline.headers.get('content-disposition'), /^inline/);
  assert.equal(inline.headers.get('content-type'), 'application/pdf');
  assert.equal(inline.headers.get('x-frame-options'), 'SAMEORIGIN');

  // A "PDF" that is a Windows program: kept (it may be evidence), typed as what it is, flagged.
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.alloc(200)]);
  const fake = await upload(inv, 'invoice.pdf', exe, { type: 'application/pdf' });
  assert.equal(fake.status, 201, `${fake}`);
  assert.notEqual(fake.body.media_type, 'application/pdf');
  assert.equal(fake.body.declared_type, 'application/pdf');
  assert.equal(fake.body.name_mismatch, true);
  const served = await bytes(inv, `${base()}/${fake.body.id}/content?inline=1`);
  assert.notEqual(served.headers.get('content-type'), 'application/pdf', 'served as what it is');
  assert.match(served.headers.get('content-disposition'), /^attachment/, 'never shown inline');
  // An HTML file is never shown in our page either.
  const html = await upload(inv, 'page.html', Buffer.from('<html><body><script>alert(1)</script></body></html>'));
  const h = await bytes(inv, `${base()}/${html.body.id}/content?inline=1`);
  assert.match(h.headers.get('content-disposition'), /^attachment/);
  assert.match(h.headers.get('content-security-policy'), /sandbox/);

  const hits = await inv.ok(`/api/v1/search?q=${encodeURIComponent('паспорт каримов')}&case_id=${kase.id}`);
  assert.ok(hits.items.some((i) => i.kind === 'document' && i.record_id === t.body.id), JSON.stringify(hits));
  const pdfHits = await inv.ok(`/api/v1/search?q=kurbanov&case_id=${kase.id}`);
  assert.ok(pdfHits.items.some((i) => i.kind === 'document' && i.record_id === p.body.id));
});

test('bad uploads are refused naming the problem and leave nothing behind', async () => {
  const inv = await fx.as('investigator');
  const before = (await inv.ok(base())).total;
  assertProblem(await inv.request('PUT', base(), { body: Buffer.from('x') }), 422, 'required', 'name');
  assertProblem(await upload(inv, 'a/b.txt', Buffer.from('x')), 422, 'invalid_value', 'name');
  assertProblem(await upload(inv, 'x.txt', Buffer.from('x'), { query: '&exhibit_id=nope' }), 422, 'invalid_value', 'exhibit_id');
  assertProblem(await upload(inv, 'x.txt', Buffer.from('x'), { query: `&exhibit_id=${kase.id}` }), 422, 'not_found', 'exhibit_id');
  assertProblem(await inv.request('PUT', `${base()}?name=x.txt`, { body: Buffer.from('x'), csrf: false }), 403, 'csrf_missing');
  // Roles and need-to-know: the analyst reads but never writes; another unit never sees the case.
  assertProblem(await upload(await fx.as('analyst'), 'x.txt', Buffer.from('x')), 404, 'not_found');
  assertProblem(await upload(await fx.as('supervisor.kg'), 'x.txt', Buffer.from('x')), 404, 'not_found');
  assertProblem(await (await fx.as('supervisor.kg')).get(base()), 404, 'not_found');
  assert.equal((await inv.ok(base())).total, before);
  assert.deepEqual(fs.readdirSync(path.join(fx.dir.data, 'files', 'tmp')), []);
});

test('an upload over the limit is refused with 413 before it is stored', async () => {
  // A second server on the same data directory, with a 1 MiB limit (the store is shared).
  const server = await Server.start(fx.dir.data, { args: ['--max-upload-mb', '1'] });
  const c = server.client();
  assert.equal((await c.login('investigator')).status, 200);
  const big = randomBytes((1 << 20) + 1);
  const r = await c.request('PUT', `${base()}?name=video.mp4`, { body: big });
  assertProblem(r, 413, 'upload_too_large');
  // Chunked, so the length is not known in advance: refused once the limit is passed.
  const chunked = await fetch(`${server.url}${base()}?name=video.mp4`, {
    method: 'PUT', duplex: 'half', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf },
    body: new ReadableStream({ start(ctl) { for (let i = 0; i < 20; i++) ctl.enqueue(randomBytes(100_000)); ctl.close(); } }),
  }).catch((e) => e);
  if (!(chunked instanceof Error)) assert.equal(chunked.status, 413);
  const ok = await c.request('PUT', `${base()}?name=small.bin`, { body: randomBytes(1000) });
  assert.equal(ok.status, 201, 'the connection and server are fine afterwards');
  await server.stop();
  assert.deepEqual(fs.readdirSync(path.join(fx.dir.data, 'files', 'tmp')), []);
});

test('documents of a victim interview are read as its statements are, and every download is audited', async () => {
  const inv = await fx.as('investigator');
  let r = await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'member', grants: [] });
  assert.equal(r.status, 200, `${r}`);
  const girl = (await inv.post(`/api/v1/cases/${kase.id}/entities`, { schema: 'Person', properties: { name: ['Гульнара'] } })).body;
  const iv = (await inv.post(`/api/v1/cases/${kase.id}/interviews`, { kind: 'victim', subject_entity_id: girl.id,
    started_at: '2026-11-07T10:00:00Z', present: [{ role: 'support_person', name: 'NGO counsellor' }] })).body;
  const rec = await upload(inv, 'interview.txt', Buffer.from('Transcript: they kept us in the basement'), { query: `&interview_id=${iv.id}` });
  assert.equal(rec.status, 201, `${rec}`);
  const open = await upload(inv, 'map.txt', Buffer.from('Route map of the basement flats'));
  const an = await fx.as('analyst');
  const list = await an.ok(base());
  assert.ok(list.items.some((d) => d.id === open.body.id));
  assert.ok(!list.items.some((d) => d.id === rec.body.id), 'the transcript is not listed for them');
  assertProblem(await an.get(`${base()}/${rec.body.id}/content`), 404, 'not_found');
  assertProblem(await an.get(`${base()}/${rec.body.id}/text`), 404, 'not_found');
  const s = await an.ok(`/api/v1/search?q=basement&case_id=${kase.id}`);
  assert.deepEqual(s.items.map((i) => i.record_id), [open.body.id], 'search shows only what they may read');
  assert.equal(s.total, 1);
  assert.equal((await bytes(inv, `${base()}/${rec.body.id}/content`)).status, 200);
  const aud = await fx.as('auditor');
  const rows = (await aud.ok(`/api/v1/audit?record=document:${rec.body.id}&limit=50`)).items;
  assert.ok(rows.some((x) => x.action === 'document.upload' && x.username === 'investigator'));
  assert.ok(rows.some((x) => x.action === 'document.download' && x.username === 'investigator' && x.outcome === 'ok'));
  assert.ok(rows.some((x) => x.action === 'document.download' && x.username === 'analyst' && x.outcome === 'not_found'));
});
