import { useState } from 'react';
import type { FormEvent } from 'react';
import { RISK_VALUES } from '../../shared/assessmentValues';
import type { RiskStage } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { AssessmentFooter } from './AssessmentFooter';
import { initialRisk, riskBody } from './assessmentForm';
import type { AssessmentCommon, ItemValues } from './assessmentForm';
import { ItemValueRow } from './ItemValueRow';
import type { AssessmentBody } from './types';

interface Props {
  stages: RiskStage[];
  busy: boolean;
  error: unknown;
  onSubmit: (body: AssessmentBody) => void;
}

/** A risk assessment at one stage: each factor yes / no / unknown, with a note. */
export function RiskAssessmentForm({ stages, busy, error, onSubmit }: Props) {
  const { t, label } = useI18n();
  const [stageId, setStageId] = useState(stages[0]?.id ?? '');
  const stage = stages.find((s) => s.id === stageId);
  const [values, setValues] = useState<ItemValues>(() => initialRisk(stage));
  const [common, setCommon] = useState<AssessmentCommon>({ completed: false, note: '' });
  const chooseStage = (id: string) => {
    setStageId(id);
    setValues(initialRisk(stages.find((s) => s.id === id)));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (stage) onSubmit(riskBody(stage, values, common));
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="risk-form">
      <div className="field">
        <label htmlFor="risk-stage">{t('assessment.stage')}</label>
        <select id="risk-stage" value={stageId} data-testid="risk-stage" onChange={(e) => chooseStage(e.target.value)}>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s.label, s.id)}
            </option>
          ))}
        </select>
      </div>
      <ul className="assessment-rows">
        {(stage?.factors ?? []).map((f) => (
          <ItemValueRow key={f.id} id={f.id} testPrefix="risk-factor" text={label(f.label, f.id)} values={RISK_VALUES} allowEmpty={false} item={values[f.id]} onChange={(item) => setValues({ ...values, [f.id]: item })} />
        ))}
      </ul>
      <AssessmentFooter value={common} onChange={setCommon} busy={busy} error={error} />
    </form>
  );
}
