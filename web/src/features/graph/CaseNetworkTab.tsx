import { Permission } from '../../shared/Permission';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { GraphWorkbench } from './GraphWorkbench';

/** Container of the case page's "network" tab: the case's own network, saved with the case. */
export function CaseNetworkTab({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <Permission anyOf={['graph.read']} fallback={<p className="muted" data-testid="case-network-forbidden">{t('graph.case_forbidden')}</p>}>
      <div className="stack-gap page-wide" data-testid="case-network-tab">
        <p className="muted">
          {t('graph.case_help')}{' '}
          <Link to="/graph" data-testid="case-network-open-graph">
            {t('graph.open_page')}
          </Link>
        </p>
        <GraphWorkbench key={caseId} seed={{ caseId }} caseId={caseId} />
      </div>
    </Permission>
  );
}
