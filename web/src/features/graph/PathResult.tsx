import { useI18n } from '../../shared/useI18n';
import { pathLine } from './pathText';
import type { GraphNode, PathsAnswer } from './types';

interface Props {
  answer: PathsAnswer;
  /** The chart's nodes, for captions the answer does not carry. */
  nodes: Record<string, GraphNode>;
}

/**
 * The paths found, each as its nodes' captions in order ("A → B → C") and nothing else, in the
 * server's order; the number of links is the line's tooltip.
 */
export function PathResult({ answer, nodes }: Props) {
  const { t } = useI18n();
  const paths = answer.paths ?? [];
  return (
    <section className="stack-gap" data-testid="path-result-panel">
      <h3>{t('graph.paths.result_title', { count: paths.length })}</h3>
      {paths.length === 0 ? (
        <p className="muted" data-testid="path-result">{t('graph.paths.none')}</p>
      ) : (
        <ol className="path-list" data-testid="path-result">
          {paths.map((p, i) => (
            <li key={i} data-testid="path-line" data-length={p.length} title={t('graph.paths.length', { count: p.length })}>
              {pathLine(p, answer.nodes ?? {}, nodes)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
