// A found path as words: the captions of its nodes in order, "A → B → C".
import type { GraphNode, GraphPath } from './types';

export const ARROW = ' → ';

/** Captions from the paths answer first, then from the chart, else the id itself. */
export function pathCaptions(path: GraphPath, ...sources: Record<string, GraphNode>[]): string[] {
  return path.nodes.map((id) => {
    for (const s of sources) if (s[id]?.caption) return s[id].caption;
    return id;
  });
}

export const pathLine = (path: GraphPath, ...sources: Record<string, GraphNode>[]): string => pathCaptions(path, ...sources).join(ARROW);
