import { useState } from 'react';
import type { FormEvent } from 'react';
import { PLAN_VALUES } from '../../shared/assessmentValues';
import { useLocalText } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { AssessmentFooter } from './AssessmentFooter';
import { planBody } from './assessmentForm';
import type { AssessmentCommon, ItemValues } from './assessmentForm';
import { ItemValueRow } from './ItemValueRow';
import type { AssessmentBody } from './types';

interface Props {
  steps: RefItem[];
  busy: boolean;
  error: unknown;
  onSubmit: (body: AssessmentBody) => void;
}

/** The reintegration plan: six steps, each planned or done; completed only with all six. */
export function ReintegrationPlanForm({ steps, busy, error, onSubmit }: Props) {
  const { label } = useI18n();
  const text = useLocalText();
  const [values, setValues] = useState<ItemValues>({});
  const [common, setCommon] = useState<AssessmentCommon>({ completed: false, note: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(planBody(steps, values, common));
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="plan-form">
      <ol className="assessment-rows">
        {steps.map((s) => (
          <ItemValueRow key={s.id} id={s.id} testPrefix="plan-step" text={label(s.label, s.id)} description={text(s.description)} values={PLAN_VALUES} allowEmpty item={values[s.id]} onChange={(item) => setValues({ ...values, [s.id]: item })} />
        ))}
      </ol>
      <AssessmentFooter value={common} onChange={setCommon} busy={busy} error={error} completedHelpKey="assessment.plan_completed_help" />
    </form>
  );
}
