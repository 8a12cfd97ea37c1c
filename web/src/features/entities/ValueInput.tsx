import { useI18n } from '../../shared/useI18n';
import type { Option } from '../../forms';
import { GENDER_KEYS } from './display';
import type { PropertyDef } from './types';

interface Props {
  def: PropertyDef;
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The choices of `entity` (records of the case), `country` and lookup properties. */
  options: Option[];
  invalid: boolean;
  ariaLabel?: string;
  describedBy?: string;
  testId: string;
}

/** One value of one property, its input chosen by the property type. */
export function ValueInput({ def, id, value, onChange, options, invalid, ariaLabel, describedBy, testId }: Props) {
  const { t } = useI18n();
  const common = {
    id,
    value,
    'aria-label': ariaLabel,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'data-testid': testId,
  };
  if (def.type === 'entity' || def.type === 'country' || def.type === 'gender' || def.lookup) {
    const opts = def.type === 'gender' ? Object.entries(GENDER_KEYS).map(([g, key]) => ({ id: g, text: t(key) })) : options;
    // A value that is no longer among the choices (a deleted record) stays visible and kept.
    const all = value && !opts.some((o) => o.id === value) ? [...opts, { id: value, text: value }] : opts;
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('forms.choose')}</option>
        {all.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text}
          </option>
        ))}
      </select>
    );
  }
  if (def.type === 'text') {
    return <textarea rows={3} {...common} onChange={(e) => onChange(e.target.value)} />;
  }
  const type = def.type === 'phone' ? 'tel' : def.type === 'email' ? 'email' : def.type === 'url' ? 'url' : 'text';
  const upper = def.type === 'iban' || def.type === 'identifier';
  const prose = def.type === 'name' || def.type === 'string' || def.type === 'address';
  return (
    <input
      type={type}
      autoComplete="off"
      spellCheck={prose ? undefined : false}
      autoCapitalize={upper ? 'characters' : undefined}
      inputMode={def.type === 'number' ? 'decimal' : undefined}
      placeholder={def.type === 'date' ? t('entities.form.date_placeholder') : undefined}
      {...common}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
