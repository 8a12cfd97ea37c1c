import { useI18n } from '../shared/useI18n';
import { useReference } from '../shared/reference';
import { CheckboxGroup, ListInput, SelectInput, TextInput } from './inputs';
import type { FieldDef, FieldValue, Option } from './types';

interface Props {
  def: FieldDef;
  value: FieldValue | undefined;
  onChange: (name: string, value: FieldValue) => void;
  /** Explicit options (e.g. units); otherwise taken from the lookup named in `def`. */
  options?: Option[];
  idPrefix?: string;
  /** The translated problem when the server (or a check before sending) named this field. */
  errorText?: string;
}

function RestrictedBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-restricted" title={t('forms.restricted_help')}>
      {t('forms.restricted')}
    </span>
  );
}

export function Field({ def, value, onChange, options, idPrefix = 'f', errorText }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const id = `${idPrefix}-${def.name}`;
  const helpId = def.helpKey ? `${id}-help` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const invalid = Boolean(errorText);
  const set = (v: FieldValue) => onChange(def.name, v);
  const opts = options ?? (def.lookup ? lookups[def.lookup].map((o) => ({ id: o.id, text: label(o.label, o.id) })) : []);
  const help = def.helpKey && <small id={helpId} className="help">{t(def.helpKey)}</small>;
  const error = errorText && <small id={errorId} className="field-error">{errorText}</small>;
  const invalidClass = invalid ? ' invalid' : '';

  if (def.type === 'checkbox') {
    return (
      <div className={`field field-checkbox${invalidClass}`} data-field={def.name}>
        <label htmlFor={id} className="check">
          <input id={id} type="checkbox" name={def.name} checked={value === true} data-testid={def.testId} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => set(e.target.checked)} />
          <span>{t(def.labelKey)}</span>
          {def.restricted && <RestrictedBadge />}
        </label>
        {help}
        {error}
      </div>
    );
  }

  if (def.type === 'multi') {
    return (
      <fieldset className={`field field-multi${def.restricted ? ' restricted' : ''}${invalidClass}`} data-field={def.name}>
        <legend>
          {t(def.labelKey)} {def.restricted && <RestrictedBadge />}
        </legend>
        <CheckboxGroup def={def} id={id} value={Array.isArray(value) ? value : []} options={opts} onChange={set} />
        {help}
        {error}
      </fieldset>
    );
  }

  const text = typeof value === 'string' ? value : '';
  return (
    <div className={`field${def.restricted ? ' restricted' : ''}${invalidClass}`} data-field={def.name}>
      <label htmlFor={id}>
        {t(def.labelKey)}
        {def.required && <span className="required" aria-hidden="true"> *</span>}
        {def.restricted && <RestrictedBadge />}
      </label>
      {def.type === 'select' ? (
        <SelectInput def={def} id={id} describedBy={describedBy} invalid={invalid} value={text} options={opts} emptyText={t('forms.choose')} onChange={set} />
      ) : def.type === 'list' ? (
        <ListInput def={def} id={id} describedBy={describedBy} invalid={invalid} value={Array.isArray(value) ? value : []} onChange={set} addText={t('forms.add_value')} removeText={t('forms.remove_value')} />
      ) : (
        <TextInput def={def} id={id} describedBy={describedBy} invalid={invalid} value={text} onChange={set} />
      )}
      {help}
      {error}
    </div>
  );
}
