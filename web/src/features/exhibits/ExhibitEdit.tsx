import type { FormValues } from '../../forms';
import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
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
  const { busy, formError, conflict, setError, save, reload } = useVersionedSave<Exhibit>(onSaved, onReload);
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
    save(() => patchExhibit(x.case_id, x.id, body));
  };
  const notice = conflict && <VersionConflict messageKey="exhibits.page.version_conflict" reloadTestId="exhibit-reload" onReload={reload} />;
  return (
    <section className="stack-gap card">
      <h3>{t('exhibits.edit.title', { number: x.number })}</h3>
      <ExhibitForm key={`${x.id}:${x.version}`} initial={valuesFromExhibit(x)} busy={busy} error={formError} submitKey="buttons.save" onSubmit={submit} onCancel={onCancel} notice={notice} />
    </section>
  );
}
