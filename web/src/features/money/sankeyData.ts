// The server's Sankey data made safe for d3-sankey (which throws on a cycle or a bad index) and
// laid out as plain numbers and SVG paths.
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { Flow, SankeyIn, SankeyNodeIn } from './types';

export interface CleanSankey {
  nodes: SankeyNodeIn[];
  links: { source: number; target: number; value: number }[];
  /** Links left out: a bad index, no amount, a loop, or one closing a cycle. */
  dropped: number;
}

/** Would a link a → b close a cycle among `adj` (b already reaches a)? */
function reaches(adj: Map<number, number[]>, from: number, to: number): boolean {
  const seen = new Set<number>();
  const stack = [from];
  while (stack.length > 0) {
    const n = stack.pop() as number;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of adj.get(n) ?? []) stack.push(m);
  }
  return false;
}

/**
 * Keeps links with valid ends and a positive value, merges duplicates, drops loops and any link
 * that would close a cycle (money that comes back is in the flows table), then the nodes no link
 * touches, re-indexing the rest.
 */
export function cleanSankey(input: SankeyIn | undefined): CleanSankey {
  const nodes = input?.nodes ?? [];
  const merged = new Map<string, { source: number; target: number; value: number }>();
  let dropped = 0;
  const adj = new Map<number, number[]>();
  for (const l of input?.links ?? []) {
    const ok = Number.isInteger(l.source) && Number.isInteger(l.target) && nodes[l.source] && nodes[l.target] && l.value > 0 && l.source !== l.target;
    if (!ok) {
      dropped++;
      continue;
    }
    const key = `${l.source}>${l.target}`;
    const same = merged.get(key);
    if (same) {
      same.value += l.value;
      continue;
    }
    if (reaches(adj, l.target, l.source)) {
      dropped++;
      continue;
    }
    merged.set(key, { source: l.source, target: l.target, value: l.value });
    adj.set(l.source, [...(adj.get(l.source) ?? []), l.target]);
  }
  const used = [...new Set([...merged.values()].flatMap((l) => [l.source, l.target]))].sort((a, b) => a - b);
  const index = new Map(used.map((old, i) => [old, i]));
  return {
    nodes: used.map((i) => nodes[i]),
    links: [...merged.values()].map((l) => ({ source: index.get(l.source) as number, target: index.get(l.target) as number, value: l.value })),
    dropped,
  };
}

/** When the answer has no `sankey`: one node per account and hop, links summed from the flows. */
export function sankeyFromFlows(flows: Flow[]): SankeyIn {
  const nodes: SankeyNodeIn[] = [];
  const at = new Map<string, number>();
  const node = (account: string, column: number) => {
    const id = `${account}@${column}`;
    if (!at.has(id)) {
      at.set(id, nodes.length);
      nodes.push({ id, account });
    }
    return at.get(id) as number;
  };
  const sums = new Map<string, { source: number; target: number; value: number }>();
  for (const f of flows) {
    const hop = Math.max(1, f.hop || 1);
    const s = node(f.from, hop - 1);
    const t = node(f.to, hop);
    const key = `${s}>${t}`;
    const l = sums.get(key) ?? { source: s, target: t, value: 0 };
    l.value += f.amount;
    sums.set(key, l);
  }
  return { nodes, links: [...sums.values()] };
}

export interface SankeyBox {
  id: string;
  account: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
}

export interface SankeyBand {
  path: string;
  width: number;
  value: number;
  from: string;
  to: string;
}

export interface SankeyLayout {
  nodes: SankeyBox[];
  links: SankeyBand[];
}

export function layoutSankey(data: CleanSankey, width: number, height: number): SankeyLayout {
  if (data.links.length === 0) return { nodes: [], links: [] };
  const generator = sankey<SankeyNodeIn, { value: number }>()
    .nodeWidth(12)
    .nodePadding(10)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ]);
  const graph = generator({ nodes: data.nodes.map((n) => ({ ...n })), links: data.links.map((l) => ({ ...l })) });
  const path = sankeyLinkHorizontal<SankeyNodeIn, { value: number }>();
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, account: n.account, x0: n.x0 ?? 0, x1: n.x1 ?? 0, y0: n.y0 ?? 0, y1: n.y1 ?? 0, value: n.value ?? 0 })),
    links: graph.links.map((l) => ({
      path: path(l) ?? '',
      width: Math.max(1, l.width ?? 1),
      value: l.value,
      from: typeof l.source === 'object' ? l.source.account : '',
      to: typeof l.target === 'object' ? l.target.account : '',
    })),
  };
}
