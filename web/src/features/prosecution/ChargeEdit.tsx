import { useState } from 'react';
import { EntityCaption } from '../entities';
import type { FormValues } from '../../forms';
import { ApiError } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { patchCharge } from './api';
import { ChargeEditForm } from './ChargeEditForm';
import { checkEdit, patchBody, valuesFromCharge } from './chargeForm';
import { useArticleText } from './display';
import type { Charge } from './types';

interface Props {
  c: Charge;
  onSaved: (c: Charge) => void;
  onCancel: () => void;
  /** Loads the charges again after a 409. */
  onReload: () => void;
}

/** Container: changes a charge with PATCH + version, sending only what changed. */
export function ChargeEdit({ c, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const articleText = useArticleText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const submit = (values: FormValues) => {
    const problem = checkEdit(values);
    if (problem) {
      setError(problem);
      return;
    }
    const body = patchBody(c, values);
    if (Object.keys(body).length === 1) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    patchCharge(c.case_id, c.id, body).then(
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
      <p>{t('prosecution.edit.version_conflict')}</p>
      <button type="button" onClick={reload} data-testid="charge-reload">
        {t('buttons.reload')}
      </button>
    </div>
  );
  return (
    <section className="stack-gap card" data-testid="charge-edit">
      <h3>
        {t('prosecution.edit.title')}: <EntityCaption e={c.suspect} /> · {articleText(c.article)}
      </h3>
      <ChargeEditForm key={`${c.id}:${c.version}`} initial={valuesFromCharge(c)} busy={busy} error={conflict ? null : error} onSubmit={submit} onCancel={onCancel} notice={notice} />
    </section>
  );
}
