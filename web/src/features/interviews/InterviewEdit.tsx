import type { FormValues, Option } from '../../forms';
import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
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
  const { busy, formError, conflict, setError, save, reload } = useVersionedSave<Interview>(onSaved, onReload);
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
    save(() => patchInterview(iv.case_id, iv.id, body));
  };
  const notice = conflict && <VersionConflict messageKey="interviews.page.version_conflict" reloadTestId="interview-reload" onReload={reload} />;
  return (
    <section className="stack-gap card">
      <h3>{t('interviews.edit.title')}</h3>
      <InterviewForm
        key={`${iv.id}:${iv.version}`}
        initial={valuesFromInterview(iv)}
        initialRows={rowsFromInterview(iv)}
        people={people}
        busy={busy}
        error={formError}
        submitKey="buttons.save"
        onSubmit={submit}
        onCancel={onCancel}
        notice={notice}
      />
    </section>
  );
}
