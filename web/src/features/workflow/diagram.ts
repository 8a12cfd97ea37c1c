// Lays a workflow definition out for the diagram: states in columns by their distance from the
// initial state (breadth-first), in file order within a column; every transition as edges from
// each state it starts from. `*` in `from` means every state that is not final (as the server
// reads it) and is drawn once, as a stub into the target, not as one arrow from every state.
import type { DocTransition, WorkflowDoc } from './types';

export const ANY_STATE = '*';

export const BOX_W = 176;
export const BOX_H = 58;
const COL_GAP = 150;
const ROW_GAP = 64;
const MARGIN = 16;
/** Room above the first row for the stubs of `*` transitions. */
const TOP = 60;
const LANE_GAP = 18;

/** The states a transition starts from, `*` expanded; never its own target. */
export function fromStates(doc: WorkflowDoc, t: DocTransition): string[] {
  const ids = t.from.includes(ANY_STATE) ? doc.states.filter((s) => !s.final).map((s) => s.id) : t.from;
  return ids.filter((id) => id !== t.to);
}

export interface Point {
  x: number;
  y: number;
}

export interface Box extends Point {
  id: string;
  column: number;
  row: number;
}

export interface Edge {
  transition: string;
  from: string;
  to: string;
  /** SVG path data. */
  path: string;
  /** Where the label goes, and whether it must stay on one line (on a lane). */
  label: Point & { oneLine: boolean };
}

export interface Stub {
  transition: string;
  to: string;
  path: string;
  label: Point;
}

export interface Layout {
  /** State ids by column: column n holds the states n steps from the initial one. */
  columns: string[][];
  boxes: Record<string, Box>;
  edges: Edge[];
  stubs: Stub[];
  width: number;
  height: number;
}

/** Breadth-first distance of every state from `initial`; unreachable states come after the last column. */
export function columnsOf(doc: WorkflowDoc): string[][] {
  const distance = new Map<string, number>([[doc.initial, 0]]);
  const queue = [doc.initial];
  while (queue.length > 0) {
    const s = queue.shift() as string;
    for (const t of doc.transitions) {
      if (!fromStates(doc, t).includes(s) || distance.has(t.to)) continue;
      distance.set(t.to, (distance.get(s) ?? 0) + 1);
      queue.push(t.to);
    }
  }
  const last = Math.max(0, ...distance.values());
  const columns: string[][] = [];
  for (const s of doc.states) {
    const c = distance.get(s.id) ?? last + 1;
    (columns[c] ??= []).push(s.id);
  }
  return columns.filter((c) => c && c.length > 0);
}

export function layoutWorkflow(doc: WorkflowDoc): Layout {
  const columns = columnsOf(doc);
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const colX = (c: number) => MARGIN + c * (BOX_W + COL_GAP);
  const rowY = (r: number) => TOP + r * (BOX_H + ROW_GAP);
  const boxes: Record<string, Box> = {};
  columns.forEach((ids, c) => ids.forEach((id, r) => (boxes[id] = { id, column: c, row: r, x: colX(c), y: rowY(r) })));
  const bottom = rowY(rows - 1) + BOX_H;
  const edges: Edge[] = [];
  const stubs: Stub[] = [];
  let lane = 0;
  for (const t of doc.transitions) {
    const to = boxes[t.to];
    if (!to) continue;
    if (t.from.includes(ANY_STATE)) {
      const x = to.x + BOX_W / 2;
      stubs.push({ transition: t.id, to: t.to, path: `M ${x} ${to.y - 36} L ${x} ${to.y}`, label: { x, y: to.y - 42 } });
      continue;
    }
    for (const fromId of fromStates(doc, t)) {
      const from = boxes[fromId];
      if (!from) continue;
      const x1 = from.x + BOX_W;
      const y1 = from.y + BOX_H / 2;
      const x2 = to.x;
      const y2 = to.y + BOX_H / 2;
      if (to.column === from.column + 1) {
        // Next column: a curve through the gap between them, which crosses no other box.
        const mid = (x1 + x2) / 2;
        edges.push({
          transition: t.id, from: fromId, to: t.to,
          path: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`,
          label: { x: mid, y: (y1 + y2) / 2, oneLine: false },
        });
        continue;
      }
      // Back, within a column or further on: out to the gap, along a lane under every box, back up into the target.
      // Leaves and enters in the lower half of the boxes, each at its own height, so the arrows
      // stay apart from each other and from the curves between neighbouring columns.
      const k = lane++;
      const offset = 14 + (k % 5) * 9;
      const laneY = bottom + 30 + k * LANE_GAP;
      const gx1 = x1 + offset;
      const gx2 = x2 - offset;
      const ry1 = from.y + BOX_H * 0.62 + (k % 3) * 7;
      const ry2 = to.y + BOX_H * 0.62 + (k % 3) * 7;
      edges.push({
        transition: t.id, from: fromId, to: t.to,
        path: `M ${x1} ${ry1} L ${gx1} ${ry1} L ${gx1} ${laneY} L ${gx2} ${laneY} L ${gx2} ${ry2} L ${x2} ${ry2}`,
        label: { x: (gx1 + gx2) / 2, y: laneY - 4, oneLine: true },
      });
    }
  }
  const width = MARGIN * 2 + columns.length * BOX_W + (columns.length - 1) * COL_GAP;
  const height = (lane > 0 ? bottom + 30 + (lane - 1) * LANE_GAP : bottom) + 24;
  return { columns, boxes, edges, stubs, width, height };
}

/** Splits a label into lines of about `width` characters, at most `max` lines (the last one cut with …). */
export function wrapText(text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const cut = kept[max - 1];
  kept[max - 1] = `${cut.length <= width ? cut : cut.slice(0, Math.max(1, width - 1))}…`;
  return kept;
}
