import { listPartners } from '../partners';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { ActionPanel } from './ActionPanel';
import { getFile } from './api';
import { AssessmentPanel } from './AssessmentPanel';
import { ConsentPanel } from './ConsentPanel';
import { FileEditPanel } from './FileEditPanel';
import { FileHeader } from './FileHeader';
import { FileScreenings } from './FileScreenings';
import { GuardianPanel } from './GuardianPanel';
import { ReferralPanel } from './ReferralPanel';
import { ReflectionPanel } from './ReflectionPanel';
import { StatusPanel } from './StatusPanel';

/**
 * Container: one protection file. Every change answers with the whole file, which replaces the
 * one shown. Seen from its case (`view: "case"`) it has no needs assessments and no service notes.
 */
export function ProtectionFilePage({ id }: { id: string }) {
  const { t } = useI18n();
  const ref = useLoad(loadProtectionReference, []);
  const partners = useLoad(() => listPartners(), []);
  const { data: f, error, setData, reload } = useLoad(() => getFile(id), [id]);
  if (error || ref.error) {
    return (
      <section className="page">
        <ProblemAlert error={error ?? ref.error} />
        <Link to="/protection">{t('protection.list.back')}</Link>
      </section>
    );
  }
  if (!f || !ref.data) return <p className="loading">{t('app.loading')}</p>;
  const reference = ref.data;
  const orgs = partners.data ?? [];
  return (
    <section className="page protection-file" data-testid="protection-file" data-view={f.view}>
      <p className="muted case-ref">
        <Link to="/protection">{t('protection.list.title')}</Link> / {f.reference}
      </p>
      <FileHeader file={f} />
      <FileEditPanel file={f} onSaved={setData} onReload={reload} />
      {f.view === 'case' && <p className="alert alert-info" data-testid="file-case-view">{t('protection.file.case_view')}</p>}
      {f.child && <GuardianPanel file={f} onSaved={setData} />}
      <div className="two-col">
        <StatusPanel track="assistance" file={f} statuses={reference.assistance_statuses} onSaved={setData} onReload={reload} />
        <StatusPanel track="procedural" file={f} statuses={reference.procedural_statuses} onSaved={setData} onReload={reload} />
      </div>
      <ReflectionPanel reflection={f.reflection} />
      <ProblemAlert error={partners.error} />
      <ConsentPanel file={f} partners={orgs} dataCategories={reference.consent_data} onSaved={setData} />
      <ReferralPanel file={f} reference={reference} partners={orgs} onSaved={setData} onReload={reload} />
      <AssessmentPanel file={f} reference={reference} onSaved={setData} />
      <ActionPanel file={f} kinds={reference.action_kinds} onSaved={setData} />
      {!f.child && <GuardianPanel file={f} onSaved={setData} />}
      <FileScreenings file={f} onSaved={reload} />
    </section>
  );
}
