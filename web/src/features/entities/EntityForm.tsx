import { useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Option } from '../../forms';
import { problemOf, ProblemAlert } from '../../shared/ProblemAlert';
import { isLookupName, useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { PropertyInput } from './PropertyInput';
import { ProvenanceFields } from './ProvenanceFields';
import { useCaptionText, usePropertyLabel, useSchemaLabel } from './display';
import { cleanValues, formProperties, problemProperty } from './entityForm';
import type { PropValues } from './entityForm';
import { alwaysRestricted } from './schema';
import type { Entity, EntitySchemaDoc } from './types';

interface Props {
  doc: EntitySchemaDoc;
  schema: string;
  /** The case's records, offered for entity-typed properties whose range holds their schema. */
  records: Entity[];
  initial: PropValues;
  busy: boolean;
  error: unknown;
  submitKey: string;
  onSubmit: (values: PropValues, source: string, grade: string) => void;
  onCancel: () => void;
  testId: string;
  /** The record being edited: never offered as a link to itself. */
  selfId?: string;
  /** Shown first inside the form (the schema select of the create form). */
  children?: ReactNode;
  /** Shown above the buttons, e.g. the version-conflict notice. */
  notice?: ReactNode;
}

/** Presentational record form built from the schema; remount it (change `key`) to start again. */
export function EntityForm({ doc, schema, records, initial, busy, error, submitKey, onSubmit, onCancel, testId, selfId, children, notice }: Props) {
  const { t, label, has } = useI18n();
  const { lookups } = useReference();
  const caption = useCaptionText();
  const schemaLabel = useSchemaLabel(doc);
  const propLabel = usePropertyLabel(doc, schema);
  const [values, setValues] = useState<PropValues>(initial);
  const [source, setSource] = useState('');
  const [grade, setGrade] = useState('');
  const [showAll, setShowAll] = useState(false);
  const def = doc.schemata[schema];
  const restricted = useMemo(() => alwaysRestricted(doc), [doc]);
  const countries = useMemo<Option[]>(() => lookups.countries.map((o) => ({ id: o.id, text: label(o.label, o.id) })), [lookups, label]);
  if (!def) return null;

  const { main, rest } = formProperties(schema, def);
  const badProp = problemProperty(error);
  const problem = error ? problemOf(error) : null;
  const problemText = problem && (has(`errors.${problem.code}`) ? t(`errors.${problem.code}`) : t('errors.unknown'));
  const hasValues = (p: string) => cleanValues(values[p]).length > 0;
  const shown = [...main, ...rest.filter((p) => showAll || hasValues(p) || p === badProp)];

  const optionsFor = (prop: string): Option[] => {
    const p = def.properties[prop];
    if (isLookupName(p.lookup)) return lookups[p.lookup].map((o) => ({ id: o.id, text: label(o.label, o.id) }));
    if (p.type === 'country') return countries;
    if (p.type !== 'entity') return [];
    return records
      .filter((r) => r.id !== selfId && (p.range ?? []).includes(r.schema))
      .map((r) => ({ id: r.id, text: `${caption(r)} — ${schemaLabel(r.schema)}` }));
  };
  const change = (name: string, list: string[]) => setValues((v) => ({ ...v, [name]: list }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values, source, grade);
  };
  const fieldLabel = (field: string) => (field.startsWith('properties.') ? propLabel(field.slice('properties.'.length)) : undefined);

  return (
    <form className="entity-form stack-gap" onSubmit={submit} noValidate data-testid={testId}>
      {children}
      <div className="form-grid">
        {shown.map((name) => (
          <PropertyInput
            key={name}
            name={name}
            def={def.properties[name]}
            values={values[name] ?? []}
            onChange={change}
            options={optionsFor(name)}
            required={def.required.includes(name)}
            restricted={restricted.has(name)}
            errorText={name === badProp && problemText ? problemText : undefined}
          />
        ))}
      </div>
      {rest.length > 0 && (
        <button type="button" className="link-button" aria-expanded={showAll} data-testid="entity-all-properties" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('entities.form.fewer_properties') : t('entities.form.all_properties')}
        </button>
      )}
      <ProvenanceFields source={source} grade={grade} onSource={setSource} onGrade={setGrade} invalidField={problem?.field} />
      <ProblemAlert error={error} fieldPrefix="entities.fields" fieldLabel={fieldLabel} />
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="entity-save">
          {t(submitKey)}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
