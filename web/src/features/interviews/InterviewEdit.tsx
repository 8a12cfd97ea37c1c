import { useState } from 'react';
import type { FormValues, Option } from '../../forms';
import { ApiError } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { patchInterview } from './api';
import { InterviewForm } from './InterviewForm';
import { checkInterview, patchBody, rowsFromInterview, valuesFromInterview } from './interviewForm';
import type { PresentRow } from './interviewForm';
import type { Interview } from './types';

interface Props {
  iv: Interview;
  people: Option[];
  onSaved: (iv: Interview) => void;
  onCancel: () => void;
  /** Loads the newest version after a 409. */
  onReload: () => void;
}

/** Container: changes an interview's details with PATCH + version, sending only what changed. */
export function InterviewEdit({ iv, people, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const submit = (values: FormValues, rows: PresentRow[]) => {
    const problem = checkInterview(values, rows);
    if (problem) {
      setError(problem);
      return;
    }
    const body = patchBody(iv, values, rows);
    if (Object.keys(body).length === 1) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    patchInterview(iv.case_id, iv.id, body).then(
      (saved) => {
        setBusy(false);
        onSaved(saved);
      },
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  const reload = () => {
    setError(null);
    onReload();
  };
  const notice = conflict && (
    <div className="alert alert-warning" role="alert" data-testid="version-conflict">
      <p>{t('interviews.page.version_conflict')}</p>
      <button type="button" onClick={reload} data-testid="interview-reload">
        {t('buttons.reload')}
      </button>
    </div>
  );
  return (
    <section className="stack-gap card">
      <h3>{t('interviews.edit.title')}</h3>
      <InterviewForm
        key={`${iv.id}:${iv.version}`}
        initial={valuesFromInterview(iv)}
        initialRows={rowsFromInterview(iv)}
        people={people}
        busy={busy}
        error={conflict ? null : error}
        submitKey="buttons.save"
        onSubmit={submit}
        onCancel={onCancel}
        notice={notice}
      />
    </section>
  );
}
