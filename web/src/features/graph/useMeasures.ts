// Centrality and groups of the visible nodes, asked for only when a size or colour needs them.
import { useEffect, useMemo, useState } from 'react';
import { getMeasures } from './api';
import { visibleNodes } from './graphState';
import type { GraphState } from './graphState';
import type { ColourBy, MeasuresAnswer, SizeBy } from './types';

/** Size by degree and colour by kind or case need nothing from the server. */
export const needsMeasures = (sizeBy: SizeBy, colourBy: ColourBy): boolean =>
  (sizeBy !== 'none' && sizeBy !== 'degree') || colourBy === 'community' || colourBy === 'component';

export interface MeasuresState {
  answer: MeasuresAnswer | undefined;
  busy: boolean;
  error: unknown;
}

export function useMeasures(state: GraphState, sizeBy: SizeBy, colourBy: ColourBy): MeasuresState {
  const ids = useMemo(() => visibleNodes(state).map((n) => n.id).sort(), [state]);
  const key = ids.join(',');
  const wanted = needsMeasures(sizeBy, colourBy) && ids.length > 0;
  const [result, setResult] = useState<{ key: string; answer?: MeasuresAnswer; error?: unknown } | null>(null);
  useEffect(() => {
    if (!wanted || result?.key === key) return;
    let live = true;
    getMeasures(ids).then(
      (answer) => live && setResult({ key, answer }),
      (error: unknown) => live && setResult({ key, error }),
    );
    return () => {
      live = false;
    };
    // `ids` changes exactly when `key` does.
  }, [wanted, key]);
  const current = result?.key === key ? result : null;
  return { answer: current?.answer ?? (wanted ? result?.answer : undefined), busy: wanted && !current, error: current?.error ?? null };
}
