import { useState } from 'react';
import { ApiError, newIdempotencyKey } from '../../shared/api';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { FormValues } from '../../forms';
import { createCase } from './api';
import { CaseForm } from './CaseForm';
import { caseFields, createBody, EMPTY_CASE_VALUES, missingRequired } from './caseForm';

/** Container: the new-case form. One idempotency key per form, so a retried submit creates one case. */
export function CaseCreate() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const fields = caseFields();

  const submit = (values: FormValues) => {
    const missing = missingRequired(fields, values);
    if (missing) {
      setError(new ApiError({ status: 422, code: 'required', field: missing }));
      return;
    }
    setBusy(true);
    setError(null);
    createCase(createBody(values), key).then(
      (c) => navigate(`/cases/${c.id}`),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <section className="page">
      <h1>{t('case.new.title')}</h1>
      <CaseForm
        fields={fields}
        initial={EMPTY_CASE_VALUES}
        busy={busy}
        error={error}
        submitKey="buttons.create"
        onSubmit={submit}
        onCancel={() => navigate('/cases')}
      />
    </section>
  );
}
