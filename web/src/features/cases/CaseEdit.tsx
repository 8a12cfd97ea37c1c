import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import type { FormValues } from '../../forms';
import { getCase, patchCase } from './api';
import { CaseForm } from './CaseForm';
import { caseFields, missingRequired, patchBody, valuesFromCase } from './caseForm';

/** Container: edits a case with PATCH + version; a 409 offers to reload the newer version. */
export function CaseEdit({ id }: { id: string }) {
  const { t } = useI18n();
  const loaded = useLoad(() => getCase(id), [id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const c = loaded.data;

  if (loaded.error) return <ProblemAlert error={loaded.error} />;
  if (!c) return <p className="loading">{t('app.loading')}</p>;

  const fields = caseFields(c);
  const conflict = error instanceof ApiError && error.code === 'version_conflict';
  const reload = () => {
    setError(null);
    loaded.reload();
  };
  const submit = (values: FormValues) => {
    const missing = missingRequired(fields, values);
    if (missing) {
      setError(new ApiError({ status: 422, code: 'required', field: missing }));
      return;
    }
    setBusy(true);
    setError(null);
    patchCase(id, patchBody(c, values)).then(
      (saved) => navigate(`/cases/${saved.id}`),
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  const notice = conflict && (
    <div className="alert alert-warning" role="alert" data-testid="version-conflict">
      <p>{t('case.messages.version_conflict')}</p>
      <button type="button" onClick={reload} data-testid="case-reload">
        {t('buttons.reload')}
      </button>
    </div>
  );

  return (
    <section className="page">
      <h1>{t('case.edit.title', { reference: c.reference })}</h1>
      <CaseForm
        key={`${c.id}:${c.version}`}
        fields={fields}
        initial={valuesFromCase(c)}
        busy={busy}
        error={conflict ? null : error}
        submitKey="buttons.save"
        onSubmit={submit}
        onCancel={() => navigate(`/cases/${id}`)}
        notice={notice}
      />
    </section>
  );
}
