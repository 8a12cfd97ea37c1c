import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Option } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { createLegalAssessment } from './api';
import { CHILD_CHOICE_KEYS, CHILD_CHOICES, ELEMENT_GROUP_KEYS, ELEMENT_GROUPS } from './display';
import type { ChildChoice } from './display';
import { elementOfField, EMPTY_LEGAL, legalBody } from './legalForm';
import type { LegalValues } from './legalForm';
import { LegalElementChecks } from './LegalElementChecks';
import type { LegalAssessment, LegalInput } from './types';

interface Props {
  caseId: string;
  reference: ProtectionReference;
  /** Countries with a jurisdiction file; empty means the case's. */
  jurisdictions: string[];
  subjects: Option[];
  onSaved: (a: LegalAssessment) => void;
}

const FACTS = ['consent_claimed', 'border_crossed', 'illegal_entry', 'benefit', 'continuing_control'] as const;
type Fact = (typeof FACTS)[number];
const FACT_KEYS: Record<Fact, string> = {
  consent_claimed: 'legal.fields.consent_claimed',
  border_crossed: 'legal.fields.border_crossed',
  illegal_entry: 'legal.fields.illegal_entry',
  benefit: 'legal.fields.benefit',
  continuing_control: 'legal.fields.continuing_control',
};

/** The facts of the case as the law reads them: the server proposes trafficking, smuggling, both or neither. */
export function LegalAssessmentForm({ caseId, reference, jurisdictions, subjects, onSaved }: Props) {
  const { t, label } = useI18n();
  const lookup = useLookupLabel();
  const [v, setV] = useState<LegalValues>(EMPTY_LEGAL);
  const [sent, setSent] = useState<LegalInput | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const action = useAction();
  const groups = reference.legal_elements.trafficking;
  const set = <K extends keyof LegalValues>(k: K, value: LegalValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = legalBody(groups, v);
    setSent(body);
    action.run(() => createLegalAssessment(caseId, body, key), (a) => {
      setV(EMPTY_LEGAL);
      setKey(newIdempotencyKey());
      onSaved(a);
    });
  };
  const fieldLabel = (field: string) => {
    const el = sent && elementOfField(sent, field);
    if (!el) return undefined;
    const name = label(groups[el.group].find((i) => i.id === el.id)?.label, el.id);
    return `${t(ELEMENT_GROUP_KEYS[el.group])}: ${name}${el.evidence ? ` — ${t('legal.evidence')}` : ''}`;
  };
  const fact = (k: Fact) => (
    <label key={k} className="check">
      <input type="checkbox" checked={v[k]} data-testid={`legal-${k.replace(/_/g, '-')}`} onChange={(e) => set(k, e.target.checked)} />
      <span>{t(FACT_KEYS[k])}</span>
    </label>
  );
  return (
    <form className="card stack-gap" onSubmit={submit} noValidate data-testid="legal-form">
      <h3>{t('legal.new')}</h3>
      <p className="help">{t('legal.intro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="legal-subject">{t('legal.fields.subject')}</label>
          <select id="legal-subject" value={v.subject_entity_id} data-testid="legal-subject" onChange={(e) => set('subject_entity_id', e.target.value)}>
            <option value="">{t('common.none')}</option>
            {subjects.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="legal-jurisdiction">{t('legal.fields.jurisdiction')}</label>
          <select id="legal-jurisdiction" value={v.jurisdiction} data-testid="legal-jurisdiction" onChange={(e) => set('jurisdiction', e.target.value)}>
            <option value="">{t('legal.case_jurisdiction')}</option>
            {jurisdictions.map((c) => (
              <option key={c} value={c}>
                {lookup('countries', c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {ELEMENT_GROUPS.map((g) => (
        <LegalElementChecks key={g} group={g} items={groups[g]} values={v[g]} onChange={(values) => set(g, values)} />
      ))}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="legal-child">{t('legal.fields.child')}</label>
          <select id="legal-child" value={v.child} data-testid="legal-child" onChange={(e) => set('child', e.target.value as ChildChoice)}>
            {CHILD_CHOICES.map((c) => (
              <option key={c} value={c}>
                {t(CHILD_CHOICE_KEYS[c])}
              </option>
            ))}
          </select>
          <small className="help">{t('legal.child_help')}</small>
        </div>
        <fieldset className="field field-multi">
          <legend>{t('legal.facts')}</legend>
          <div className="checks">{FACTS.map(fact)}</div>
        </fieldset>
        <div className="field">
          <label htmlFor="legal-note">{t('legal.fields.note')}</label>
          <textarea id="legal-note" rows={2} maxLength={4000} value={v.note} data-testid="legal-note" onChange={(e) => set('note', e.target.value)} />
        </div>
      </div>
      <ProblemAlert error={action.error} fieldPrefix="legal.fields" fieldLabel={fieldLabel} />
      <div className="actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="legal-submit">
          {t('legal.submit')}
        </button>
      </div>
    </form>
  );
}
