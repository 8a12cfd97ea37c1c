import { useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { ApiError } from '../../shared/api';
import { datedName, saveBlob } from '../../shared/download';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { chartCaseOptions } from './chartBody';
import { ChartPanel } from './ChartPanel';
import { highlightOf, toElements } from './elements';
import { chartPdf, chartPng } from './exportChart';
import { GraphCanvas } from './GraphCanvas';
import type { Selection } from './GraphCanvas';
import { GraphLegend } from './GraphLegend';
import { GraphSearch } from './GraphSearch';
import { caseIdsOf, visibleEdges, visibleNodes } from './graphState';
import { GraphToolbar } from './GraphToolbar';
import { isColourBy, isSizeBy } from './links';
import { LinkKindChecks } from './LinkKindChecks';
import { MeasureControls } from './MeasureControls';
import { PathFinder } from './PathFinder';
import { PathResult } from './PathResult';
import { SelectionPanel } from './SelectionPanel';
import type { ColourBy, SizeBy } from './types';
import { useChartStore } from './useChartStore';
import { useGraph, type GraphQueryOptions } from './useGraph';
import type { Seed } from './useGraph';
import { useMeasures } from './useMeasures';

interface Props {
  seed: Seed;
  /** The case of the page (the case's network tab): offered first when saving. */
  caseId?: string;
  /** A saved chart to open instead of the seed. */
  chart?: { caseId: string; id: string };
  /** Instead of starting in place (the /graph page puts the id in the address). */
  onStart?: (id: string, options: GraphQueryOptions) => void;
  /** Depth and link kinds to start with. */
  options?: GraphQueryOptions;
}

const NO_SELECTION: Selection = { nodes: [], edges: [] };

/** Container: the link-analysis chart with its controls, side panel, paths and saved charts. */
export function GraphWorkbench({ seed, caseId, chart, onStart, options }: Props) {
  const { t } = useI18n();
  const graph = useGraph(options);
  const store = useChartStore();
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [colourBy, setColourBy] = useState<ColourBy>('kind');
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  const cy = useRef<Core | null>(null);
  const [ready, setReady] = useState(false);
  const measures = useMeasures(graph.state, sizeBy, colourBy);

  const openChart = (cid: string, id: string) =>
    store.load(cid, id, (state, body) => {
      graph.clearPaths();
      graph.setState(state);
      if (isSizeBy(body.size_by)) setSizeBy(body.size_by);
      if (isColourBy(body.colour_by)) setColourBy(body.colour_by);
    });

  useEffect(() => {
    if (chart) openChart(chart.caseId, chart.id);
    else graph.start(seed);
  }, []);

  const highlight = useMemo(() => highlightOf(graph.paths?.paths ?? []), [graph.paths]);
  const elements = useMemo(
    () => toElements(graph.state, { measures: measures.answer?.measures, sizeBy, colourBy, highlight }),
    [graph.state, measures.answer, sizeBy, colourBy, highlight],
  );
  const nodeCount = useMemo(() => visibleNodes(graph.state).length, [graph.state]);
  const edgeCount = useMemo(() => visibleEdges(graph.state).length, [graph.state]);
  const cases = useMemo(() => chartCaseOptions(caseIdsOf(graph.state), caseId), [graph.state, caseId]);
  const caseLabel = (id: string) => graph.state.nodes[`c:${id}`]?.caption || id;

  const start = (id: string) => {
    if (onStart) return onStart(id, graph.options);
    store.forget();
    setSelection(NO_SELECTION);
    graph.start({ node: id });
  };
  const exportPng = () => cy.current && saveBlob(chartPng(cy.current), datedName(t('graph.toolbar.file_name'), 'png'));
  const exportPdf = () => {
    const c = cy.current;
    if (!c) return;
    const stamp = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    void chartPdf(c, stamp).then((blob) => saveBlob(blob, datedName(t('graph.toolbar.file_name'), 'pdf')));
  };
  const notFound = graph.error instanceof ApiError && graph.error.status === 404;

  return (
    <div className="graph-workbench" data-testid="graph-workbench">
      <aside className="graph-controls card stack-gap">
        <GraphSearch initial={seed && 'node' in seed ? seed.node : ''} busy={graph.busy} onStart={start} onAdd={nodeCount > 0 ? graph.add : undefined} />
        <LinkKindChecks options={graph.options} onChange={graph.setOptions} />
        <MeasureControls sizeBy={sizeBy} colourBy={colourBy} onSizeBy={setSizeBy} onColourBy={setColourBy} answer={measures.answer} busy={measures.busy} error={measures.error} />
      </aside>
      <section className="graph-main stack-gap">
        <GraphToolbar
          nodes={nodeCount}
          edges={edgeCount}
          hidden={graph.state.hidden.length}
          truncated={graph.state.truncated}
          canExport={ready}
          onFit={() => cy.current?.fit(undefined, 30)}
          onShowHidden={graph.unhideAll}
          onPng={exportPng}
          onPdf={exportPdf}
        />
        {notFound && <p className="alert alert-warning" data-testid="graph-not-found">{t('graph.not_found')}</p>}
        {!notFound && <ProblemAlert error={graph.error} />}
        {(graph.busy || store.action.busy) && <p className="loading" data-testid="graph-loading">{t('app.loading')}</p>}
        {nodeCount === 0 && !graph.busy && !graph.error && <p className="muted" data-testid="graph-empty">{t('graph.empty')}</p>}
        <GraphCanvas
          elements={elements}
          presets={store.presets}
          onSelect={setSelection}
          onExpand={graph.expand}
          onReady={(c) => {
            cy.current = c;
            setReady(c !== null);
          }}
        />
        <GraphLegend colourBy={colourBy} />
      </section>
      <aside className="graph-side card stack-gap">
        <SelectionPanel
          selection={selection}
          state={graph.state}
          measures={measures.answer?.measures}
          busy={graph.busy}
          onExpand={graph.expand}
          onHide={(ids) => {
            graph.hide(ids);
            setSelection(NO_SELECTION);
          }}
          onPin={graph.pin}
        />
        <PathFinder selected={selection.nodes} busy={graph.busy} onFind={graph.findPaths} onClear={graph.clearPaths} hasResult={graph.paths !== null} />
        {graph.paths && <PathResult answer={graph.paths} nodes={graph.state.nodes} />}
        <ChartPanel
          cases={cases}
          caseLabel={caseLabel}
          open={store.open}
          busy={store.action.busy}
          error={store.action.error}
          tick={store.tick}
          onSave={(cid, name, asNew) => store.save(cy.current, graph.state, cid, name, asNew, colourBy, sizeBy)}
          onOpen={(cid, c) => openChart(cid, c.id)}
        />
      </aside>
    </div>
  );
}
