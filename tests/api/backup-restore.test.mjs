// Online backup while cases are being created, restore into a fresh directory, verify the
// audit chain there and serve the restored cases (DESIGN.md §5, §7).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { Server, caseBody, cli, cliOk, mkdirp, tempDir, useFixture } from './harness.mjs';

const fx = useFixture();

test('online backup during writes, restore, verify, serve', { timeout: 120_000 }, async () => {
  const inv = await fx.as('investigator');
  const created = [];  // {id, title, sentAt, answeredAt}
  let stop = false;
  let failures = 0;
  let n = 0;
  const loop = (async () => {
    while (!stop) {
      const title = `Backup load ${++n}`;
      const sentAt = performance.now();
      const r = await inv.post('/api/v1/cases', caseBody({ title }));
      if (r.status === 201) created.push({ id: r.body.id, title, sentAt, answeredAt: performance.now() });
      else failures++;
    }
  })();
  // Let the writes get going, then back up while they continue.
  while (created.length < 15) await new Promise((r) => setTimeout(r, 5));
  const doc = await inv.request('PUT', `/api/v1/cases/${created[0].id}/documents?name=evidence.txt`, { body: 'Backed-up evidence' });
  assert.equal(doc.status, 201, `${doc}`);
  const root = tempDir('ariadne-backup-');
  const file = path.join(root, 'ariadne-backup.db');
  const backupStarted = performance.now();
  const backup = await cli(['backup', '--data', fx.dir.data, '--to', file]);
  const backupEnded = performance.now();
  const during = created.length;
  while (created.length < during + 10) await new Promise((r) => setTimeout(r, 5));
  stop = true;
  await loop;
  assert.equal(backup.code, 0, backup.stdout + backup.stderr);
  assert.match(backup.stdout, /backup written to/);
  assert.equal(failures, 0, 'the writes went on during the backup');
  assert.ok(existsSync(file));
  assert.ok(!existsSync(`${file}.partial`));
  const overlapping = created.filter((k) => k.answeredAt > backupStarted && k.sentAt < backupEnded).length;
  assert.ok(overlapping > 0, 'cases were being created while the backup ran');

  // Restore into a new directory. The audit key lives outside the data directory and is not
  // part of the backup: the operator brings it along.
  const data = path.join(root, 'restored');
  mkdirp(`${data}.keys`);
  copyFileSync(path.join(fx.dir.keys, 'audit.key'), path.join(`${data}.keys`, 'audit.key'));
  // The stored files need their master key too; without it the restore says so.
  const keyless = await cli(['restore', '--from', file, '--data', data]);
  assert.notEqual(keyless.code, 0);
  assert.match(keyless.stderr, /files\.key/);
  copyFileSync(path.join(fx.dir.keys, 'files.key'), path.join(`${data}.keys`, 'files.key'));
  const restored = await cliOk(['restore', '--from', file, '--data', data]);
  assert.match(restored.stdout, /audit chain ok: \d+ rows; [1-9]\d* stored files ok/);
  assert.match((await cliOk(['files', 'verify', '--data', data])).stdout, /stored files ok: [1-9]/);
  // Never over an existing store without --force.
  const again = await cli(['restore', '--from', file, '--data', data]);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /exists/);
  const verify = await cliOk(['audit', 'verify', '--data', data]);
  assert.match(verify.stdout, /audit chain ok: \d+ rows/);

  // Served, the restored store has every case answered before the backup began, none begun
  // after it ended, and the rest either way.
  const server = await Server.start(data);
  const c = server.client();
  assert.equal((await c.login('investigator')).status, 200);
  let present = 0;
  for (const k of created) {
    const r = await c.get(`/api/v1/cases/${k.id}`);
    assert.ok(r.status === 200 || r.status === 404, `${r}`);
    if (k.answeredAt < backupStarted) assert.equal(r.status, 200, `${k.title} was created before the backup`);
    if (k.sentAt > backupEnded) assert.equal(r.status, 404, `${k.title} was created after the backup`);
    if (r.status === 200) {
      present++;
      assert.equal(r.body.title, k.title);
    }
  }
  assert.ok(present >= 15);
  // The document comes back byte for byte from the restored file store.
  const got = await c.get(`/api/v1/cases/${created[0].id}/documents/${doc.body.id}/content`);
  assert.equal(got.status, 200);
  assert.equal(got.text, 'Backed-up evidence');
  // The restored server keeps auditing on the restored chain.
  const aud = server.client();
  assert.equal((await aud.login('auditor')).status, 200);
  const v = await aud.ok('/api/v1/audit/verify');
  assert.equal(v.ok, true, JSON.stringify(v));
  await server.stop();
  await cliOk(['audit', 'verify', '--data', data]);

  // The live store is intact too.
  await fx.server.stop();
  await cliOk(['audit', 'verify', '--data', fx.dir.data]);
  // A stored file altered on disk is found by `files verify`.
  const stored = path.join(data, 'files', doc.body.sha256.slice(0, 2), doc.body.sha256);
  const bytes = readFileSync(stored);
  bytes[bytes.length - 3] ^= 0xff;
  writeFileSync(stored, bytes);
  const bad = await cli(['files', 'verify', '--data', data]);
  assert.equal(bad.code, 2, bad.stdout + bad.stderr);
  assert.match(bad.stdout, new RegExp(`BAD ${doc.body.sha256}`));
});

test('the files master key is rotated without rewriting the files, and they all still open', async () => {
  const before = readFileSync(path.join(fx.dir.keys, 'files.key'));
  const rotated = await cliOk(['files', 'rotate-key', '--data', fx.dir.data]);
  assert.match(rotated.stdout, /re-wrapped/);
  assert.ok(!readFileSync(path.join(fx.dir.keys, 'files.key')).equals(before), 'a new key');
  assert.ok(readdirSync(fx.dir.keys).some((f) => f.startsWith('files.key.retired-')), 'the old key is kept for older backups');
  assert.match((await cliOk(['files', 'verify', '--data', fx.dir.data])).stdout, /stored files ok: [1-9]/);
});
