import type { Option } from '../../forms';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { listLegalAssessments } from './api';
import { jurisdictionCountries, loadJurisdictions } from './jurisdictions';
import { LegalAssessmentForm } from './LegalAssessmentForm';
import { LegalAssessmentList } from './LegalAssessmentList';

interface Props {
  caseId: string;
  reference: ProtectionReference;
  personOptions: Option[];
}

/** Legal assessment of the case: trafficking or smuggling, the current proposal and the history. */
export function LegalAssessmentSection({ caseId, reference, personOptions }: Props) {
  const { t } = useI18n();
  const list = useLoad(() => listLegalAssessments(caseId), [caseId]);
  const doc = useLoad(loadJurisdictions, []);
  const subjectName = (id: string) => personOptions.find((o) => o.id === id)?.text ?? id;
  return (
    <section className="stack-gap" data-testid="case-legal">
      <h3>{t('legal.title')}</h3>
      <ProblemAlert error={list.error} />
      {list.data && <LegalAssessmentList items={list.data} reference={reference} subjectName={subjectName} />}
      <Permission anyOf={['case.update']}>
        <LegalAssessmentForm caseId={caseId} reference={reference} jurisdictions={jurisdictionCountries(doc.data)} subjects={personOptions} onSaved={list.reload} />
      </Permission>
    </section>
  );
}
