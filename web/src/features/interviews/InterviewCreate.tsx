import { useState } from 'react';
import type { FormValues, Option } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createInterview } from './api';
import { interviewPath, interviewsPath } from './display';
import { InterviewForm } from './InterviewForm';
import { checkInterview, createBody, EMPTY_INTERVIEW_VALUES } from './interviewForm';
import type { PresentRow } from './interviewForm';

/** Container: records an interview. One idempotency key per form: a retried submit records one. */
export function InterviewCreate({ caseId, people }: { caseId: string; people: Option[] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const submit = (values: FormValues, rows: PresentRow[]) => {
    const problem = checkInterview(values, rows);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    createInterview(caseId, createBody(values, rows), key).then(
      (iv) => navigate(interviewPath(caseId, iv.id)),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  return (
    <section className="stack-gap card">
      <h2>{t('interviews.create.title')}</h2>
      <InterviewForm initial={EMPTY_INTERVIEW_VALUES} initialRows={[]} people={people} busy={busy} error={error} submitKey="buttons.create" onSubmit={submit} onCancel={() => navigate(interviewsPath(caseId))} />
    </section>
  );
}
