import { useState } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link, navigate, useSearch } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { createFile } from './api';
import { FileForm } from './FileForm';
import { checkFile, fileBody, prefillFile } from './fileForm';
import type { FileValues } from './fileForm';
import { jurisdictionCountries, loadJurisdictions } from './jurisdictions';

/**
 * Container: a new protection file, with or without a case. Opened from a case's protection tab
 * the address carries the case and the person (`?case_id=&entity_id=&name=`).
 */
export function ProtectionCreate() {
  const { t } = useI18n();
  const { user } = useSession();
  const search = useSearch();
  const doc = useLoad(loadJurisdictions, []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  if (doc.error) return <ProblemAlert error={doc.error} />;
  if (!doc.data) return <p className="loading">{t('app.loading')}</p>;
  const countries = jurisdictionCountries(doc.data);
  const own = user?.unit?.country && countries.includes(user.unit.country) ? user.unit.country : '';
  const initial = prefillFile(search, own);
  const back = initial.case_id ? `/cases/${initial.case_id}/protection` : '/protection';
  const submit = (v: FileValues) => {
    const problem = checkFile(v);
    setError(problem);
    if (problem) return;
    setBusy(true);
    createFile(fileBody(v), key).then(
      (f) => navigate(`/protection/${f.id}`),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };
  return (
    <section className="page" data-testid="protection-new-page">
      <p className="muted case-ref">
        <Link to={back}>{initial.case_id ? t('protection.new.back_to_case') : t('protection.list.title')}</Link>
      </p>
      <h1>{t('protection.new.title')}</h1>
      <FileForm key={search} initial={initial} jurisdictions={countries} busy={busy} error={error} onSubmit={submit} onCancel={() => navigate(back)} />
    </section>
  );
}
