import { EntityCaption } from '../entities';
import type { FormValues } from '../../forms';
import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
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
  const { busy, formError, conflict, setError, save, reload } = useVersionedSave<Charge>(onSaved, onReload);
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
    save(() => patchCharge(c.case_id, c.id, body));
  };
  const notice = conflict && <VersionConflict messageKey="prosecution.edit.version_conflict" reloadTestId="charge-reload" onReload={reload} />;
  return (
    <section className="stack-gap card" data-testid="charge-edit">
      <h3>
        {t('prosecution.edit.title')}: <EntityCaption e={c.suspect} /> · {articleText(c.article)}
      </h3>
      <ChargeEditForm key={`${c.id}:${c.version}`} initial={valuesFromCharge(c)} busy={busy} error={formError} onSubmit={submit} onCancel={onCancel} notice={notice} />
    </section>
  );
}
