import { useI18n } from '../../shared/useI18n';
import type { Option } from '../../forms';
import { ValueInput } from './ValueInput';
import type { PropertyDef } from './types';

interface Props {
  name: string;
  def: PropertyDef;
  values: string[];
  onChange: (name: string, values: string[]) => void;
  options: Option[];
  required: boolean;
  restricted: boolean;
  /** The translated problem when the server named this property (`properties.<name>`). */
  errorText?: string;
}

/** Every value of one property: one input each, "+ add another value", and remove for extras. */
export function PropertyInput({ name, def, values, onChange, options, required, restricted, errorText }: Props) {
  const { t, label } = useI18n();
  const text = label(def.label, name);
  const id = `entity-${name}`;
  const errorId = errorText ? `${id}-error` : undefined;
  const list = values.length > 0 ? values : [''];
  const set = (i: number, v: string) => onChange(name, list.map((old, j) => (j === i ? v : old)));
  const remove = (i: number) => onChange(name, list.filter((_, j) => j !== i));
  return (
    <div className={`field field-values${errorText ? ' invalid' : ''}${restricted ? ' restricted' : ''}`} data-field={name}>
      <label htmlFor={`${id}-0`}>
        {text}
        {required && <span className="required" aria-hidden="true"> *</span>}
        {restricted && (
          <span className="badge badge-restricted" title={t('forms.restricted_help')}>
            {t('forms.restricted')}
          </span>
        )}
      </label>
      {list.map((v, i) => (
        <div key={i} className="value-row">
          <ValueInput
            def={def}
            id={`${id}-${i}`}
            value={v}
            onChange={(next) => set(i, next)}
            options={options}
            invalid={Boolean(errorText)}
            ariaLabel={i > 0 ? `${text} (${i + 1})` : undefined}
            describedBy={errorId}
            testId={`entity-prop-${name}`}
          />
          {list.length > 1 && (
            <button type="button" className="value-remove" aria-label={t('entities.form.remove_value')} title={t('entities.form.remove_value')} onClick={() => remove(i)}>
              ×
            </button>
          )}
        </div>
      ))}
      {errorText && (
        <small id={errorId} className="field-error">
          {errorText}
        </small>
      )}
      <button type="button" className="link-button add-value" data-testid={`entity-prop-${name}-add`} onClick={() => onChange(name, [...list, ''])}>
        {t('entities.form.add_value')}
      </button>
    </div>
  );
}
