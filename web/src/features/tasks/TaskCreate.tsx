import { useState } from 'react';
import type { FormValues } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { createTask } from './api';
import { TaskForm } from './TaskForm';
import { checkTask, EMPTY_TASK, taskBody } from './taskForm';
import type { Task } from './types';

interface Props {
  caseId: string;
  onCreated: (t: Task) => void;
  onCancel: () => void;
}

/** Container: adds a task to the case. One idempotency key per form: a retried submit adds one task. */
export function TaskCreate({ caseId, onCreated, onCancel }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const submit = (values: FormValues) => {
    const problem = checkTask(values);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    createTask(caseId, taskBody(values), key).then(onCreated, (err: unknown) => {
      setError(err);
      setBusy(false);
    });
  };
  return (
    <section className="card stack-gap">
      <h3>{t('tasks.create.title')}</h3>
      <TaskForm initial={EMPTY_TASK} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} />
    </section>
  );
}
