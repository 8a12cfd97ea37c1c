import { useState } from 'react';
import { ApiError } from './api';
import { useI18n } from './useI18n';

/** True for the 409 a versioned PATCH answers when someone else saved first. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'version_conflict';
}

export interface VersionedSave<T> {
  busy: boolean;
  error: unknown;
  /** The last error was a version conflict: show `VersionConflict` instead of the error. */
  conflict: boolean;
  /** What the form should show: the error, or null while the conflict notice stands in for it. */
  formError: unknown;
  /** Reports a problem found before sending (e.g. a missing required field). */
  setError: (error: unknown) => void;
  /** Sends the request; `onSaved` gets the answer, a failure lands in `error`. */
  save: (request: () => Promise<T>) => void;
  /** Clears the error and loads the newest version. */
  reload: () => void;
}

/** Busy/error state of an edit container that saves with PATCH + version. */
export function useVersionedSave<T>(onSaved: (saved: T) => void, onReload: () => void): VersionedSave<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = isVersionConflict(error);
  const save = (request: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    request().then(
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
  return { busy, error, conflict, formError: conflict ? null : error, setError, save, reload };
}

interface ConflictProps {
  /** i18n key of the explanation. */
  messageKey: string;
  /** data-testid of the reload button. */
  reloadTestId: string;
  onReload: () => void;
}

/** The notice shown after a 409 version_conflict, offering to load the newest version. */
export function VersionConflict({ messageKey, reloadTestId, onReload }: ConflictProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-warning" role="alert" data-testid="version-conflict">
      <p>{t(messageKey)}</p>
      <button type="button" onClick={onReload} data-testid={reloadTestId}>
        {t('buttons.reload')}
      </button>
    </div>
  );
}
