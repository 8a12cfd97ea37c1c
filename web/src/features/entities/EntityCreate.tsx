import { useState } from 'react';
import { newIdempotencyKey } from '../../shared/api';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createEntity } from './api';
import { EntityForm } from './EntityForm';
import { SchemaOptions } from './SchemaOptions';
import { peoplePath, recordPath } from './display';
import { createBody, initialValues, missingRequired, requiredProblem } from './entityForm';
import type { PropValues } from './entityForm';
import type { Entity, EntitySchemaDoc } from './types';

interface Props {
  caseId: string;
  doc: EntitySchemaDoc;
  records: Entity[];
  /** Told after the record is created (the tab reloads its record pickers). */
  onCreated?: () => void;
  /** The address's query: `?schema=Event&eventType=hearing` preselects the type and values. */
  search?: string;
}

function firstSchema(doc: EntitySchemaDoc, wanted: string | null): string {
  if (wanted && wanted in doc.schemata) return wanted;
  return 'Person' in doc.schemata ? 'Person' : Object.keys(doc.schemata)[0] ?? '';
}

/** Container: "Add record". One idempotency key per form, so a retried submit creates one record. */
export function EntityCreate({ caseId, doc, records, onCreated, search = '' }: Props) {
  const { t } = useI18n();
  const params = new URLSearchParams(search);
  const [schema, setSchema] = useState(() => firstSchema(doc, params.get('schema')));
  const [initial] = useState(() => initialValues(doc.schemata[schema], params));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const def = doc.schemata[schema];

  const changeSchema = (next: string) => {
    setSchema(next);
    setError(null);
  };
  const submit = (values: PropValues, source: string, grade: string) => {
    const missing = def && missingRequired(def, values);
    if (missing) {
      setError(requiredProblem(missing));
      return;
    }
    setBusy(true);
    setError(null);
    createEntity(caseId, createBody(schema, values, source, grade), key).then(
      (e) => {
        onCreated?.();
        navigate(recordPath(caseId, e.id));
      },
      (err: unknown) => {
        setError(err);
        setBusy(false);
      },
    );
  };

  return (
    <section className="stack-gap card">
      <h2>{t('entities.create.title')}</h2>
      <EntityForm
        key={schema}
        doc={doc}
        schema={schema}
        records={records}
        initial={schema === params.get('schema') ? initial : {}}
        busy={busy}
        error={error}
        submitKey="buttons.create"
        onSubmit={submit}
        onCancel={() => navigate(peoplePath(caseId))}
        testId="entity-create"
      >
        <div className="field">
          <label htmlFor="entity-schema">{t('entities.fields.schema')}</label>
          <select id="entity-schema" value={schema} data-testid="entity-schema" onChange={(e) => changeSchema(e.target.value)}>
            <SchemaOptions doc={doc} />
          </select>
        </div>
      </EntityForm>
    </section>
  );
}
