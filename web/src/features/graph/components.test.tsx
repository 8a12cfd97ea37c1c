import cytoscape from 'cytoscape';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../shared/api';
import { SessionProvider } from '../../shared/session';
import { testUser } from '../../shared/testUtils';
import { I18nProvider } from '../../shared/useI18n';
import { getNeighbourhood, getPaths, loadChartNodes } from './api';
import { chartBodyOf, chartCaseOptions, stateOfChart } from './chartBody';
import { syncElements } from './cySync';
import { entityUuid, graphPath, nodePath, sourcePath } from './display';
import { EdgeDetails } from './EdgeDetails';
import { edgeWidth, highlightOf, MAX_SIZE, MIN_SIZE, nodeSize, NO_GROUP_COLOUR, toElements } from './elements';
import { fitImage } from './exportChart';
import { graphQuery } from './GraphPage';
import { GraphSearch } from './GraphSearch';
import { caseIdsOf, EMPTY_GRAPH, fromAnswer, hideNodes, keepOnly, mergeAnswer, mergePaths, setPinned, visibleEdges, visibleNodes } from './graphState';
import { GraphToolbar } from './GraphToolbar';
import { BIG_GRAPH, layoutOptions, ringsAround } from './layout';
import { KIND_COLOURS, LINK_KINDS, PALETTE } from './links';
import { NodeDetails } from './NodeDetails';
import { PathFinder } from './PathFinder';
import { PathResult } from './PathResult';
import { pathLine } from './pathText';
import type { GraphEdge, GraphNode, Neighbourhood, PathsAnswer } from './types';

const wrap = (node: ReactNode, lang: 'en' | 'ru' = 'en') =>
  renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <SessionProvider user={testUser(['case.read', 'graph.read'])}>{node}</SessionProvider>
    </I18nProvider>,
  );
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const CASE = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const U1 = '00000000-0000-4000-8000-000000000001';
const person: GraphNode = { id: `e:${U1}`, kind: 'record', schema: 'Person', caption: 'Айгуль', caption_latin: 'Aigul', case_id: CASE, degree: 3, depth: 0 };
const phone: GraphNode = { id: 'p:+77011234567', kind: 'phone', caption: '+7 701 123 4567', degree: 80, depth: 1 };
const account: GraphNode = { id: 'a:KZ86125KZT5004100100', kind: 'account', caption: 'KZ86125KZT5004100100', degree: 2, depth: 1 };
const theCase: GraphNode = { id: `c:${OTHER}`, kind: 'case', caption: 'KZ-2026-0002', degree: 5, depth: 1 };
const e1: GraphEdge = { id: 'l1', from: person.id, to: phone.id, kind: 'identifier', label: 'phone', directed: false, count: 1, source: person.id, case_id: CASE };
const e2: GraphEdge = { id: 'l2', from: phone.id, to: account.id, kind: 'payment', label: 'paid', directed: true, count: 4, source: `e:${U1}`, case_id: CASE, first_at: 1767225600, last_at: '2026-02-01T00:00:00Z', total: 125000 };
const e3: GraphEdge = { id: 'l3', from: person.id, to: theCase.id, kind: 'involved', label: 'suspect', directed: false, count: 1, source: person.id };
const answer: Neighbourhood = { nodes: [person, phone, account, theCase], edges: [e1, e2, e3], collapsed: [{ id: phone.id, hidden_links: 57 }], truncated: false };

describe('graph state', () => {
  it('merges answers: nodes keep their smallest depth, expanded hubs stop being collapsed', () => {
    const s = fromAnswer(answer);
    expect(Object.keys(s.nodes)).toHaveLength(4);
    expect(s.collapsed).toEqual({ [phone.id]: 57 });
    const more: Neighbourhood = { nodes: [{ ...phone, depth: 0 }, { ...person, depth: 2 }, { id: 'p:+77019998877', kind: 'phone', caption: 'x', degree: 1, depth: 1 }], edges: [{ ...e1, id: 'l9', to: 'p:+77019998877' }], collapsed: [], truncated: true };
    const m = mergeAnswer(s, more, [phone.id]);
    expect(m.collapsed).toEqual({});
    expect(m.nodes[phone.id].depth).toBe(0);
    expect(m.nodes[person.id].depth).toBe(0);
    expect(Object.keys(m.edges)).toEqual(['l1', 'l2', 'l3', 'l9']);
    expect(m.truncated).toBe(true);
    // Not asked for with expand=: still collapsed.
    expect(mergeAnswer(s, { nodes: [], edges: [] }).collapsed).toEqual({ [phone.id]: 57 });
  });

  it('hides and pins; hidden nodes take their links away', () => {
    const s = setPinned(hideNodes(setPinned(fromAnswer(answer), [account.id, person.id], true), [account.id]), [person.id], true);
    expect(s.hidden).toEqual([account.id]);
    expect(s.pinned).toEqual([person.id]);
    expect(visibleNodes(s).map((n) => n.id)).not.toContain(account.id);
    expect(visibleEdges(s).map((e) => e.id)).toEqual(['l1', 'l3']);
    expect(setPinned(s, [person.id], false).pinned).toEqual([]);
  });

  it('brings the nodes of found paths in and shows them again if hidden', () => {
    const s = hideNodes(fromAnswer({ nodes: [person], edges: [] }), [person.id]);
    const paths: PathsAnswer = { paths: [{ length: 2, nodes: [person.id, phone.id, account.id], edges: [e1, e2] }], nodes: { [phone.id]: phone, [account.id]: account } };
    const m = mergePaths(s, paths);
    expect(Object.keys(m.nodes).sort()).toEqual([account.id, person.id, phone.id].sort());
    expect(m.hidden).toEqual([]);
    expect(Object.keys(m.edges)).toEqual(['l1', 'l2']);
  });

  it('lists the cases the chart touches, from nodes, case nodes and links', () => {
    expect(caseIdsOf(fromAnswer(answer))).toEqual([CASE, OTHER].sort());
    expect(chartCaseOptions([CASE, OTHER], OTHER)).toEqual([OTHER, CASE]);
    expect(chartCaseOptions([CASE])).toEqual([CASE]);
  });
});

describe('graph → Cytoscape elements', () => {
  it('makes one node per visible node and one edge per link between visible nodes', () => {
    const s = hideNodes(fromAnswer(answer), [theCase.id]);
    const els = toElements(s, { sizeBy: 'degree', colourBy: 'kind' });
    const nodes = els.filter((e) => e.group === 'nodes');
    const edges = els.filter((e) => e.group === 'edges');
    expect(nodes.map((n) => n.data.id)).toEqual([person.id, phone.id, account.id]);
    expect(edges.map((e) => e.data.id)).toEqual(['l1', 'l2']);
    const p = nodes.find((n) => n.data.id === person.id);
    expect(p?.data).toMatchObject({ label: 'Айгуль', latin: 'Aigul', kind: 'record', colour: KIND_COLOURS.record });
    expect(p?.classes).toBe('kind-record');
  });

  it('draws a collapsed hub distinct, with "+N" under its caption, and the biggest by degree', () => {
    const els = toElements(fromAnswer(answer), { sizeBy: 'degree', colourBy: 'kind' });
    const hub = els.find((e) => e.data.id === phone.id);
    expect(hub?.classes).toBe('kind-phone hub');
    expect(hub?.data.label).toBe('+7 701 123 4567\n+57');
    expect(hub?.data.hidden_links).toBe(57);
    expect(hub?.data.size).toBe(MAX_SIZE);
    expect(els.find((e) => e.data.id === account.id)?.data.size).toBeLessThan(MAX_SIZE);
  });

  it('says "N+" only when the server says it stopped counting, and forgets it when the hub is opened', () => {
    const counted: Neighbourhood = { ...answer, collapsed: [{ id: phone.id, hidden_links: 1000, hidden_links_more: true }] };
    const capped = fromAnswer(counted);
    expect(capped.collapsedMore).toEqual([phone.id]);
    const label = (s: typeof capped) => toElements(s, { sizeBy: 'degree', colourBy: 'kind' }).find((e) => e.data.id === phone.id)?.data.label;
    expect(label(capped)).toBe('+7 701 123 4567\n+1000+');
    // Exactly 1,000 and the server counted them all: no "+".
    expect(label(fromAnswer({ ...answer, collapsed: [{ id: phone.id, hidden_links: 1000 }] }))).toBe('+7 701 123 4567\n+1000');
    const opened = mergeAnswer(capped, { nodes: [phone], edges: [], collapsed: [] }, [phone.id]);
    expect(opened.collapsedMore).toEqual([]);
    expect(keepOnly(capped, [person.id]).collapsedMore).toEqual([]);
    const html = wrap(<NodeDetails node={phone} hiddenLinks={1000} hiddenLinksMore links={1} pinned={false} busy={false} onExpand={() => undefined} onHide={() => undefined} onPin={() => undefined} />, 'ru');
    expect(html).toContain('У этого узла 1000 или больше связей, не показанных на схеме.');
    expect(html).toContain('Раскрыть (1000 и более связей)');
  });

  it('maps the ends to source/target, keeps the record as `record`, marks direction and count', () => {
    const els = toElements(fromAnswer(answer), { sizeBy: 'none', colourBy: 'kind' });
    const paid = els.find((e) => e.data.id === 'l2');
    expect(paid?.data).toMatchObject({ source: phone.id, target: account.id, record: `e:${U1}`, label: 'paid ×4', kind: 'payment' });
    expect(paid?.classes).toBe('link-payment directed');
    expect(paid?.data.width).toBe(edgeWidth(4));
    expect(els.filter((e) => e.group === 'nodes').every((n) => n.data.size === MIN_SIZE)).toBe(true);
  });

  it('sizes by a measure and colours by community or case', () => {
    const m = (betweenness: number, community: number) => ({ degree: 1, betweenness, closeness: 0.5, component: 0, community, core: 1 });
    const measures = { [person.id]: m(0.9, 1), [phone.id]: m(0.1, 2) };
    const els = toElements(fromAnswer(answer), { sizeBy: 'betweenness', colourBy: 'community', measures });
    const data = (id: string) => els.find((e) => e.data.id === id)?.data;
    expect(data(person.id)?.size).toBe(MAX_SIZE);
    expect(data(phone.id)?.size).toBe(nodeSize(0.1, 0.9));
    expect(data(person.id)?.colour).toBe(PALETTE[1]);
    expect(data(phone.id)?.colour).toBe(PALETTE[2]);
    expect(data(account.id)?.colour).toBe(NO_GROUP_COLOUR);
    const byCase = toElements(fromAnswer(answer), { sizeBy: 'none', colourBy: 'case' });
    const cases = [CASE, OTHER].sort();
    expect(byCase.find((e) => e.data.id === person.id)?.data.colour).toBe(PALETTE[cases.indexOf(CASE)]);
    expect(byCase.find((e) => e.data.id === theCase.id)?.data.colour).toBe(PALETTE[cases.indexOf(OTHER)]);
    expect(byCase.find((e) => e.data.id === phone.id)?.data.colour).toBe(NO_GROUP_COLOUR);
  });

  it('lights a path and fades the rest; pinned nodes are locked', () => {
    const highlight = highlightOf([{ nodes: [person.id, phone.id], edges: [e1] }]);
    const els = toElements(setPinned(fromAnswer(answer), [person.id], true), { sizeBy: 'none', colourBy: 'kind', highlight });
    const cls = (id: string) => els.find((e) => e.data.id === id)?.classes;
    expect(cls(person.id)).toBe('kind-record pinned path');
    expect(cls(account.id)).toBe('kind-account faded');
    expect(cls('l1')).toBe('link-identifier path');
    expect(cls('l2')).toBe('link-payment directed faded');
    expect(els.find((e) => e.data.id === person.id)?.locked).toBe(true);
    expect(toElements(fromAnswer(answer), { sizeBy: 'none', colourBy: 'kind', highlight: highlightOf([]) }).some((e) => e.classes?.includes('faded'))).toBe(false);
  });

  it('sizes between the bounds', () => {
    expect(nodeSize(undefined, 10)).toBe(MIN_SIZE);
    expect(nodeSize(5, 0)).toBe(MIN_SIZE);
    expect(nodeSize(10, 10)).toBe(MAX_SIZE);
    expect(nodeSize(50, 10)).toBe(MAX_SIZE);
    expect(edgeWidth(undefined)).toBe(1);
    expect(edgeWidth(1000)).toBe(8);
  });
});

describe('Cytoscape sync and layout', () => {
  it('adds, updates and removes elements in place, new nodes beside a placed neighbour', () => {
    const cy = cytoscape({ headless: true });
    const first = syncElements(cy, toElements(fromAnswer({ nodes: [person], edges: [] }), { sizeBy: 'none', colourBy: 'kind' }), { [person.id]: { x: 100, y: 100 } });
    expect(first).toEqual({ added: 1, allPreset: true });
    const s = fromAnswer(answer);
    const second = syncElements(cy, toElements(s, { sizeBy: 'none', colourBy: 'kind' }));
    expect(second).toEqual({ added: 3, allPreset: false });
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(3);
    expect(cy.getElementById(person.id).position()).toEqual({ x: 100, y: 100 });
    const p = cy.getElementById(phone.id).position();
    expect(Math.abs(p.x - 100)).toBeLessThanOrEqual(30);
    expect(cy.getElementById('l2').data('record')).toBe(`e:${U1}`);
    const third = syncElements(cy, toElements(setPinned(hideNodes(s, [account.id]), [person.id], true), { sizeBy: 'none', colourBy: 'community' }));
    expect(third.added).toBe(0);
    expect(cy.getElementById(account.id).empty()).toBe(true);
    expect(cy.getElementById('l2').empty()).toBe(true);
    expect(cy.getElementById(person.id).locked()).toBe(true);
    expect(cy.getElementById(person.id).data('colour')).toBe(NO_GROUP_COLOUR);
    syncElements(cy, toElements(s, { sizeBy: 'none', colourBy: 'kind' }), { [person.id]: { x: 5, y: 6 } }, true);
    expect(cy.getElementById(person.id).position()).toEqual({ x: 5, y: 6 });
    expect(cy.getElementById(person.id).locked()).toBe(false);
    cy.destroy();
  });

  it('keeps links with the numeric ids the server sends, and leaves unchanged elements alone', () => {
    const cy = cytoscape({ headless: true });
    // The API's link ids are numbers (GraphEdge says string).
    const numeric = { ...answer, edges: answer.edges.map((e, i) => ({ ...e, id: (100 + i) as unknown as string })) };
    const s = fromAnswer(numeric);
    syncElements(cy, toElements(s, { sizeBy: 'none', colourBy: 'kind' }));
    const link = cy.getElementById('100');
    link.select();
    let restyled = 0;
    cy.on('data', () => restyled++);
    const again = syncElements(cy, toElements(s, { sizeBy: 'none', colourBy: 'kind' }));
    expect(again.added).toBe(0);
    expect(cy.getElementById('100').same(link)).toBe(true);
    expect(cy.getElementById('100').selected()).toBe(true);
    expect(restyled).toBe(0);
    cy.destroy();
  });

  it('rings nodes added to a big chart around the neighbour they were put beside', () => {
    const at = ringsAround({ a: 'hub', b: 'hub', c: 'other' }, (id) => (id === 'hub' ? { x: 100, y: 100 } : { x: -50, y: 0 }));
    expect(Object.keys(at).sort()).toEqual(['a', 'b', 'c']);
    expect(Math.hypot(at.a.x - 100, at.a.y - 100)).toBeCloseTo(80);
    expect(Math.hypot(at.b.x - 100, at.b.y - 100)).toBeCloseTo(80);
    expect(at.a).not.toEqual(at.b);
    expect(Math.hypot(at.c.x + 50, at.c.y)).toBeCloseTo(80);
  });

  it('uses fcose up to 1,500 nodes (incremental keeps positions) and concentric beyond', () => {
    expect(layoutOptions({ count: 10, incremental: false, pinned: [] })).toMatchObject({ name: 'fcose', randomize: true, animate: true });
    const pinned = [{ nodeId: 'a', position: { x: 1, y: 2 } }];
    expect(layoutOptions({ count: 800, incremental: true, pinned })).toMatchObject({ name: 'fcose', randomize: false, animate: false, fixedNodeConstraint: pinned });
    expect(layoutOptions({ count: BIG_GRAPH + 1, incremental: true, pinned })).toMatchObject({ name: 'concentric', animate: false });
  });
});

describe('saved charts', () => {
  it('saves every node, the positions rounded, hidden and pinned, the size and colour', () => {
    const s = setPinned(hideNodes(fromAnswer(answer), [account.id]), [person.id], true);
    const body = chartBodyOf(s, { [person.id]: { x: 10.4, y: -3.6 }, [phone.id]: { x: NaN, y: 1 } }, 'community', 'betweenness');
    expect(body).toEqual({
      nodes: [person.id, phone.id, account.id, theCase.id],
      positions: { [person.id]: { x: 10, y: -4 } },
      pinned: [person.id],
      hidden: [account.id],
      colour_by: 'community',
      size_by: 'betweenness',
    });
  });

  it('reads a chart back: only its nodes and the links among them', () => {
    const neighbour: GraphNode = { id: 'p:+70000000000', kind: 'phone', caption: 'n', degree: 1, depth: 1 };
    const answers: Neighbourhood[] = [answer, { nodes: [neighbour, person], edges: [{ ...e1, id: 'l7', to: neighbour.id }], collapsed: [{ id: neighbour.id, hidden_links: 3 }] }];
    const s = stateOfChart(answers, { nodes: [person.id, phone.id, 'p:gone'], hidden: [phone.id, 'p:gone'], pinned: ['p:gone'] });
    expect(Object.keys(s.nodes)).toEqual([person.id, phone.id]);
    expect(Object.keys(s.edges)).toEqual(['l1']);
    expect(s.collapsed).toEqual({ [phone.id]: 57 });
    expect(s.hidden).toEqual([phone.id]);
    expect(s.pinned).toEqual([]);
    expect(keepOnly(EMPTY_GRAPH, [])).toEqual(EMPTY_GRAPH);
  });

  it('asks for a saved chart in chunks of 100 ids, every link kind, hubs expanded', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return json({ nodes: [], edges: [] });
    }));
    const ids = Array.from({ length: 230 }, (_, i) => `p:${i}`);
    const answers = await loadChartNodes(ids, ['call', 'payment'], 50);
    expect(answers).toHaveLength(3);
    const q = new URL(urls[2], 'http://x').searchParams;
    expect(q.get('nodes')?.split(',')).toHaveLength(30);
    expect(q.get('expand')).toBe(q.get('nodes'));
    expect(q.get('links')).toBe('call,payment');
    expect(q.get('depth')).toBe('1');
  });
});

describe('graph api', () => {
  it('sends the neighbourhood and paths queries with comma lists', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      calls.push(url);
      return json({ nodes: [], edges: [], paths: [] });
    }));
    await getNeighbourhood({ nodes: ['e:1', 'p:+7701'], depth: 2, links: ['call', 'trip'], hub_cap: 50, expand: [], max_nodes: 2000 });
    await getPaths({ from: 'e:1', to: 'a:KZ1', mode: 'k', limit: 10, max_length: 6, links: ['call'], hub_cap: 50 });
    expect(calls[0]).toBe('/api/v1/graph/neighbourhood?nodes=e%3A1%2Cp%3A%2B7701&depth=2&links=call%2Ctrip&hub_cap=50&max_nodes=2000');
    expect(calls[1]).toBe('/api/v1/graph/paths?from=e%3A1&to=a%3AKZ1&mode=k&limit=10&max_length=6&links=call&hub_cap=50');
  });

  it('reads the start and a saved chart from the address', () => {
    expect(graphQuery('?node=e%3A1')).toEqual({ node: 'e:1', chart: undefined });
    expect(graphQuery('?case=c1&chart=k1')).toEqual({ node: undefined, chart: { caseId: 'c1', id: 'k1' } });
    expect(graphQuery('?case=c1')).toEqual({ node: undefined, chart: undefined });
    expect(graphQuery('')).toEqual({ node: undefined, chart: undefined });
    // The depth and kinds the search was set to before Go changed the address come back.
    expect(graphQuery('?node=e%3A1&depth=3&links=call%2Cpayment%2Cbogus')).toEqual({ node: 'e:1', chart: undefined, options: { depth: 3, links: ['call', 'payment'] } });
    expect(graphQuery('?node=e%3A1&depth=9').options).toBeUndefined();
    expect(graphPath('p:+77011234567', { depth: 3, links: ['call'] })).toBe('/graph?node=p%3A%2B77011234567&depth=3&links=call');
    expect(graphPath('e:1', { depth: 1, links: [...LINK_KINDS] })).toBe('/graph?node=e%3A1');
  });

  it('leads records to their page and cases to theirs', () => {
    expect(entityUuid(`e:${U1}`)).toBe(U1);
    expect(entityUuid(U1)).toBe(U1);
    expect(entityUuid('p:+7701')).toBeUndefined();
    expect(nodePath(person)).toBe(`/cases/${CASE}/people/${U1}`);
    expect(nodePath(theCase)).toBe(`/cases/${OTHER}`);
    expect(nodePath(phone)).toBeUndefined();
    expect(sourcePath(`e:${U1}`, CASE)).toBe(`/cases/${CASE}/people/${U1}`);
    expect(sourcePath('doc:9', CASE)).toBeUndefined();
  });
});

describe('graph components', () => {
  it('writes a path as its captions in order, from the answer or the chart', () => {
    const p = { length: 2, nodes: [phone.id, person.id, 'p:unknown'], edges: [] };
    expect(pathLine(p, { [phone.id]: phone }, { [person.id]: person })).toBe('+7 701 123 4567 → Айгуль → p:unknown');
    const html = wrap(<PathResult answer={{ paths: [p], nodes: { [phone.id]: phone } }} nodes={{ [person.id]: person }} />);
    expect(html).toMatch(/data-testid="path-result"><li data-testid="path-line" data-length="2" title="2 links">\+7 701 123 4567 → Айгуль → p:unknown<\/li>/);
    expect(wrap(<PathResult answer={{ paths: [], nodes: {} }} nodes={{}} />, 'ru')).toContain('Путей между этими узлами не найдено.');
  });

  it('has the search, path and count test ids, the count in words and as data', () => {
    const search = wrap(<GraphSearch busy={false} initial="e:1" onStart={() => undefined} />);
    expect(search).toContain('data-testid="graph-search-input"');
    expect(search).toContain('data-testid="graph-search-go"');
    expect(search).not.toContain('graph-search-add');
    const paths = wrap(<PathFinder selected={[]} busy={false} onFind={() => undefined} onClear={() => undefined} hasResult={false} />);
    for (const id of ['path-from', 'path-to', 'path-find', 'path-mode']) expect(paths).toContain(`data-testid="${id}"`);
    const bar = (lang: 'en' | 'ru', nodes: number) =>
      wrap(<GraphToolbar nodes={nodes} edges={5} hidden={2} truncated canExport onFit={() => undefined} onShowHidden={() => undefined} onPng={() => undefined} onPdf={() => undefined} />, lang);
    expect(bar('en', 1)).toContain('data-testid="graph-node-count" data-count="1" data-edges="5">1 node, 5 links</span>');
    expect(bar('ru', 22)).toContain('>22 узла, 5 связей</span>');
    expect(bar('ru', 25)).toContain('Показать 2 скрытых узла');
    expect(bar('en', 3)).toContain('data-testid="graph-truncated"');
  });

  it('explains a link: kind, label, count, first and last time, case and source record', () => {
    const html = wrap(<EdgeDetails edge={e2} nodes={{ [phone.id]: phone, [account.id]: account }} />);
    expect(html).toContain('+7 701 123 4567 → KZ86125KZT5004100100');
    expect(html).toContain('Payments');
    expect(html).toContain('paid');
    expect(html).toMatch(/data-testid="graph-edge-count"><dt>Times<\/dt><dd>4</);
    expect(html).toContain('dateTime="2026-01-01T00:00:00.000Z"');
    expect(html).toContain('dateTime="2026-02-01T00:00:00Z"');
    expect(html).toContain(`href="/cases/${CASE}/people/${U1}"`);
    expect(html).toContain('125,000');
    const ru = wrap(<EdgeDetails edge={e3} nodes={{}} />, 'ru');
    expect(ru).toContain('Между делами');
    expect(ru).toContain('Участие в делах');
  });

  it('offers to expand a collapsed hub with its hidden links, and to pin or hide', () => {
    const html = wrap(<NodeDetails node={phone} hiddenLinks={57} links={1} pinned={false} busy={false} onExpand={() => undefined} onHide={() => undefined} onPin={() => undefined} />, 'ru');
    expect(html).toContain('У этого узла ещё 57 связей, не показанных на схеме.');
    expect(html).toContain('Раскрыть (+57 связей)');
    expect(html).toContain('Закрепить');
    expect(html).not.toContain('graph-open-node');
    const rec = wrap(<NodeDetails node={person} hiddenLinks={0} links={2} pinned busy={false} onExpand={() => undefined} onHide={() => undefined} onPin={() => undefined} />);
    expect(rec).toContain('Unpin');
    expect(rec).toContain('lang="und-Latn"> Aigul');
    expect(rec).toContain(`href="/cases/${CASE}/people/${U1}"`);
    // A record, a phone and an account have a timeline across cases; a case has not.
    expect(rec).toContain(`href="/timeline?node=e%3A${U1}" class="button" data-testid="graph-node-timeline">Timeline</a>`);
    expect(html).toContain('href="/timeline?node=p%3A%2B77011234567"');
    expect(html).toContain('>Хронология</a>');
    const acc = wrap(<NodeDetails node={account} hiddenLinks={0} links={1} pinned={false} busy={false} onExpand={() => undefined} onHide={() => undefined} onPin={() => undefined} />);
    expect(acc).toContain('href="/timeline?node=a%3AKZ86125KZT5004100100"');
    const kase = wrap(<NodeDetails node={theCase} hiddenLinks={0} links={1} pinned={false} busy={false} onExpand={() => undefined} onHide={() => undefined} onPin={() => undefined} />);
    expect(kase).not.toContain('graph-node-timeline');
  });

  it('fits the PDF image inside the page, keeping its ratio', () => {
    const at = fitImage(2, 297, 210, 10, 8);
    expect(at.width / at.height).toBeCloseTo(2);
    expect(at.width).toBeLessThanOrEqual(277);
    expect(at.y + at.height).toBeLessThanOrEqual(200.0001);
    expect(fitImage(NaN, 100, 100, 0, 0).width).toBe(100);
  });
});
