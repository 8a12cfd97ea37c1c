import { useI18n } from '../../shared/useI18n';

interface Props {
  nodes: number;
  edges: number;
  hidden: number;
  truncated: boolean;
  canExport: boolean;
  onFit: () => void;
  onShowHidden: () => void;
  onPng: () => void;
  onPdf: () => void;
}

/** Counts, fit, show hidden, export. */
export function GraphToolbar({ nodes, edges, hidden, truncated, canExport, onFit, onShowHidden, onPng, onPdf }: Props) {
  const { t } = useI18n();
  return (
    <div className="graph-toolbar">
      <span className="graph-count" data-testid="graph-node-count" data-count={nodes} data-edges={edges}>
        {t('graph.toolbar.nodes', { count: nodes })}, {t('graph.toolbar.edges', { count: edges })}
      </span>
      {truncated && (
        <span className="badge badge-alert" data-testid="graph-truncated" title={t('graph.toolbar.truncated_help')}>
          {t('graph.toolbar.truncated')}
        </span>
      )}
      <div className="actions">
        {hidden > 0 && (
          <button type="button" onClick={onShowHidden} data-testid="graph-show-hidden">
            {t('graph.toolbar.show_hidden', { count: hidden })}
          </button>
        )}
        <button type="button" onClick={onFit} disabled={nodes === 0} data-testid="graph-fit">
          {t('graph.toolbar.fit')}
        </button>
        <button type="button" onClick={onPng} disabled={!canExport || nodes === 0} data-testid="graph-export-png">
          {t('graph.toolbar.png')}
        </button>
        <button type="button" onClick={onPdf} disabled={!canExport || nodes === 0} data-testid="graph-export-pdf">
          {t('graph.toolbar.pdf')}
        </button>
      </div>
    </div>
  );
}
