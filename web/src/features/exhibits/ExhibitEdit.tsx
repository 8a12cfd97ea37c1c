import { useState } from 'react';
import type { FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { patchExhibit } from './api';
import { ExhibitForm } from './ExhibitForm';
import { checkExhibit, patchBody, valuesFromExhibit } from './exhibitForm';
import type { Exhibit } from './types';

interface Props {
  x: Exhibit;
  onSaved: (x: Exhibit) => void;
  onCancel: () => void;
  /** Loads the newest version after a 409. */
  onReload: () => void;
}

/** Container: corrects the register entry with PATCH + version, sending only what changed. */
export function ExhibitEdit({ x, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const submit = (values: FormValues) => {
    const problem = checkExhibit(values);
    if (problem) {
      setError(problem);
      return;
    }
    const body = patchBody(x, values);
    if (Object.keys(body).length === 1) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    patchExhibit(x.case_id, x.id, body).then(
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
      <p>{t('exhibits.page.version_conflict')}</p>
      <button type="button" onClick={reload} data-testid="exhibit-reload">
        {t('buttons.reload')}
      </button>
    </div>
  );
  return (
    <section className="stack-gap card">
      <h3>{t('exhibits.edit.title', { number: x.number })}</h3>
      <ExhibitForm key={`${x.id}:${x.version}`} initial={valuesFromExhibit(x)} busy={busy} error={conflict ? null : error} submitKey="buttons.save" onSubmit={submit} onCancel={onCancel} notice={notice} />
    </section>
  );
}
