import { useI18n } from '../../shared/useI18n';
import { useVersionedSave } from '../../shared/useVersionedSave';
import { patchFile } from './api';
import { FileForm } from './FileForm';
import { checkFile, editProblem, filePatchBody, valuesFromFile } from './fileForm';
import type { FileValues } from './fileForm';
import type { ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  onSaved: (f: ProtectionFile) => void;
  onCancel: () => void;
  /** Loads the newest version after a 409. */
  onReload: () => void;
}

/**
 * Container: changes the person, the forms of exploitation, cooperation and note with PATCH +
 * version. A 409 stays in the form's problem alert, with a button to load the newest version.
 */
export function FileEdit({ file, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const { busy, error, conflict, setError, save, reload } = useVersionedSave<ProtectionFile>(onSaved, onReload);
  const submit = (v: FileValues) => {
    const problem = checkFile(v);
    if (problem) return setError(problem);
    save(() => patchFile(file.id, filePatchBody(file, v)));
  };
  const notice = conflict && (
    <p className="actions" data-testid="file-edit-conflict">
      <span className="muted">{t('protection.edit.conflict_help')}</span>
      <button type="button" onClick={reload} data-testid="file-edit-reload">
        {t('buttons.reload')}
      </button>
    </p>
  );
  return (
    <section className="card stack-gap" data-testid="file-edit-panel">
      <h2>{t('protection.edit.title')}</h2>
      <FileForm
        key={`${file.id}:${file.version}`}
        initial={valuesFromFile(file)}
        busy={busy}
        error={editProblem(error)}
        submitKey="buttons.save"
        submitTestId="file-edit-submit"
        notice={notice}
        onSubmit={submit}
        onCancel={onCancel}
      />
    </section>
  );
}
