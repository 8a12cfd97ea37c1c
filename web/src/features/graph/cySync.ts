// Brings a Cytoscape instance in line with the wanted elements: removes what is gone, updates
// data and classes in place, adds what is new next to a neighbour already placed.
import type { Core, ElementDefinition, Position, SingularElementArgument } from 'cytoscape';

export type Presets = Record<string, Position>;

export interface SyncResult {
  added: number;
  /** Every added node had a saved position: no layout is needed. */
  allPreset: boolean;
}

const jitter = () => (Math.random() - 0.5) * 60;

/**
 * `presets` place new nodes; with `moveExisting` (a saved chart just opened) nodes already on the
 * canvas go to their saved place too. `beside`, when given, receives for each added node without a
 * saved position the neighbour already on the chart it was put next to.
 */
export function syncElements(cy: Core, elements: ElementDefinition[], presets: Presets = {}, moveExisting = false, beside?: Record<string, string>): SyncResult {
  // Keyed by the string Cytoscape gives back from id(): the server's link ids are numbers, and a
  // number key never matched, so every sync removed and re-added every link.
  const want = new Map<string, ElementDefinition>();
  for (const el of elements) if (el.data.id !== undefined && el.data.id !== '') want.set(String(el.data.id), el);
  let added = 0;
  let allPreset = true;
  cy.batch(() => {
    cy.elements().filter((ele) => !want.has(ele.id())).remove();
    const newNodes: ElementDefinition[] = [];
    const newEdges: ElementDefinition[] = [];
    for (const el of elements) {
      const id = String(el.data.id);
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        // Only what changed is written: data() and classes() mark the element's style dirty even
        // when nothing differs, and with 5,000 nodes and 30,000 links restyling all of them on
        // every hide or expansion took seconds (bench/chart/run.mjs).
        if (el.group === 'edges') {
          // The ends of an edge cannot change through data(); ids are stable, so they do not.
          const { source: _s, target: _t, ...rest } = el.data;
          if (dataChanged(existing, rest)) existing.data(rest);
        } else {
          if (dataChanged(existing, el.data)) existing.data(el.data);
          if (moveExisting && presets[id]) {
            existing.unlock();
            existing.position(presets[id]);
          }
          if (existing.locked() !== Boolean(el.locked)) {
            if (el.locked) existing.lock();
            else existing.unlock();
          }
        }
        if (classesChanged(existing, el.classes ?? '')) existing.classes(el.classes ?? '');
      } else if (el.group === 'edges') {
        newEdges.push(el);
      } else {
        newNodes.push(el);
      }
    }
    // The other end of the first new link of each node, looked up once (not a scan per node).
    const neighbour = new Map<string, string>();
    for (const e of newEdges) {
      const { source, target } = e.data as { source: string; target: string };
      if (!neighbour.has(source)) neighbour.set(source, target);
      if (!neighbour.has(target)) neighbour.set(target, source);
    }
    for (const el of newNodes) {
      const id = el.data.id as string;
      let position: Position | undefined = presets[id];
      if (!position) {
        allPreset = false;
        // Next to a neighbour already on the chart, so an expansion grows where it was asked for.
        const other = neighbour.get(id);
        const anchor = other ? cy.getElementById(other) : undefined;
        if (anchor && anchor.nonempty()) {
          if (beside) beside[id] = anchor.id();
          const p = anchor.position();
          position = { x: p.x + jitter(), y: p.y + jitter() };
        }
      }
      cy.add({ ...el, position: position ?? { x: jitter(), y: jitter() } });
      added++;
    }
    if (newEdges.length > 0) cy.add(newEdges);
  });
  return { added, allPreset: added > 0 && allPreset };
}

function dataChanged(ele: SingularElementArgument, data: Record<string, unknown>): boolean {
  // The id is fixed (and a string in Cytoscape, a number for links in the answer).
  for (const [k, v] of Object.entries(data)) if (k !== 'id' && ele.data(k) !== v) return true;
  return false;
}

function classesChanged(ele: SingularElementArgument, classes: string | string[]): boolean {
  const wanted = Array.isArray(classes) ? classes : classes.split(/\s+/).filter(Boolean);
  const current = ele.classes() as unknown as string[];
  return current.length !== wanted.length || wanted.some((c) => !ele.hasClass(c));
}

/** Where every node stands now, for saving the chart. */
export function positionsOf(cy: Core): Presets {
  const out: Presets = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}
