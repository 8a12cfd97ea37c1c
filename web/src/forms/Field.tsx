import { useI18n } from '../shared/useI18n';
import { useReference } from '../shared/reference';
import { CheckboxGroup, SelectInput, TextInput } from './inputs';
import type { FieldDef, FieldValue, Option } from './types';

interface Props {
  def: FieldDef;
  value: FieldValue | undefined;
  onChange: (name: string, value: FieldValue) => void;
  /** Explicit options (e.g. units); otherwise taken from the lookup named in `def`. */
  options?: Option[];
  idPrefix?: string;
}

function RestrictedBadge() {
  const { t } = useI18n();
  return (
    <span className="badge badge-restricted" title={t('forms.restricted_help')}>
      {t('forms.restricted')}
    </span>
  );
}

export function Field({ def, value, onChange, options, idPrefix = 'f' }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const id = `${idPrefix}-${def.name}`;
  const helpId = def.helpKey ? `${id}-help` : undefined;
  const set = (v: FieldValue) => onChange(def.name, v);
  const opts = options ?? (def.lookup ? lookups[def.lookup].map((o) => ({ id: o.id, text: label(o.label, o.id) })) : []);
  const help = def.helpKey && <small id={helpId} className="help">{t(def.helpKey)}</small>;

  if (def.type === 'checkbox') {
    return (
      <div className="field field-checkbox">
        <label htmlFor={id} className="check">
          <input id={id} type="checkbox" name={def.name} checked={value === true} data-testid={def.testId} aria-describedby={helpId} onChange={(e) => set(e.target.checked)} />
          <span>{t(def.labelKey)}</span>
          {def.restricted && <RestrictedBadge />}
        </label>
        {help}
      </div>
    );
  }

  if (def.type === 'multi') {
    return (
      <fieldset className={`field field-multi${def.restricted ? ' restricted' : ''}`}>
        <legend>
          {t(def.labelKey)} {def.restricted && <RestrictedBadge />}
        </legend>
        <CheckboxGroup def={def} id={id} value={Array.isArray(value) ? value : []} options={opts} onChange={set} />
        {help}
      </fieldset>
    );
  }

  const text = typeof value === 'string' ? value : '';
  return (
    <div className={`field${def.restricted ? ' restricted' : ''}`}>
      <label htmlFor={id}>
        {t(def.labelKey)}
        {def.required && <span className="required" aria-hidden="true"> *</span>}
        {def.restricted && <RestrictedBadge />}
      </label>
      {def.type === 'select' ? (
        <SelectInput def={def} id={id} describedBy={helpId} value={text} options={opts} emptyText={t('forms.choose')} onChange={set} />
      ) : (
        <TextInput def={def} id={id} describedBy={helpId} value={text} onChange={set} />
      )}
      {help}
    </div>
  );
}
