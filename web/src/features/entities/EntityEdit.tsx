import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
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
  const { busy, formError, conflict, setError, save, reload } = useVersionedSave<Entity>(onSaved, onReload);
  const def = doc.schemata[e.schema];

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
    save(() => patchEntity(e.case_id, e.id, body));
  };
  const notice = conflict && <VersionConflict messageKey="entities.page.version_conflict" reloadTestId="entity-reload" onReload={reload} />;
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
        error={formError}
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
