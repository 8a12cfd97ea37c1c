import { ApiError } from '../../shared/api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';

/** A query the server could not parse gets its own words; any other problem the usual alert. */
export function SearchProblem({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.code === 'invalid_value' && error.problem.field === 'q') {
    return (
      <div className="alert alert-error" role="alert" data-testid="problem">
        <p>{t('search.invalid_query')}</p>
      </div>
    );
  }
  return <ProblemAlert error={error} />;
}
