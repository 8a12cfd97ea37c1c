// SIGTERM in the middle of many concurrent writes: the server stops cleanly, every request that
// was answered 201 has its case after a restart on the same directory, and the audit chain holds.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { caseBody, cliOk, sqlite, useFixture } from './harness.mjs';

const fx = useFixture();

test('SIGTERM during concurrent creates loses no acknowledged case', { timeout: 120_000 }, async (t) => {
  const inv = await fx.as('investigator');
  const tokenRes = await inv.post('/api/v1/auth/tokens', { name: 'load' });
  const bearer = fx.bearer(tokenRes.body.token);
  // 24 writers in parallel, each sending creates one after the other until the server is gone;
  // SIGTERM once 40 creates have been answered.
  const WRITERS = 24;
  const results = [];
  let answered = 0;
  let signalled = false;
  let resolveEnough;
  const enough = new Promise((r) => (resolveEnough = r));
  let serial = 0;
  const writer = async (w) => {
    const client = w % 2 ? bearer : inv;  // browser session and personal token alike
    for (;;) {
      const title = `Graceful stop ${++serial}`;
      const afterSignal = signalled;
      try {
        const r = await client.post('/api/v1/cases', caseBody({ title }));
        results.push({ title, status: r.status, id: r.body?.id, afterSignal, answeredAfterSignal: signalled });
        if (r.status !== 201) return;
        if (++answered >= 40) resolveEnough();
      } catch (e) {
        results.push({ title, status: 0, error: String(e.cause?.code ?? e.cause?.message ?? e.message), afterSignal });
        return;
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
  await enough;
  signalled = true;
  fx.server.proc.kill('SIGTERM');
  await Promise.all(writers);
  const N = results.length;
  const exit = await fx.server.exit;
  assert.equal(exit.code, 0, `clean exit: ${JSON.stringify(exit)}\n${fx.server.stderr}`);
  assert.match(fx.server.stdout, /stopped cleanly/);

  const ok = results.filter((r) => r.status === 201);
  const other = results.filter((r) => r.status !== 201);
  t.diagnostic(`${ok.length} of ${N} acknowledged; the others: ${JSON.stringify(other.map((r) => r.error ?? r.status))}`);
  assert.ok(ok.length >= 20, `acknowledged: ${ok.length}`);
  assert.ok(ok.some((r) => r.answeredAfterSignal), 'requests in flight at the signal were answered');
  assert.ok(other.length > 0, 'the stopped server took no more work');
  for (const r of other) assert.ok(r.status === 0 || r.status === 503, `an unfinished request fails cleanly: ${JSON.stringify(r)}`);
  assert.equal(fx.server.stderr.includes('failed:'), false, fx.server.stderr);

  // The chain holds with the server stopped…
  await cliOk(['audit', 'verify', '--data', fx.dir.data]);
  // …every acknowledged case is in the store, each exactly once, and each has its audit row.
  const titles = await sqlite(fx.dir.db, "SELECT id, title FROM cases WHERE title LIKE 'Graceful stop %';", { json: true });
  const byTitle = new Map(titles.map((t) => [t.title, t.id]));
  assert.equal(byTitle.size, titles.length, 'no case twice');
  for (const r of ok) assert.equal(byTitle.get(r.title), r.id, `${r.title} is stored`);
  const audited = await sqlite(fx.dir.db, "SELECT records FROM audit_log WHERE action = 'case.create' AND outcome = 'ok';", { json: true });
  const auditedIds = new Set(audited.flatMap((a) => JSON.parse(a.records)));
  for (const t of titles) assert.ok(auditedIds.has(`case:${t.id}`), `the creation of ${t.title} is audited`);

  // …and after a restart on the same directory they are all there through the API.
  await fx.restart();
  const again = await fx.login('investigator');
  for (const r of ok) {
    const got = await again.get(`/api/v1/cases/${r.id}`);
    assert.equal(got.status, 200, `${r.title}: ${got}`);
    assert.equal(got.body.title, r.title);
  }
  await fx.server.stop();
  await cliOk(['audit', 'verify', '--data', fx.dir.data]);
});
