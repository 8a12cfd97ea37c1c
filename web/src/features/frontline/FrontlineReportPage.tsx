import { ScreeningForm, ScreeningList } from '../screening';
import { useLoad } from '../../shared/hooks';
import { loadGrading } from '../../shared/intelligence';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { getReport } from './api';
import { FrontlineEdit } from './FrontlineEdit';
import { HandoverForm } from './HandoverForm';
import { FactsView, GradingView, ItemList } from './IntelView';
import { OpenCaseForm } from './OpenCaseForm';
import { ReportBlocks } from './ReportBlocks';
import { isEditable } from './reportForm';
import { ReportStateBadge } from './ReportStateBadge';

/**
 * Container: one frontline report. Its author edits it while a draft, screens the person and
 * hands it over; the receiving unit reads it, screens too and opens a case from it.
 */
export function FrontlineReportPage({ id }: { id: string }) {
  const { t, formatDateTime } = useI18n();
  const { user, can } = useSession();
  const ref = useLoad(loadProtectionReference, []);
  const grading = useLoad(loadGrading, []);
  const { data: r, error, setData, reload } = useLoad(() => getReport(id), [id]);
  const inbox = can('frontline.inbox');
  const back = inbox && r?.author?.id !== user?.id ? { to: '/frontline/inbox', key: 'frontline.inbox.title' } : { to: '/frontline', key: 'frontline.list.title' };
  if (error || ref.error) {
    return (
      <section className="page phone-page">
        <ProblemAlert error={error ?? ref.error} />
        <Link to={back.to}>{t(back.key)}</Link>
      </section>
    );
  }
  if (!r || !ref.data) return <p className="loading">{t('app.loading')}</p>;
  const blocks = ref.data.frontline_report.blocks;
  const editable = isEditable(r, user?.id);
  const mayScreen = can('screening.record') && r.state !== 'case_opened';
  return (
    <section className="page phone-page" data-testid="frontline-report">
      <p className="muted case-ref">
        <Link to={back.to}>{t(back.key)}</Link> / {r.reference}
      </p>
      <div className="page-head">
        <h1>{t('frontline.report.title', { reference: r.reference || r.id })}</h1>
        <ReportStateBadge state={r.state} testId="frontline-state" />
      </div>
      <p className="muted">
        {t('frontline.report.by', { name: r.author?.display_name ?? '', at: formatDateTime(r.created_at) })}
        {r.target_unit && <> · {t('frontline.list.handed_to', { unit: r.target_unit.name })}</>}
        {r.handed_over_at && <> · {formatDateTime(r.handed_over_at)}</>}
      </p>
      {r.cycle && can('intel.read') && (
        <p className="alert alert-info" data-testid="frontline-intel-link">
          <Link to={`/intelligence/reports/${r.id}`}>{t('intelligence.report.open_as_intelligence')}</Link>
        </p>
      )}
      {r.case && (
        <p className="alert alert-ok" data-testid="frontline-case">
          {t('frontline.report.case_opened')} <Link to={`/cases/${r.case.id}`}>{r.case.reference}</Link>
        </p>
      )}
      {editable ? (
        <>
          <ReportBlocks report={r} blocks={blocks} withBlocks={false} />
          <FrontlineEdit report={r} blocks={blocks} grading={grading.data} gradingError={grading.error} onSaved={setData} onReload={reload} />
        </>
      ) : (
        <>
          <ReportBlocks report={r} blocks={blocks} />
          {r.originator_contact && (
            <p data-testid="frontline-originator-contact">
              <span className="muted">{t('intelligence.fields.originator_contact')}:</span> {r.originator_contact}
            </p>
          )}
          <h2>{t('intelligence.grading.title')}</h2>
          <GradingView doc={grading.data} grading={r.grading} />
          <h2>{t('intelligence.facts.title')}</h2>
          <FactsView doc={grading.data} facts={r.facts} />
          <h2>{t('intelligence.items.title')}</h2>
          <ItemList items={r.items ?? []} withheld={r.withheld_items} doc={grading.data} />
        </>
      )}
      {mayScreen && (
        <section className="stack-gap" data-testid="frontline-screening">
          <h2>{t('frontline.report.screening')}</h2>
          <ScreeningForm subject={{ report_id: r.id }} onSaved={reload} />
        </section>
      )}
      <ScreeningList items={r.screenings} />
      {editable && <HandoverForm report={r} onSaved={setData} />}
      {inbox && r.state === 'handed_over' && <OpenCaseForm report={r} />}
    </section>
  );
}
