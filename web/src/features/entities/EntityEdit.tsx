import { useState } from 'react';
import { ApiError } from '../../shared/api';
import { useI18n } from '../../shared/useI18n';
import { patchEntity } from './api';
import { EntityForm } from './EntityForm';
import { missingRequired, patchBody, requiredProblem, valuesFromEntity } from './entityForm';
import type { PropValues } from './entityForm';
import type { Entity, EntitySchemaDoc } from './types';

interface Props {
  e: Entity;
  doc: EntitySchemaDoc;
  records: Entity[];
  onSaved: (e: Entity) => void;
  onCancel: () => void;
  /** Loads the newest version after a 409. */
  onReload: () => void;
}

/** Container: edits a record with PATCH + version, sending only the properties that changed. */
export function EntityEdit({ e, doc, records, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const def = doc.schemata[e.schema];
  const conflict = error instanceof ApiError && error.code === 'version_conflict';

  const submit = (values: PropValues, source: string, grade: string) => {
    const missing = def && missingRequired(def, values, true);
    if (missing) {
      setError(requiredProblem(missing));
      return;
    }
    const body = patchBody(e, values, source, grade);
    if (Object.keys(body.properties).length === 0) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    patchEntity(e.case_id, e.id, body).then(
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
      <p>{t('entities.page.version_conflict')}</p>
      <button type="button" onClick={reload} data-testid="entity-reload">
        {t('buttons.reload')}
      </button>
    </div>
  );
  return (
    <section className="stack-gap card">
      <h3>{t('entities.edit.title')}</h3>
      <EntityForm
        key={`${e.id}:${e.version}`}
        doc={doc}
        schema={e.schema}
        records={records}
        initial={valuesFromEntity(e)}
        busy={busy}
        error={conflict ? null : error}
        submitKey="buttons.save"
        onSubmit={submit}
        onCancel={onCancel}
        testId="entity-edit-form"
        selfId={e.id}
        notice={notice}
      />
    </section>
  );
}
