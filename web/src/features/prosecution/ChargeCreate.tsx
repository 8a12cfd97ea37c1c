import { useState } from 'react';
import type { FormValues, Option } from '../../forms';
import { newIdempotencyKey } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { createCharge } from './api';
import { ChargeForm } from './ChargeForm';
import { checkCreate, createBody, emptyChargeValues } from './chargeForm';
import type { Charge, Jurisdictions } from './types';

interface Props {
  caseId: string;
  doc: Jurisdictions;
  suspects: Option[];
  /** Preselected: the case's jurisdiction. */
  jurisdiction: string;
  onCreated: (c: Charge) => void;
  onCancel: () => void;
}

/** Container: proposes a charge. One idempotency key per form: a retried submit adds one charge. */
export function ChargeCreate({ caseId, doc, suspects, jurisdiction, onCreated, onCancel }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const submit = (values: FormValues) => {
    const problem = checkCreate(values);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    createCharge(caseId, createBody(values), key).then(onCreated, (err: unknown) => {
      setError(err);
      setBusy(false);
    });
  };
  return (
    <section className="stack-gap card">
      <h3>{t('prosecution.create.title')}</h3>
      <ChargeForm doc={doc} suspects={suspects} initial={emptyChargeValues(jurisdiction)} busy={busy} error={error} onSubmit={submit} onCancel={onCancel} />
    </section>
  );
}
