import { useLoad } from '../../shared/hooks';
import { loadGrading } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getIntelReport } from './api';
import { IntelReportView } from './IntelReportView';

/** Container: one intelligence report (404 when its handling forbids the caller). */
export function IntelReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  const ref = useLoad(loadProtectionReference, []);
  const grading = useLoad(loadGrading, []);
  const { data, error, setData, reload } = useLoad(() => getIntelReport(id), [id]);
  if (error && !data) {
    return (
      <section className="page">
        <ProblemAlert error={error} />
        <Link to="/intelligence">{t('intelligence.list.title')}</Link>
      </section>
    );
  }
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  // A change answers the report; keep what it may leave out (relation, access), then fetch anew.
  const saved = (r: typeof data) => {
    setData({ ...data, ...r });
    reload();
  };
  return (
    <>
      <ProblemAlert error={error ?? grading.error ?? ref.error} />
      <IntelReportView report={data} doc={grading.data} blocks={ref.data?.frontline_report.blocks ?? []} onSaved={saved} onReload={reload} />
    </>
  );
}
