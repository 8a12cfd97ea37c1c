import { navigate, useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { graphPath } from './display';
import { GraphWorkbench } from './GraphWorkbench';

/** What the address asks for: `?node=ID` to start from, or `?case=ID&chart=CID` to open a saved chart. */
export function graphQuery(search: string): { node?: string; chart?: { caseId: string; id: string } } {
  const q = new URLSearchParams(search);
  const node = q.get('node')?.trim() || undefined;
  const caseId = q.get('case')?.trim();
  const chart = q.get('chart')?.trim();
  return { node, chart: caseId && chart ? { caseId, id: chart } : undefined };
}

/** Container: /graph — link analysis from an entity, phone or account typed in or named in the address. */
export function GraphPage() {
  const { t } = useI18n();
  const search = useSearch();
  const { node, chart } = graphQuery(search);
  return (
    <section className="page page-wide" data-testid="graph-page">
      <div className="page-head">
        <h1>{t('graph.title')}</h1>
      </div>
      <AnalysisNav active="/graph" />
      <p className="muted">{t('graph.help')}</p>
      {/* A new address is a new chart: the key starts the workbench afresh. */}
      <GraphWorkbench key={search} seed={node ? { node } : null} chart={chart} caseId={chart?.caseId} onStart={(id) => navigate(graphPath(id))} />
    </section>
  );
}
