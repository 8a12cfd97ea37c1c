import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listInterviews } from './api';
import { InterviewTable } from './InterviewTable';

/** Container: the case's interviews (the list carries no statements). */
export function InterviewList({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => listInterviews(caseId), [caseId]);
  return (
    <div className="stack-gap" data-testid="interview-list">
      <div className="page-head">
        <h2>{t('interviews.title')}</h2>
        <Permission anyOf={['case.update']}>
          <Link to={`/cases/${caseId}/interviews/new`} className="button primary" data-testid="interview-new">
            {t('interviews.list.new')}
          </Link>
        </Permission>
      </div>
      <p className="muted" aria-live="polite" data-testid="interview-list-total">
        {loading ? t('app.loading') : data ? t('interviews.list.total', { count: data.total ?? data.items.length }) : ''}
      </p>
      <ProblemAlert error={error} />
      <InterviewTable rows={data?.items ?? []} />
    </div>
  );
}
