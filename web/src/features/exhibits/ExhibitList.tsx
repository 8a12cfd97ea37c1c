import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listExhibits } from './api';
import { ExhibitTable } from './ExhibitTable';

/** Container: the case's exhibit register (the server answers it whole, without the custody events). */
export function ExhibitList({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => listExhibits(caseId), [caseId]);
  return (
    <div className="stack-gap" data-testid="exhibit-list">
      <div className="page-head">
        <h2>{t('exhibits.title')}</h2>
        <Permission anyOf={['case.update']}>
          <Link to={`/cases/${caseId}/exhibits/new`} className="button primary" data-testid="exhibit-new">
            {t('exhibits.list.new')}
          </Link>
        </Permission>
      </div>
      <p className="muted" aria-live="polite" data-testid="exhibit-list-total">
        {loading ? t('app.loading') : data ? t('exhibits.list.total', { count: data.total ?? data.items.length }) : ''}
      </p>
      <ProblemAlert error={error} />
      <ExhibitTable rows={data?.items ?? []} />
    </div>
  );
}
