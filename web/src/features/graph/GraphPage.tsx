import { navigate, useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { AnalysisNav } from '../../shared/AnalysisNav';
import { graphPath } from './display';
import { LINK_KINDS } from './links';
import type { LinkKind } from './types';
import type { GraphQueryOptions } from './useGraph';
import { GraphWorkbench } from './GraphWorkbench';

/** What the address asks for: `?node=ID` to start from, or `?case=ID&chart=CID` to open a saved chart. */
export function graphQuery(search: string): { node?: string; chart?: { caseId: string; id: string }; options?: GraphQueryOptions } {
  const q = new URLSearchParams(search);
  const node = q.get('node')?.trim() || undefined;
  const caseId = q.get('case')?.trim();
  const chart = q.get('chart')?.trim();
  const out: { node?: string; chart?: { caseId: string; id: string }; options?: GraphQueryOptions } = {
    node,
    chart: caseId && chart ? { caseId, id: chart } : undefined,
  };
  // `depth` (1–3) and `links` (kinds, comma-separated): what the search asked for before the address changed.
  const depth = Number(q.get('depth'));
  const links = (q.get('links') ?? '').split(',').filter((k): k is LinkKind => (LINK_KINDS as readonly string[]).includes(k));
  if ((depth >= 1 && depth <= 3 && Number.isInteger(depth)) || links.length > 0)
    out.options = { depth: depth >= 1 && depth <= 3 && Number.isInteger(depth) ? depth : 1, links: links.length > 0 ? links : [...LINK_KINDS] };
  return out;
}

/** Container: /graph — link analysis from an entity, phone or account typed in or named in the address. */
export function GraphPage() {
  const { t } = useI18n();
  const search = useSearch();
  const { node, chart, options } = graphQuery(search);
  return (
    <section className="page page-wide" data-testid="graph-page">
      <div className="page-head">
        <h1>{t('graph.title')}</h1>
      </div>
      <AnalysisNav active="/graph" />
      <p className="muted">{t('graph.help')}</p>
      {/* A new address is a new chart: the key starts the workbench afresh. */}
      <GraphWorkbench key={search} seed={node ? { node } : null} chart={chart} caseId={chart?.caseId} options={options} onStart={(id, o) => navigate(graphPath(id, o))} />
    </section>
  );
}
