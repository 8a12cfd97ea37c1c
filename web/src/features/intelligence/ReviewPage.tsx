import { useLoad } from '../../shared/hooks';
import { loadGrading } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listReview } from './api';
import { IntelNav } from './IntelNav';
import { IntelTable } from './IntelTable';

/**
 * Container, for supervisors: the reports held by the unit that wait for evaluation, collation or
 * analysis, oldest first, and special-handling ones still without a risk assessment.
 */
export function ReviewPage() {
  const { t } = useI18n();
  const grading = useLoad(loadGrading, []);
  const list = useLoad(listReview, []);
  return (
    <section className="page" data-testid="intel-review-page">
      <div className="page-head">
        <h1>{t('intelligence.review.title')}</h1>
        <button type="button" onClick={list.reload} data-testid="review-reload">
          {t('buttons.reload')}
        </button>
      </div>
      <IntelNav active="/intelligence/review" />
      <p className="muted">{t('intelligence.review.help')}</p>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <IntelTable rows={list.data} doc={grading.data} rowTestId="review-row" review emptyKey="intelligence.review.empty" />}
    </section>
  );
}
