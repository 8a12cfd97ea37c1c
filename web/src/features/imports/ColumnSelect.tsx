import { useI18n } from '../../shared/useI18n';
import { COLUMN_KEYS } from './mappingForm';
import type { ColumnName } from './types';

interface Props {
  column: ColumnName;
  value: string;
  /** The file's header names; none read yet gives a text field. */
  headers: string[];
  required: boolean;
  error?: string;
  onChange: (header: string) => void;
}

/** Which column of the file holds one field. */
export function ColumnSelect({ column, value, headers, required, error, onChange }: Props) {
  const { t } = useI18n();
  const id = `import-col-${column}`;
  // A saved or guessed header the file does not have is still offered, so it shows and can be changed.
  const options = value && !headers.includes(value) ? [value, ...headers] : headers;
  return (
    <div className="field">
      <label htmlFor={id}>
        {t(COLUMN_KEYS[column])}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {headers.length > 0 ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={id} aria-invalid={error ? true : undefined} aria-required={required}>
          <option value="">{required ? t('forms.choose') : t('imports.column_none')}</option>
          {options.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={id} aria-invalid={error ? true : undefined} placeholder={t('imports.column_placeholder')} />
      )}
      {error && <span className="field-error">{error}</span>}
    </div>
  );
}
