import { useState } from 'react';
import { listCaseScreenings, ScreeningForm, ScreeningList } from '../screening';
import type { Option } from '../../forms';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';

/** Screening of a person of the case: choose the person, screen, see their earlier screenings. */
export function CaseScreening({ caseId, personOptions }: { caseId: string; personOptions: Option[] }) {
  const { t } = useI18n();
  const [entityId, setEntityId] = useState('');
  const list = useLoad(() => (entityId ? listCaseScreenings(caseId, entityId) : Promise.resolve([])), [caseId, entityId]);
  return (
    <section className="stack-gap" data-testid="case-protection-screening">
      <h3>{t('screening.section_title')}</h3>
      <div className="field inline-form">
        <label htmlFor="case-screening-entity">{t('protection.case.person')}</label>
        <select id="case-screening-entity" value={entityId} data-testid="case-screening-entity" onChange={(e) => setEntityId(e.target.value)}>
          <option value="">{t('forms.choose')}</option>
          {personOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text}
            </option>
          ))}
        </select>
      </div>
      {entityId && (
        <>
          <ScreeningForm key={entityId} subject={{ case_id: caseId, entity_id: entityId }} onSaved={list.reload} />
          <ProblemAlert error={list.error} />
          {list.data && <ScreeningList items={list.data} />}
        </>
      )}
    </section>
  );
}
