import { useState } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useLoad } from '../../shared/hooks';
import { loadGrading } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link, navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createReport } from './api';
import { ReportForm } from './ReportForm';
import { checkReport, createReportBody, emptyReport } from './reportForm';
import type { ReportValues } from './reportForm';

/** Container: a new frontline report, saved as a draft; one idempotency key per form. */
export function FrontlineNew() {
  const { t } = useI18n();
  const ref = useLoad(loadProtectionReference, []);
  const grading = useLoad(loadGrading, []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  if (ref.error) return <ProblemAlert error={ref.error} />;
  if (!ref.data) return <p className="loading">{t('app.loading')}</p>;
  const blocks = ref.data.frontline_report.blocks;
  const submit = (values: ReportValues) => {
    const problem = checkReport(blocks, values, grading.data);
    setError(problem);
    if (problem) return;
    setBusy(true);
    createReport(createReportBody(blocks, values), key).then(
      (r) => navigate(`/frontline/${r.id}`),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  return (
    <section className="page phone-page" data-testid="frontline-new-page">
      <p className="muted case-ref">
        <Link to="/frontline">{t('frontline.list.title')}</Link>
      </p>
      <h1>{t('frontline.new.title')}</h1>
      <p className="muted">{t('frontline.new.intro')}</p>
      <ReportForm
        blocks={blocks}
        initial={emptyReport(blocks)}
        withPlaceAndTime
        busy={busy}
        error={error}
        onSubmit={submit}
        onCancel={() => navigate('/frontline')}
        grading={grading.data}
        gradingError={grading.error}
      />
    </section>
  );
}
