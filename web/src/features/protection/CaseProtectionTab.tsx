import { listParties, usePartyOptions } from '../entities';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { CaseFiles } from './CaseFiles';
import { CaseScreening } from './CaseScreening';
import { LegalAssessmentSection } from './LegalAssessmentSection';

const PERSON = ['Person'] as const;

interface Props {
  caseId: string;
  /** The case's jurisdiction, preselected for a new protection file. */
  country?: string;
}

/**
 * Container of the case page's "protection" tab: the protection files of the case's victims (and
 * a new one for a person of the case), screening a person, and the legal assessment.
 */
export function CaseProtectionTab({ caseId, country }: Props) {
  const { t } = useI18n();
  const { can } = useSession();
  const ref = useLoad(loadProtectionReference, []);
  // Every record listed is audited as seen: the persons are loaded only for someone who picks one.
  const picks = can('protection.manage') || can('screening.record') || can('case.update');
  const persons = useLoad(() => (picks ? listParties(caseId, PERSON) : Promise.resolve([])), [caseId, picks]);
  const options = usePartyOptions(persons.data, PERSON);
  return (
    <div className="stack-gap" data-testid="case-protection">
      <h2>{t('protection.case.title')}</h2>
      <ProblemAlert error={ref.error ?? persons.error} />
      {!ref.data && !ref.error && <p className="loading">{t('app.loading')}</p>}
      {ref.data && (
        <>
          {can('protection.read') && <CaseFiles caseId={caseId} country={country} reference={ref.data} persons={persons.data ?? []} personOptions={options} />}
          {can('screening.record') && <CaseScreening caseId={caseId} personOptions={options} />}
          <LegalAssessmentSection caseId={caseId} reference={ref.data} personOptions={options} />
        </>
      )}
    </div>
  );
}
