// Bad input is answered 400/413/422 with a stable code and the field named — never 500 — and
// changes nothing (DESIGN.md §6, docs/api.md "Conventions").
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { test } from 'node:test';

import { assertProblem, caseBody, createCase, useFixture } from './harness.mjs';

let kase;
const fx = useFixture({
  setup: async (fx) => {
    kase = await createCase(await fx.as('investigator'));
  },
});

// Counted through the store's own view: every case of the unit, as its supervisor sees them.
async function caseCount() {
  return (await (await fx.as('supervisor')).ok('/api/v1/cases?limit=1')).total;
}

// Runs `fn` and asserts no case was created or changed by it. Cases are never deleted, so an
// unchanged count after a group of refused requests means none of them created one.
async function unchanged(fn) {
  const before = await caseCount();
  const inv = await fx.as('investigator');
  const v = (await inv.ok(`/api/v1/cases/${kase.id}`)).version;
  await fn();
  assert.equal(await caseCount(), before, 'the number of cases is unchanged');
  assert.equal((await inv.ok(`/api/v1/cases/${kase.id}`)).version, v, 'the case is unchanged');
}

test('malformed JSON → 400 malformed_json', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    for (const raw of ['{', '{"title": }', 'not json', '{"title": "a",}', "{'title': 'a'}", '', '\u0000']) {
      assertProblem(await inv.post('/api/v1/cases', raw), 400, 'malformed_json');
      assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, raw), 400, 'malformed_json');
      assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, raw), 400, 'malformed_json');
    }
    // Not UTF-8, or an unpaired surrogate: not JSON either.
    assertProblem(await inv.post('/api/v1/cases', Buffer.from('{"title":"a\xffb"}', 'latin1')), 400, 'malformed_json');
    assertProblem(await inv.post('/api/v1/cases', '{"title":"a\\ud800b"}'), 400, 'malformed_json');
    assertProblem(await fx.anon().post('/api/v1/auth/login', '{"username":'), 400, 'malformed_json');
  });
});

test('a body that is JSON but not an object → 400 wrong_type', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    for (const raw of ['[]', 'null', '1', '"title"', '[{"title":"x"}]'])
      assertProblem(await inv.post('/api/v1/cases', raw), 400, 'wrong_type');
  });
});

test('wrong types → 400 wrong_type naming the field', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    const cases = [
      [{ title: 1 }, 'title'],
      [{ title: ['a'] }, 'title'],
      [{ summary: {} }, 'summary'],
      [{ forms_of_exploitation: 'x' }, 'forms_of_exploitation'],
      [{ forms_of_exploitation: [1] }, 'forms_of_exploitation'],
      [{ countries_of_origin: 'KZ' }, 'countries_of_origin'],
      [{ covert: 'yes' }, 'covert'],
      [{ jurisdiction: 'KZ' }, 'jurisdiction'],
      [{ jurisdiction: { country: 7 } }, 'jurisdiction.country'],
      [{ jurisdiction: { country: 'KZ', region: false } }, 'jurisdiction.region'],
      [{ category: true }, 'category'],
    ];
    for (const [over, field] of cases) assertProblem(await inv.post('/api/v1/cases', caseBody(over)), 400, 'wrong_type', field);
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: '1', title: 'x' }), 400, 'wrong_type', 'version');
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: 1.5, title: 'x' }), 400, 'wrong_type', 'version');
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, title: 5 }), 400, 'wrong_type', 'title');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 7 }), 400, 'wrong_type', 'username');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', grants: 'victim_data' }), 400, 'wrong_type', 'grants');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/links`, { case_id: ['x'] }), 400, 'wrong_type', 'case_id');
    assertProblem(await fx.anon().post('/api/v1/auth/login', { username: 'investigator', password: 12345 }), 400, 'wrong_type', 'password');
    assertProblem(await fx.anon().post('/api/v1/test/clock', { advance_seconds: '60' }), 400, 'wrong_type', 'advance_seconds');
  });
});

test('unknown fields → 400 unknown_field naming it', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    assertProblem(await inv.post('/api/v1/cases', caseBody({ colour: 'red' })), 400, 'unknown_field', 'colour');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ jurisdiction: { country: 'KZ', city: 'Almaty' } })), 400,
      'unknown_field', 'jurisdiction.city');
    // Server-set fields are not input.
    assertProblem(await inv.post('/api/v1/cases', caseBody({ version: 3 })), 400, 'unknown_field', 'version');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ state: 'closed' })), 400, 'unknown_field', 'state');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ reference: 'X-1' })), 400, 'unknown_field', 'reference');
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, owning_unit: 'x' }), 400, 'unknown_field', 'owning_unit');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', role: 'lead' }), 400, 'unknown_field', 'role');
    assertProblem(await fx.anon().post('/api/v1/auth/login', { username: 'a', password: 'b', remember: true }), 400, 'unknown_field', 'remember');
    const admin = await fx.as('admin');
    assertProblem(await admin.post('/api/v1/users', { username: 'u.x', role: 'analyst', unit_code: 'KZ-ALM-CTU', password: 'Long-enough-pass-1', is_admin: true }), 400, 'unknown_field', 'is_admin');
  });
});

test('unknown lookup values → 422 invalid_value naming the field', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    const cases = [
      [{ category: 'piracy' }, 'category'],
      [{ approach: 'psychic' }, 'approach'],
      [{ trigger: 'dream' }, 'trigger'],
      [{ forms_of_exploitation: ['labour', 'juggling'] }, 'forms_of_exploitation'],
      [{ countries_of_origin: ['XX'] }, 'countries_of_origin'],
      [{ countries_of_transit: ['kz'] }, 'countries_of_transit'],
      [{ countries_of_destination: [''] }, 'countries_of_destination'],
      [{ jurisdiction: { country: 'Narnia' } }, 'jurisdiction.country'],
      [{ title: 'x'.repeat(100_000) }, 'title'],
    ];
    for (const [over, field] of cases) assertProblem(await inv.post('/api/v1/cases', caseBody(over)), 422, 'invalid_value', field);
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, state: 'forgotten' }), 422, 'invalid_value', 'state');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, { username: 'analyst', team_role: 'chief' }), 422, 'invalid_value', 'team_role');
    const admin = await fx.as('admin');
    assertProblem(await admin.post('/api/v1/users', { username: 'u.y', role: 'wizard', unit_code: 'KZ-ALM-CTU', password: 'Long-enough-pass-1' }), 422, 'invalid_value', 'role');
    assertProblem(await admin.post('/api/v1/users', { username: 'u.y', role: 'analyst', unit_code: 'NOPE', password: 'Long-enough-pass-1' }), 422, 'invalid_value', 'unit_code');
    assertProblem(await admin.post('/api/v1/units', { code: 'X-1', name: 'X', country: 'XX' }), 422, 'invalid_value', 'country');
  });
});

test('missing required fields → 422 required naming the field', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    for (const field of ['title', 'category', 'approach', 'trigger']) {
      const body = caseBody();
      delete body[field];
      assertProblem(await inv.post('/api/v1/cases', body), 422, 'required', field);
    }
    const noJurisdiction = caseBody();
    delete noJurisdiction.jurisdiction;
    assertProblem(await inv.post('/api/v1/cases', noJurisdiction), 422, 'required', 'jurisdiction.country');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ jurisdiction: { region: 'Almaty' } })), 422, 'required', 'jurisdiction.country');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ title: '   ' })), 422, 'required', 'title');
    assertProblem(await inv.post('/api/v1/cases', caseBody({ title: null })), 422, 'required', 'title');
    assertProblem(await inv.post('/api/v1/cases', {}), 422, 'required');
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { title: 'no version' }), 422, 'required', 'version');
    assertProblem(await inv.patch(`/api/v1/cases/${kase.id}`, { version: kase.version, title: '' }), 422, 'required', 'title');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/team`, {}), 422, 'required', 'username');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/shares`, { username: '' }), 422, 'required', 'username');
    assertProblem(await inv.post(`/api/v1/cases/${kase.id}/links`, { reason: 'x' }), 422, 'required', 'case_id');
    assertProblem(await inv.post('/api/v1/auth/tokens', {}), 422, 'required', 'name');
    assertProblem(await fx.anon().post('/api/v1/auth/login', { username: 'investigator' }), 422, 'required', 'password');
    const admin = await fx.as('admin');
    assertProblem(await admin.post('/api/v1/users', { username: 'u.z', unit_code: 'KZ-ALM-CTU', password: 'Long-enough-pass-1' }), 422, 'required', 'role');
  });
});

// Sends a raw request with node:http, so that a server that answers early and closes the
// connection is seen as its answer, not as a write error.
function rawPost(url, path, headers, body) {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    // The server answers early and closes while the body is still being sent: a broken pipe or
    // a reset is expected then, and the answer may or may not have arrived. Never wait forever.
    let broken = null;
    req.on('error', (e) => {
      if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') return reject(e);
      broken = e.code;
    });
    req.on('close', () => {
      if (broken) resolve({ status: 0, headers: {}, text: `connection closed (${broken}) before an answer` });
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.end(body);
  });
}

test('a body over 1 MiB → 413 body_too_large', async () => {
  const inv = await fx.as('investigator');
  await unchanged(async () => {
    const big = JSON.stringify(caseBody({ summary: 'x'.repeat(1024 * 1024 + 10) }));
    const r = await rawPost(fx.url, '/api/v1/cases', {
      cookie: inv.cookie, 'x-csrf-token': inv.csrf, 'content-type': 'application/json', 'content-length': Buffer.byteLength(big),
    }, big);
    assert.equal(r.status, 413, r.text);
    assert.equal(JSON.parse(r.text).code, 'body_too_large');
    // Through fetch as well (the client may see the early answer or a closed connection, never a 2xx).
    try {
      const f = await inv.post('/api/v1/cases', big);
      assertProblem(f, 413, 'body_too_large');
    } catch (e) {
      assert.ok(/fetch failed|other side closed|EPIPE|ECONNRESET/i.test(`${e.message} ${e.cause?.message ?? ''}`), `${e}`);
    }
    // A body just under the limit is read and judged on its content.
    const under = JSON.stringify(caseBody({ summary: 'y'.repeat(1024 * 1024 - 1000) }));
    assertProblem(await inv.post('/api/v1/cases', under), 422, 'invalid_value', 'summary');
  });
});

test('bad list parameters → 4xx naming the parameter', async () => {
  const sup = await fx.as('supervisor');
  const aud = await fx.as('auditor');
  const admin = await fx.as('admin');
  const cursor = Buffer.from(JSON.stringify(['not-a-number', 'x'])).toString('base64url');
  const checks = [
    [sup, '/api/v1/cases?limit=0', 'limit'],
    [sup, '/api/v1/cases?limit=201', 'limit'],
    [sup, '/api/v1/cases?limit=-1', 'limit'],
    [sup, '/api/v1/cases?limit=ten', 'limit'],
    [sup, '/api/v1/cases?limit=5x', 'limit'],
    [sup, '/api/v1/cases?limit=99999999999999999999', 'limit'],
    [sup, '/api/v1/cases?cursor=garbage', 'cursor'],
    [sup, '/api/v1/cases?cursor=%E2%9C%93', 'cursor'],
    [sup, `/api/v1/cases?cursor=${cursor}`, 'cursor'],
    [sup, `/api/v1/cases?cursor=${Buffer.from('[1,2,3]').toString('base64url')}`, 'cursor'],
    [sup, '/api/v1/cases?sort=colour', 'sort'],
    [sup, '/api/v1/cases?sort=--title', 'sort'],
    [sup, '/api/v1/cases?sort=victim_notes', 'sort'],
    [sup, '/api/v1/cases?state=lost', 'state'],
    [sup, '/api/v1/cases?category=piracy', 'category'],
    [sup, `/api/v1/cases?q=${'a'.repeat(600)}`, 'q'],
    [aud, '/api/v1/audit?limit=0', 'limit'],
    [aud, '/api/v1/audit?limit=100000', 'limit'],
    [aud, '/api/v1/audit?cursor=abc', 'cursor'],
    [aud, '/api/v1/audit?from=yesterday', 'from'],
    [aud, '/api/v1/audit?to=2026-13-45', 'to'],
    [aud, '/api/v1/audit/viewers', 'record'],
    [admin, '/api/v1/users?limit=0', 'limit'],
  ];
  await unchanged(async () => {
    for (const [client, url, field] of checks) {
      const r = await client.get(url);
      assert.ok(r.status >= 400 && r.status < 500, `${url}: ${r}`);
      assert.equal(r.field, field, `${url} names ${field}: ${r}`);
      assert.match(r.headers.get('content-type'), /problem\+json/);
    }
    // A cursor made for one sort is refused by a sort of another kind.
    const page = await sup.ok('/api/v1/cases?limit=2&sort=title');
    const r = await sup.get(`/api/v1/cases?limit=2&sort=created_at&cursor=${page.next_cursor}`);
    assertProblem(r, 422, 'invalid_value', 'cursor');
  });
});

test('odd but harmless input is never a 500', async () => {
  const inv = await fx.as('investigator');
  const sup = await fx.as('supervisor');
  await unchanged(async () => {
    const urls = [
      '/api/v1/cases?q=%00', '/api/v1/cases?q=%FF', '/api/v1/cases?q=a%C0%80', '/api/v1/cases?unit=%FF',
      '/api/v1/cases?q=%22', '/api/v1/cases?q=*', '/api/v1/cases?q=NEAR(a%20b)', '/api/v1/cases?q=%E2%80%94',
      '/api/v1/cases?q=%0A%0D%09', '/api/v1/cases?q=', '/api/v1/cases?limit=', '/api/v1/cases?sort=',
      '/api/v1/cases?%FF=1', '/api/v1/cases/%FF', '/api/v1/cases/%00', '/api/v1/cases/not-a-uuid',
      '/api/v1/cases/01890000-0000-7000-8000-000000000000', '/api/v1/cases/%2e%2e', '/api/v1/cases?q=%',
      `/api/v1/cases/${kase.id}/history/`, '/api/v1/cases?limit=1&limit=2',
    ];
    for (const url of urls) {
      const r = await sup.get(url);
      assert.ok(r.status < 500, `${url}: ${r}`);
    }
  });
  // Wrong method on a known path.
  assert.equal((await sup.request('PUT', '/api/v1/cases')).status, 405);
  // Text with control characters and any script is stored and found as text.
  const title = 'Tab\there\u0001 نص 中文 😀';
  const odd = await inv.post('/api/v1/cases', caseBody({ title, summary: 'a\u0000b' }));
  assert.ok(odd.status === 201 || odd.status === 422, `${odd}`);
  if (odd.status === 201) {
    assert.equal((await inv.ok(`/api/v1/cases/${odd.body.id}`)).title, title);
    const r = await inv.ok(`/api/v1/cases?q=${encodeURIComponent('中文')}`);
    assert.ok(r.items.some((i) => i.id === odd.body.id));
  }
});

test('a search with bytes that are not UTF-8 is refused, not run unaudited', async () => {
  const sup = await fx.as('supervisor');
  const aud = await fx.as('auditor');
  const before = (await aud.ok('/api/v1/audit?limit=1')).items[0].seq;
  const r = await sup.get('/api/v1/cases?q=Rakhimov%20%FF');
  assert.equal(r.status, 400, `${r}`);
  // Every search that ran is on the trail.
  const ok = await sup.get('/api/v1/cases?q=Rakhimov');
  assert.equal(ok.status, 200);
  const rows = (await aud.ok(`/api/v1/audit?user=supervisor&action=case.list&limit=5`)).items;
  assert.ok(rows.some((row) => row.seq > before && row.detail.q === 'Rakhimov'));
});
