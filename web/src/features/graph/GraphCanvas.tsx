import cytoscape from 'cytoscape';
import type { Core, ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../shared/useI18n';
import { graphStyle } from './cyStyle';
import { syncElements } from './cySync';
import type { Presets } from './cySync';
import { BIG_GRAPH, layoutOptions, RING_MAX, ringsAround } from './layout';

cytoscape.use(fcose);

const MAX_FIT_ZOOM = 1.6;

export interface Selection {
  nodes: string[];
  edges: string[];
}

interface Props {
  elements: ElementDefinition[];
  /** Saved positions of a chart just opened: its nodes are placed there and not laid out. */
  presets?: Presets;
  onSelect: (s: Selection) => void;
  /** Double-click (or double-tap) on a node. */
  onExpand: (id: string) => void;
  /** The Cytoscape instance, for export and saving positions; null once unmounted. */
  onReady: (cy: Core | null) => void;
}

function runLayout(cy: Core, incremental: boolean) {
  const pinned = cy.nodes(':locked').map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
  const layout = cy.layout(layoutOptions({ count: cy.nodes().length, incremental, pinned }));
  // Pinned nodes stand where the analyst left them, whatever the layout did.
  layout.one('layoutstop', () => {
    for (const p of pinned) {
      const n = cy.getElementById(p.nodeId);
      n.unlock();
      n.position(p.position);
      n.lock();
    }
    // A handful of nodes fitted to the screen would be drawn huge.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  });
  layout.run();
}

/**
 * The chart: a Cytoscape canvas kept in line with `elements`. Edges are not drawn and a texture
 * stands in while panning or zooming, so 5,000 nodes stay responsive; the Latin caption is the tooltip.
 */
export function GraphCanvas({ elements, presets, onSelect, onExpand, onReady }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // Saved positions are applied once per instance, when they arrive; later syncs leave dragged nodes where they are.
  const applied = useRef<Presets | undefined>(undefined);
  const handlers = useRef({ onSelect, onExpand });
  handlers.current = { onSelect, onExpand };
  const big = elements.filter((e) => e.group === 'nodes').length > BIG_GRAPH;

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: graphStyle(false),
      hideEdgesOnViewport: true,
      textureOnViewport: true,
      motionBlur: false,
      pixelRatio: 1,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
    });
    cyRef.current = cy;
    applied.current = undefined;
    // Benchmark hook (bench/chart/run.mjs): only with `bench` in the address, the instance is
    // reachable for reading layout events and element counts; never set in normal use.
    const bench = new URLSearchParams(window.location.search).has('bench');
    if (bench) (window as { __ariadneCy?: Core }).__ariadneCy = cy;
    let pending = 0;
    cy.on('select unselect', () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        handlers.current.onSelect({ nodes: cy.nodes(':selected').map((n) => n.id()), edges: cy.edges(':selected').map((e) => e.id()) });
      }, 0);
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
    cy.on('mouseover', 'node', (e) => {
      const n = e.target;
      const latin = n.data('latin') as string;
      container.title = latin && latin !== n.data('caption') ? `${n.data('caption')} (${latin})` : String(n.data('caption') ?? '');
    });
    cy.on('mouseout', 'node', () => {
      container.title = '';
    });
    onReady(cy);
    return () => {
      window.clearTimeout(pending);
      onReady(null);
      cyRef.current = null;
      if (bench) delete (window as { __ariadneCy?: Core }).__ariadneCy;
      cy.destroy();
    };
    // onReady is the caller's setter; the instance lives as long as the component.
  }, []);

  useEffect(() => {
    cyRef.current?.style(graphStyle(big));
  }, [big]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const fresh = presets !== applied.current && presets !== undefined;
    applied.current = presets;
    const before = cy.nodes().length;
    const beside: Record<string, string> = {};
    const { added, allPreset } = syncElements(cy, elements, fresh ? presets : {}, fresh, beside);
    if (fresh && (added === 0 || allPreset)) {
      cy.fit(undefined, 30);
      if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    // A few nodes more on a big chart, each beside a neighbour (an expansion): ringed around it,
    // the rest stays where it is (see ringsAround).
    else if (added > 0 && before > BIG_GRAPH && added <= RING_MAX && Object.keys(beside).length === added) {
      const at = ringsAround(beside, (id) => cy.getElementById(id).position());
      cy.batch(() => {
        for (const [id, p] of Object.entries(at)) cy.getElementById(id).position(p);
      });
    }
    else if (added > 0) runLayout(cy, before > 0);
  }, [elements, presets]);

  return <div ref={box} className="graph-canvas" data-testid="graph-canvas" role="img" aria-label={t('graph.canvas_label')} />;
}
