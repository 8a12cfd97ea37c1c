// bench/chart/README — the link chart with ~5,000 visible nodes, measured in real Chromium.
//
//   node bench/chart/run.mjs                 # one run, one JSON object on standard output
//   RUNS=3 node bench/chart/run.mjs          # three runs in a row (fresh server and data each)
//
// Needs build/ariadne (or ARIADNE_BIN), web/dist (`make web`), Debian's /usr/bin/chromium (or
// CHROMIUM) and playwright-core from tests/e2e/node_modules (`cd tests/e2e && npm ci`).
// Other settings: OUT=FILE also writes the JSON there; PAN_MS / ZOOM_MS (3000) how long to drag
// and wheel; STATIC=DIR another web bundle (e.g. `npx vite build --minify false --outDir DIR`);
// PROFILE=DIR writes Chromium CPU profiles of the add, select, hide and expand steps there.
// Progress goes to standard error.
//
// What it does, per run:
//  1. starts `ariadne serve` on a fresh data directory with the demo data (tests/e2e/server.mjs);
//  2. uploads a generated call-record CSV into a demo case `investigator` leads and imports it
//     through the API: three separate rings of 1,741 numbers each (a root, 12 contacts, 144, and
//     1,584 that also call one another), 100 extra numbers hanging off 20 numbers of ring A (so
//     "expand" has something to add): 5,323 numbers, 19,552 pairs, 29,573 calls (the chart then
//     holds 5,223 nodes and 29,457 links, one per direction). No number has more than 50
//     contacts, so nothing is collapsed as a hub;
//  3. signs in as `investigator` in headless Chromium and drives the chart like an analyst:
//     opens /graph?node=ROOT_A&bench (depth 1), sets depth 3 and adds the three roots one after
//     the other with "Add" (each answer stays under the client's max_nodes=2000, together they
//     make ~5,200 visible nodes; on /graph a depth chosen before "Go" is lost, the page restarts
//     at depth 1, so "Add" is the way to a depth-3 chart), then pans by mouse drag, zooms by
//     mouse wheel, clicks a node, hides it and expands another;
//  4. times everything inside the page: the request from the Resource Timing entry (server =
//     requestStart→responseStart, transfer until responseEnd), the client from responseEnd to the
//     first animation frame after Cytoscape drew the laid-out chart (layoutstart/layoutstop and
//     `render` events; `?bench` in the address makes GraphCanvas put the instance on
//     window.__ariadneCy), frame intervals by requestAnimationFrame, long tasks by
//     PerformanceObserver;
//  5. prints one JSON object with the figures, nproc, load average and the Chromium version, and
//     stops the server.
// A benchmark, not a test: it waits for events and frames, never for fixed sleeps, and asserts
// nothing but that the steps happened.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tests/e2e/server.mjs';
import * as session from '../../tests/e2e/session.mjs';

const RUNS = Number(process.env.RUNS ?? 1);
const PAN_MS = Number(process.env.PAN_MS ?? 3000);
const ZOOM_MS = Number(process.env.ZOOM_MS ?? 3000);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const staticDir = process.env.STATIC ?? join(repo, 'web/dist');
const PROFILE = process.env.PROFILE; // a directory: CPU profiles of the add, hide and expand steps


const log = (...a) => console.error('[bench]', ...a);
const within = (ms, promise, what) => Promise.race([promise, new Promise((_, fail) => setTimeout(() => fail(new Error(`no ${what} within ${ms} ms`)), ms).unref())]);

// ---------------------------------------------------------------------------------------------
// Data: three rings of numbers, each reachable in three steps from its root.
const phone = (i) => `+7705${String(i).padStart(7, '0')}`;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate() {
  const rand = rng(8);
  const pairs = new Map(); // "a|b" -> calls
  const link = (a, b, calls) => {
    const k = a < b ? `${a}|${b}` : `${b}|${a}`;
    pairs.set(k, (pairs.get(k) ?? 0) + calls);
  };
  let next = 0;
  const rings = [];
  for (let r = 0; r < 3; r++) {
    const root = next++;
    const l1 = [], l2 = [], l3 = [];
    for (let i = 0; i < 12; i++) { const n = next++; l1.push(n); link(root, n, 2); }
    for (const p of l1) for (let i = 0; i < 12; i++) { const n = next++; l2.push(n); link(p, n, 2); }
    for (const p of l2) for (let i = 0; i < 11; i++) { const n = next++; l3.push(n); link(p, n, 1 + Math.floor(rand() * 2)); }
    // The outer ring calls within itself: ~6 more contacts each, at most ~30.
    for (const a of l3) for (let k = 0; k < 3; k++) {
      const b = l3[Math.floor(rand() * l3.length)];
      if (b !== a) link(a, b, 1 + Math.floor(rand() * 2));
    }
    rings.push({ root, l3 });
  }
  // Numbers one step beyond ring A's outer ring: only an expansion brings them.
  const expandable = [];
  for (let i = 0; i < 20; i++) {
    const p = rings[0].l3[i * 37];
    expandable.push(p);
    for (let k = 0; k < 5; k++) link(p, next++, 1);
  }
  const rows = ['A number,B number,Start,Duration'];
  const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);
  let minute = 0;
  for (const [k, calls] of pairs) {
    const [a, b] = k.split('|').map(Number);
    for (let c = 0; c < calls; c++) {
      const [from, to] = (c + a) % 2 === 0 ? [a, b] : [b, a];
      const at = new Date(t0 + (minute += 1 + Math.floor(rand() * 7)) * 60_000).toISOString().slice(0, 19).replace('T', ' ');
      rows.push(`${phone(from)},${phone(to)},${at},${5 + Math.floor(rand() * 600)}`);
    }
  }
  return {
    csv: rows.join('\n') + '\n',
    calls: rows.length - 1,
    links: pairs.size,
    numbers: next,
    roots: rings.map((r) => phone(r.root)),
    expandable: expandable.map(phone),
    // A number of ring B's outer ring, to click and hide.
    clickable: phone(rings[1].l3[100]),
  };
}

// ---------------------------------------------------------------------------------------------
// API, as a script (the facts the run starts from).
async function login(url, username) {
  const r = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: session.PASSWORD }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  const { csrf_token: csrf } = await r.json();
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('ariadne_session=')).split(';')[0];
  return async (method, path, body, type = 'application/json') => {
    const res = await fetch(url + path, {
      method, headers: { cookie, 'x-csrf-token': csrf, 'content-type': type },
      body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body,
    });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body: json, text };
  };
}

async function caseLedBy(api) {
  const me = await api('GET', '/api/v1/auth/me');
  const list = await api('GET', '/api/v1/cases');
  for (const s of list.body.items) {
    const c = await api('GET', `/api/v1/cases/${s.id}`);
    if (c.status === 200 && (c.body.team ?? []).some((m) => m.user_id === me.body.user.id && m.team_role === 'lead')) return c.body;
  }
  throw new Error('investigator leads no demo case');
}

async function importCalls(url, data) {
  const api = await login(url, 'investigator');
  const kase = await caseLedBy(api);
  const t0 = performance.now();
  const doc = await api('PUT', `/api/v1/cases/${kase.id}/documents?name=bench-cdr.csv`, data.csv, 'text/csv');
  if (doc.status !== 201) throw new Error(`upload: ${doc.status} ${doc.text}`);
  const mapping = {
    version: 1, kind: 'calls', name: 'Bench CDR',
    columns: { caller: 'A number', callee: 'B number', start: 'Start', duration: 'Duration' },
    time_format: 'iso', region: 'KZ',
  };
  const job = await api('POST', `/api/v1/cases/${kase.id}/imports`, { document_id: doc.body.id, kind: 'calls', mapping });
  if (job.status !== 201 || job.body.status !== 'published') throw new Error(`import: ${job.status} ${job.text.slice(0, 500)}`);
  return { case_id: kase.id, rows_ok: job.body.rows_ok, rows_bad: job.body.rows_bad, import_ms: Math.round(performance.now() - t0) };
}

// ---------------------------------------------------------------------------------------------
// In the page.

// Installed once: a rAF loop recording frame timestamps while `__bench.recording`, long tasks.
const INSTALL = () => {
  const b = (window.__bench = { frames: [], recording: false, longtasks: [] });
  const loop = (t) => {
    if (b.recording) b.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing */ }
  // The time of the last user click, in the page's clock.
  document.addEventListener('click', (e) => { b.clickAt = e.timeStamp; }, true);
};

// Arms a watcher for one chart update caused by the next click: resolves with the timings once
// the first frame after Cytoscape's redraw has come (after layoutstop when a layout runs).
const ARM = ({ wantNodes, expectLayout, requestPart }) => {
  const b = window.__bench;
  const cy = window.__ariadneCy;
  const marks = {};
  const seenBefore = new Set(performance.getEntriesByType('resource').map((e) => e.startTime + e.name));
  b.pending = new Promise((done) => {
    const onStart = () => {
      if (!answered()) return;
      cy.off('layoutstart', onStart);
      marks.layoutstart = performance.now();
    };
    cy.on('layoutstart', onStart);
    const finish = () => {
      cy.one('render', () => {
        marks.rendered = performance.now();
        requestAnimationFrame((t) => {
          marks.frame = t;
          const req = performance.getEntriesByType('resource')
            .filter((e) => requestPart && e.name.includes(requestPart) && !seenBefore.has(e.startTime + e.name)).pop();
          const out = { click: b.clickAt, ...marks, nodes: cy.nodes().length, edges: cy.edges().length };
          if (req) Object.assign(out, { reqStart: req.startTime, requestStart: req.requestStart, responseStart: req.responseStart, responseEnd: req.responseEnd, bytes: req.encodedBodySize });
          done(out);
        });
      });
      // A redraw is not guaranteed if nothing changed on screen; nudge one.
      cy.forceRender?.();
    };
    const answered = () => !requestPart || performance.getEntriesByType('resource').some((e) => e.name.includes(requestPart) && !seenBefore.has(e.startTime + e.name));
    // Only the layout run for this step's answer counts (an earlier one may still be ending).
    const onStop = () => {
      if (!answered()) return;
      cy.off('layoutstop', onStop);
      marks.layoutstop = performance.now();
      finish();
    };
    if (expectLayout) cy.on('layoutstop', onStop);
    else {
      // Noted if one runs (it ends within the same task as the update the poll then sees).
      const noteStop = () => { if (answered()) { cy.off('layoutstop', noteStop); marks.layoutstop = performance.now(); } };
      cy.on('layoutstop', noteStop);
      const poll = () => (wantNodes(cy) ? (marks.synced = performance.now(), finish()) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    }
  });
};

async function step(page, click, { want, expectLayout, requestPart, name }) {
  const cdp = PROFILE && name ? await page.context().newCDPSession(page) : null;
  if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start'); }
  await page.evaluate(({ src, expectLayout, requestPart }) => {
    // eslint-disable-next-line no-new-func
    const wantNodes = new Function('cy', `return (${src})(cy)`);
    window.__benchArm({ wantNodes, expectLayout, requestPart });
  }, { src: want.toString(), expectLayout, requestPart });
  await click();
  const m = await within(120_000, page.evaluate(() => window.__bench.pending), 'chart update');
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(PROFILE, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
  const r = (x) => (x === undefined ? undefined : Math.round(x));
  const out = { total_ms: r(m.frame - m.click), nodes: m.nodes, edges: m.edges };
  if (m.requestStart !== undefined) {
    out.server_ms = r(m.responseStart - m.requestStart);
    out.transfer_ms = r(m.responseEnd - m.responseStart);
    out.request_ms = r(m.responseEnd - m.reqStart);
    out.response_kb = r(m.bytes / 1024);
    out.client_ms = r(m.frame - m.responseEnd);
  }
  if (m.layoutstart !== undefined) {
    out.before_layout_ms = r(m.layoutstart - (m.responseEnd ?? m.click));
    out.layout_ms = r(m.layoutstop - m.layoutstart);
    out.draw_ms = r(m.frame - m.layoutstop);
  }
  return out;
}

function stats(intervals) {
  const s = [...intervals].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const r1 = (x) => Math.round(x * 10) / 10;
  return {
    frames: s.length,
    p50_ms: r1(q(0.5)), p95_ms: r1(q(0.95)), max_ms: r1(s[s.length - 1]),
    over_50ms: s.filter((x) => x > 50).length,
    fps: r1((1000 * s.length) / s.reduce((a, b) => a + b, 0)),
  };
}

async function recordFrames(page, action) {
  await page.evaluate(() => { window.__bench.frames = []; window.__bench.recording = true; });
  await action();
  // The frame that redraws the full chart (edges, no texture) after the gesture belongs to it.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const frames = await page.evaluate(() => { window.__bench.recording = false; return window.__bench.frames; });
  const iv = [];
  for (let i = 1; i < frames.length; i++) iv.push(frames[i] - frames[i - 1]);
  return stats(iv);
}

async function canvasBox(page) {
  return page.getByTestId('graph-canvas').boundingBox();
}

// Puts node `id` in the middle of the canvas at a readable zoom and returns where to click it.
async function bringIntoView(page, id) {
  const pos = await page.evaluate((id) => new Promise((ok) => {
    const cy = window.__ariadneCy;
    const n = cy.getElementById(id);
    cy.zoom(1.2);
    cy.center(n);
    cy.one('render', () => requestAnimationFrame(() => ok(n.renderedPosition())));
    cy.forceRender?.();
  }), id);
  const box = await canvasBox(page);
  return { x: box.x + pos.x, y: box.y + pos.y };
}

async function runOnce(run) {
  const data = generate();
  const machine = {
    nproc: Number(execFileSync('nproc').toString().trim()),
    cpu: cpus()[0]?.model,
    uptime_before: execFileSync('uptime').toString().trim(),
    chromium: execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version']).toString().trim(),
  };
  const server = await startServer({ staticDir, stderr: 'ignore' });
  const scratch = mkdtempSync(join(tmpdir(), 'ariadne-bench-chart-'));
  try {
    log(`run ${run}: server at ${server.url}; importing ${data.calls} calls`);
    const imported = await importCalls(server.url, data);
    log('imported', JSON.stringify(imported));
    const page = await session.browserAs(server, 'investigator', { ready: 'nav-graph' });
    machine.user_agent = await page.evaluate(() => navigator.userAgent);
    const result = { run, started: new Date().toISOString(), machine, data: { numbers: data.numbers, links: data.links, calls: data.calls, ...imported } };

    // Open the chart from ring A's root (depth 1, as the page starts).
    const t0 = Date.now();
    await page.goto(`${server.url}/graph?node=${encodeURIComponent(data.roots[0])}&bench`);
    await page.waitForFunction(() => window.__ariadneCy && Number(document.querySelector('[data-testid="graph-node-count"]')?.dataset.count ?? 0) > 1);
    result.open_depth1 = { wall_ms: Date.now() - t0, nodes: Number(await page.getByTestId('graph-node-count').getAttribute('data-count')) };
    // Until the first (animated) layout has ended: no node moves for ten frames.
    await page.evaluate(() => new Promise((ok) => {
      let last = '', still = 0;
      const tick = () => {
        const now = JSON.stringify(window.__ariadneCy.nodes().map((n) => n.position()));
        still = now === last ? still + 1 : 0;
        last = now;
        if (still >= 10) ok(); else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }));
    await page.evaluate(INSTALL);
    await page.evaluate((arm) => { window.__benchArm = new Function(`return (${arm})`)(); }, ARM.toString());

    // Depth 3, and each ring's root added in turn: ~1,750 nodes each, ~5,200 together.
    await page.getByTestId('graph-depth').selectOption('3');
    result.add = [];
    for (const [i, root] of data.roots.entries()) {
      await page.getByTestId('graph-search-input').fill(root);
      const before = await page.evaluate(() => window.__ariadneCy.nodes().length);
      const m = await step(page, () => page.getByTestId('graph-search-add').click(), { want: () => true, expectLayout: true, requestPart: '/graph/neighbourhood', name: `add${i + 1}` });
      result.add.push({ root, added: m.nodes - before, ...m });
      log('add', JSON.stringify(result.add.at(-1)));
    }
    const counts = await page.evaluate(() => {
      const cy = window.__ariadneCy;
      const ext = cy.extent();
      const inView = cy.nodes().filter((n) => { const p = n.position(); return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2; }).length;
      const el = document.querySelector('[data-testid="graph-node-count"]');
      return { cy_nodes: cy.nodes().length, cy_edges: cy.edges().length, nodes_in_view: inView, toolbar_nodes: Number(el.dataset.count), toolbar_edges: Number(el.dataset.edges), zoom: cy.zoom(), truncated: Boolean(document.querySelector('[data-testid="graph-truncated"]')) };
    });
    result.drawn = counts;
    log('drawn', JSON.stringify(counts));
    await page.screenshot({ path: join(scratch, 'chart.png') });

    // Pan by dragging the background, then zoom by wheel, each for a few seconds.
    const box = await canvasBox(page);
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    // Start the drag on empty canvas: a corner is empty after fit (the rings are round).
    const sx = box.x + 8, sy = box.y + 8;
    result.pan = await recordFrames(page, async () => {
      await page.mouse.move(sx, sy);
      await page.mouse.down();
      const end = Date.now() + PAN_MS;
      let i = 0;
      while (Date.now() < end) {
        const a = (i++ / 30) * Math.PI;
        await page.mouse.move(sx + 150 + 120 * Math.cos(a), sy + 150 + 120 * Math.sin(a));
      }
      await page.mouse.up();
    });
    result.zoom = await recordFrames(page, async () => {
      await page.mouse.move(cx, cy);
      const end = Date.now() + ZOOM_MS;
      let i = 0;
      while (Date.now() < end) await page.mouse.wheel(0, (Math.floor(i++ / 10) % 2 === 0 ? -1 : 1) * 120);
    });
    log('pan', JSON.stringify(result.pan), 'zoom', JSON.stringify(result.zoom));
    result.longtasks_so_far = await page.evaluate(() => window.__bench.longtasks.length);

    // Select a node by clicking it: the time to its details in the side panel.
    const target = `p:${data.clickable}`;
    const at = await bringIntoView(page, target);
    await page.evaluate(() => {
      const b = window.__bench;
      b.pending = new Promise((ok) => {
        let up, tapped;
        document.addEventListener('mouseup', (e) => { up = e.timeStamp; }, { capture: true, once: true });
        window.__ariadneCy.one('tap', (e) => { tapped = e.target === window.__ariadneCy ? 'background' : e.target.id(); });
        const found = () => document.querySelector(`[data-testid="graph-node-details"][data-node-id="${tapped}"]`);
        // The first frame that starts with the details in the page: they are on screen with it.
        const poll = (t) => (up !== undefined && tapped && found() ? ok({ ms: t - up, tapped }) : requestAnimationFrame(poll));
        requestAnimationFrame(poll);
      });
    });
    const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start'); }
    await page.mouse.click(at.x, at.y);
    const selected = await within(20_000, page.evaluate(() => window.__bench.pending), 'node details after a click');
    if (cdp) { writeFileSync(join(PROFILE, 'select.cpuprofile'), JSON.stringify((await cdp.send('Profiler.stop')).profile)); await cdp.detach(); }
    result.select = { node: selected.tapped, aimed_at: target, ms: Math.round(selected.ms) };
    log('select', JSON.stringify(result.select));

    // Hide it.
    await page.getByTestId('graph-hide').waitFor();
    const nBefore = await page.evaluate(() => window.__ariadneCy.nodes().length);
    const hidden = await step(page, () => page.getByTestId('graph-hide').click(), { want: new Function('cy', `return cy.nodes().length === ${nBefore - 1}`), expectLayout: false, name: 'hide' });
    result.hide = hidden;
    log('hide', JSON.stringify(hidden));

    // Expand a number of ring A with five contacts not yet on the chart.
    const ex = `p:${data.expandable[3]}`;
    await page.evaluate((id) => { const cy = window.__ariadneCy; cy.$(':selected').unselect(); cy.getElementById(id).select(); }, ex);
    await page.locator(`[data-testid="graph-node-details"][data-node-id="${ex}"]`).waitFor();
    const before = await page.evaluate(() => {
      const cy = window.__ariadneCy;
      window.__benchPositions = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      return cy.nodes().length;
    });
    // Whether a layout runs or not (the chart may ring the new nodes around the expanded one).
    const expanded = await step(page, () => page.getByTestId('graph-expand').click(), { want: new Function('cy', `return cy.nodes().length > ${before}`), expectLayout: false, requestPart: '/graph/neighbourhood', name: 'expand' });
    // How many of the nodes that were already on the chart the expansion moved.
    const moved = await page.evaluate(() => {
      const was = window.__benchPositions;
      return window.__ariadneCy.nodes().filter((n) => was[n.id()] && (was[n.id()].x !== n.position('x') || was[n.id()].y !== n.position('y'))).length;
    });
    result.expand = { node: ex, added: expanded.nodes - before, moved_others: moved, ...expanded };
    log('expand', JSON.stringify(result.expand));

    result.longtasks = await page.evaluate(() => {
      const l = window.__bench.longtasks.map((x) => x.ms).sort((a, b) => a - b);
      return { count: l.length, max_ms: Math.round(l[l.length - 1] ?? 0), total_ms: Math.round(l.reduce((a, b) => a + b, 0)) };
    });
    result.machine.uptime_after = execFileSync('uptime').toString().trim();
    result.machine.loadavg_after = loadavg().map((x) => Math.round(x * 100) / 100);
    return result;
  } finally {
    await session.closeAll();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

const results = [];
for (let i = 1; i <= RUNS; i++) results.push(await runOnce(i));
const out = RUNS === 1 ? results[0] : results;
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));
