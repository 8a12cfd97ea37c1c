// The chart's data and the queries that change it. Each query replaces or merges the graph state;
// errors are kept for a ProblemAlert.
import { useCallback, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import { getCaseNetwork, getNeighbourhood, getPaths } from './api';
import { EMPTY_GRAPH, fromAnswer, hideNodes, mergeAnswer, mergePaths, setPinned, showAll } from './graphState';
import type { GraphState } from './graphState';
import { LINK_KINDS } from './links';
import type { LinkKind, Neighbourhood, PathMode, PathsAnswer } from './types';

export const HUB_CAP = 50;
export const MAX_NODES = 2000;

export type Seed = { node: string } | { caseId: string } | null;

export interface GraphQueryOptions {
  links: LinkKind[];
  depth: number;
}

export interface GraphData {
  state: GraphState;
  setState: Dispatch<SetStateAction<GraphState>>;
  busy: boolean;
  error: unknown;
  paths: PathsAnswer | null;
  options: GraphQueryOptions;
  setOptions: (o: GraphQueryOptions) => void;
  start: (seed: Seed) => void;
  add: (id: string) => void;
  expand: (id: string) => void;
  hide: (ids: string[]) => void;
  unhideAll: () => void;
  pin: (ids: string[], on: boolean) => void;
  findPaths: (from: string, to: string, mode: PathMode) => void;
  clearPaths: () => void;
}

/** `initial`: the depth and link kinds to start with (those the address carried). */
export function useGraph(initial?: GraphQueryOptions): GraphData {
  const [state, setState] = useState<GraphState>(EMPTY_GRAPH);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [paths, setPaths] = useState<PathsAnswer | null>(null);
  const [options, setOptions] = useState<GraphQueryOptions>(initial ?? { links: [...LINK_KINDS], depth: 1 });

  const run = useCallback(<T,>(call: () => Promise<T>, done: (value: T) => void) => {
    setBusy(true);
    setError(null);
    call().then(
      (value) => {
        setBusy(false);
        done(value);
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  }, []);

  const query = (nodes: string[], depth: number, expand?: string[]) =>
    getNeighbourhood({ nodes, depth, links: options.links, hub_cap: HUB_CAP, expand, max_nodes: MAX_NODES });

  const start = (seed: Seed) => {
    setPaths(null);
    if (!seed) {
      setState(EMPTY_GRAPH);
      return;
    }
    const load: () => Promise<Neighbourhood> = 'node' in seed ? () => query([seed.node], options.depth) : () => getCaseNetwork(seed.caseId, Math.max(2, options.depth));
    run(load, (a) => setState(fromAnswer(a)));
  };

  return {
    state,
    setState,
    busy,
    error,
    paths,
    options,
    setOptions,
    start,
    add: (id) => run(() => query([id], options.depth), (a) => setState((s) => mergeAnswer(s, a))),
    // A collapsed hub is asked for with expand=ID, so its links beyond the cap come too.
    expand: (id) => {
      const hub = state.collapsed[id] ? [id] : undefined;
      run(() => query([id], 1, hub), (a) => setState((s) => mergeAnswer(s, a, hub)));
    },
    hide: (ids) => setState((s) => hideNodes(s, ids)),
    unhideAll: () => setState((s) => showAll(s)),
    pin: (ids, on) => setState((s) => setPinned(s, ids, on)),
    findPaths: (from, to, mode) =>
      run(
        () => getPaths({ from: from.trim(), to: to.trim(), mode, limit: 10, max_length: 6, links: options.links, hub_cap: HUB_CAP }),
        (answer) => {
          setPaths(answer);
          setState((s) => mergePaths(s, answer));
        },
      ),
    clearPaths: () => setPaths(null),
  };
}
