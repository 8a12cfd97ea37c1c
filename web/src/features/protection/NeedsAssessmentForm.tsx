import { useState } from 'react';
import type { FormEvent } from 'react';
import { NEEDS_VALUES } from '../../shared/assessmentValues';
import type { NeedsLevel } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { AssessmentFooter } from './AssessmentFooter';
import { needsBody } from './assessmentForm';
import type { AssessmentCommon, ItemValues } from './assessmentForm';
import { ItemValueRow } from './ItemValueRow';
import type { AssessmentBody } from './types';

interface Props {
  levels: NeedsLevel[];
  busy: boolean;
  error: unknown;
  onSubmit: (body: AssessmentBody) => void;
}

/** A needs assessment by its three levels: each need needed / not needed / provided. */
export function NeedsAssessmentForm({ levels, busy, error, onSubmit }: Props) {
  const { label } = useI18n();
  const [values, setValues] = useState<ItemValues>({});
  const [common, setCommon] = useState<AssessmentCommon>({ completed: false, note: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(needsBody(levels, values, common));
  };
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="needs-form">
      {levels.map((level) => (
        <fieldset key={level.id} className="screening-group">
          <legend>{label(level.label, level.id)}</legend>
          <ul className="assessment-rows">
            {level.items.map((i) => (
              <ItemValueRow key={i.id} id={i.id} testPrefix="needs-item" text={label(i.label, i.id)} values={NEEDS_VALUES} allowEmpty item={values[i.id]} onChange={(item) => setValues({ ...values, [i.id]: item })} />
            ))}
          </ul>
        </fieldset>
      ))}
      <AssessmentFooter value={common} onChange={setCommon} busy={busy} error={error} />
    </form>
  );
}
