// Brings a Cytoscape instance in line with the wanted elements: removes what is gone, updates
// data and classes in place, adds what is new next to a neighbour already placed.
import type { Core, ElementDefinition, Position } from 'cytoscape';

export type Presets = Record<string, Position>;

export interface SyncResult {
  added: number;
  /** Every added node had a saved position: no layout is needed. */
  allPreset: boolean;
}

const jitter = () => (Math.random() - 0.5) * 60;

/**
 * `presets` place new nodes; with `moveExisting` (a saved chart just opened) nodes already on the
 * canvas go to their saved place too.
 */
export function syncElements(cy: Core, elements: ElementDefinition[], presets: Presets = {}, moveExisting = false): SyncResult {
  const want = new Map<string, ElementDefinition>();
  for (const el of elements) if (el.data.id) want.set(el.data.id, el);
  let added = 0;
  let allPreset = true;
  cy.batch(() => {
    cy.elements().filter((ele) => !want.has(ele.id())).remove();
    const newNodes: ElementDefinition[] = [];
    const newEdges: ElementDefinition[] = [];
    for (const el of elements) {
      const id = el.data.id as string;
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        if (el.group === 'edges') {
          // The ends of an edge cannot change through data(); ids are stable, so they do not.
          const { source: _s, target: _t, ...rest } = el.data;
          existing.data(rest);
        } else {
          existing.data(el.data);
          if (existing.locked()) existing.unlock();
          if (moveExisting && presets[id]) existing.position(presets[id]);
          if (el.locked) existing.lock();
        }
        existing.classes(el.classes ?? '');
      } else if (el.group === 'edges') {
        newEdges.push(el);
      } else {
        newNodes.push(el);
      }
    }
    for (const el of newNodes) {
      const id = el.data.id as string;
      let position: Position | undefined = presets[id];
      if (!position) {
        allPreset = false;
        // Next to a neighbour already on the chart, so an expansion grows where it was asked for.
        const link = newEdges.find((e) => e.data.source === id || e.data.target === id);
        const other = link ? (link.data.source === id ? link.data.target : link.data.source) : undefined;
        const anchor = other ? cy.getElementById(other as string) : undefined;
        if (anchor && anchor.nonempty()) {
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

/** Where every node stands now, for saving the chart. */
export function positionsOf(cy: Core): Presets {
  const out: Presets = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}
