import { useState } from 'react';
import type { Entity } from '../entities';
import type { Option } from '../../forms';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { ProtectionReference } from '../../shared/protectionReference';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { listFiles } from './api';
import { newFilePath } from './fileForm';
import { FileTable } from './FileTable';

interface Props {
  caseId: string;
  /** The case's jurisdiction, preselected for a new file. */
  country?: string;
  reference: ProtectionReference;
  persons: Entity[];
  personOptions: Option[];
}

/** The protection files of the case's victims, and a new one for a person of the case. */
export function CaseFiles({ caseId, country, reference, persons, personOptions }: Props) {
  const { t } = useI18n();
  const files = useLoad(() => listFiles({ case_id: caseId }), [caseId]);
  const [entityId, setEntityId] = useState('');
  const create = () => {
    const e = persons.find((p) => p.id === entityId);
    const name = e && !e.identity_restricted && e.caption ? e.caption : '';
    const first = (prop: string) => e?.properties?.[prop]?.[0]?.value ?? '';
    navigate(newFilePath(caseId, entityId, name, country, { birth_date: first('birthDate'), nationality: first('nationality') }));
  };
  return (
    <section className="stack-gap" data-testid="case-protection-files">
      <h3>{t('protection.case.files')}</h3>
      <ProblemAlert error={files.error} />
      {files.data && <FileTable rows={files.data.items ?? []} reference={reference} />}
      <Permission anyOf={['protection.manage']}>
        <div className="card inline-form">
          <div className="field">
            <label htmlFor="case-protection-entity">{t('protection.case.person')}</label>
            <select id="case-protection-entity" value={entityId} data-testid="case-protection-entity" onChange={(e) => setEntityId(e.target.value)}>
              <option value="">{t('forms.choose')}</option>
              {personOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.text}
                </option>
              ))}
            </select>
            {personOptions.length === 0 && <small className="help">{t('protection.case.no_persons')}</small>}
          </div>
          <button type="button" className="primary" disabled={!entityId} data-testid="case-protection-new" onClick={create}>
            {t('protection.case.new_file')}
          </button>
        </div>
      </Permission>
    </section>
  );
}
