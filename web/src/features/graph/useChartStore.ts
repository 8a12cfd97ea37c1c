// Saving the chart with a case and opening a saved one.
import { useState } from 'react';
import type { Core } from 'cytoscape';
import { useAction } from '../../shared/hooks';
import type { Action } from '../../shared/hooks';
import { createChart, getChart, loadChartNodes, updateChart } from './api';
import { chartBodyOf, stateOfChart } from './chartBody';
import type { OpenChart } from './ChartPanel';
import { positionsOf } from './cySync';
import type { Presets } from './cySync';
import type { GraphState } from './graphState';
import { LINK_KINDS } from './links';
import type { ChartBody, ColourBy, SizeBy } from './types';
import { HUB_CAP } from './useGraph';

export interface ChartStore {
  open: OpenChart | null;
  presets: Presets | undefined;
  action: Action;
  tick: number;
  save: (cy: Core | null, state: GraphState, caseId: string, name: string, asNew: boolean, colourBy: ColourBy, sizeBy: SizeBy) => void;
  load: (caseId: string, id: string, done: (state: GraphState, chart: ChartBody) => void) => void;
  forget: () => void;
}

export function useChartStore(): ChartStore {
  const action = useAction();
  const [open, setOpen] = useState<OpenChart | null>(null);
  const [presets, setPresets] = useState<Presets | undefined>(undefined);
  const [tick, setTick] = useState(0);
  return {
    open,
    presets,
    action,
    tick,
    save: (cy, state, caseId, name, asNew, colourBy, sizeBy) => {
      const body = chartBodyOf(state, cy ? positionsOf(cy) : {}, colourBy, sizeBy);
      const update = open && open.caseId === caseId && !asNew ? open : null;
      action.run(
        () => (update ? updateChart(caseId, update.id, name, body, update.version) : createChart(caseId, name, body)),
        (c) => {
          setOpen({ id: c.id, caseId: c.case_id || caseId, name: c.name, version: c.version });
          setTick((n) => n + 1);
        },
      );
    },
    // Every kind of link: a saved chart shows what it showed, whatever the checkboxes say now.
    load: (caseId, id, done) =>
      action.run(
        async () => {
          const c = await getChart(caseId, id);
          const answers = await loadChartNodes(c.chart.nodes ?? [], [...LINK_KINDS], HUB_CAP);
          return { c, state: stateOfChart(answers, c.chart) };
        },
        ({ c, state }) => {
          setOpen({ id: c.id, caseId: c.case_id || caseId, name: c.name, version: c.version });
          setPresets(c.chart.positions ?? {});
          done(state, c.chart);
        },
      ),
    forget: () => {
      setOpen(null);
      setPresets(undefined);
    },
  };
}
