import { useState } from 'react';
import type { FormValues } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createExhibit } from './api';
import { exhibitPath, exhibitsPath } from './display';
import { ExhibitForm } from './ExhibitForm';
import { checkExhibit, createBody, EMPTY_EXHIBIT_VALUES } from './exhibitForm';

/**
 * Container: registers a seized exhibit; the server records the seizure as custody event 1.
 * One idempotency key per form, so a retried submit registers one exhibit.
 */
export function ExhibitCreate({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const submit = (values: FormValues) => {
    const problem = checkExhibit(values);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    createExhibit(caseId, createBody(values), key).then(
      (x) => navigate(exhibitPath(caseId, x.id)),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  return (
    <section className="stack-gap card">
      <h2>{t('exhibits.create.title')}</h2>
      <p className="muted">{t('exhibits.create.help')}</p>
      <ExhibitForm initial={EMPTY_EXHIBIT_VALUES} busy={busy} error={error} submitKey="exhibits.create.submit" onSubmit={submit} onCancel={() => navigate(exhibitsPath(caseId))} />
    </section>
  );
}
