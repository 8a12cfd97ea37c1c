import { useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { ColumnSelect } from './ColumnSelect';
import { COLUMNS, DURATION_FORMAT_KEYS, DURATION_FORMATS, REQUIRED, TIME_FORMAT_KEYS, TIME_FORMATS } from './mappingForm';
import type { MappingValues } from './mappingForm';
import type { DurationFormat, TimeFormat } from './types';

interface Props {
  values: MappingValues;
  headers: string[];
  /** The last refusal: a 422 naming `mapping.columns.<field>` marks that select. */
  error: unknown;
  onChange: (v: MappingValues) => void;
}

const DELIMITER_KEYS: Record<string, string> = {
  '': 'imports.delimiters.auto',
  ',': 'imports.delimiters.comma',
  ';': 'imports.delimiters.semicolon',
  '\t': 'imports.delimiters.tab',
  '|': 'imports.delimiters.pipe',
};

/** The column form: a select per field offering the file's header names, then how to read the values. */
export function MappingColumns({ values, headers, error, onChange }: Props) {
  const { t } = useI18n();
  const errorFor = useFieldError(error);
  const set = <K extends keyof MappingValues>(k: K, v: MappingValues[K]) => onChange({ ...values, [k]: v });
  const calls = values.kind === 'calls';
  return (
    <fieldset className="field" data-testid="import-columns">
      <legend>{t('imports.columns.title')}</legend>
      {headers.length === 0 && <p className="help">{t('imports.no_header')}</p>}
      <div className="form-grid import-grid">
        {COLUMNS[values.kind].map((c) => (
          <ColumnSelect
            key={c}
            column={c}
            value={values.columns[c] ?? ''}
            headers={headers}
            required={REQUIRED[values.kind].includes(c)}
            error={errorFor(`mapping.columns.${c}`)}
            onChange={(h) => set('columns', { ...values.columns, [c]: h })}
          />
        ))}
        <label className="field">
          <span>{calls ? t('imports.fields.time_format') : t('imports.fields.date_format')}</span>
          <select value={values.time_format} onChange={(e) => set('time_format', e.target.value as TimeFormat)} data-testid="import-time-format">
            {TIME_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(TIME_FORMAT_KEYS[f])}
              </option>
            ))}
          </select>
          {errorFor('mapping.time_format') && <span className="field-error">{errorFor('mapping.time_format')}</span>}
        </label>
        {calls && (
          <label className="field">
            <span>{t('imports.fields.duration_format')}</span>
            <select value={values.duration_format} onChange={(e) => set('duration_format', e.target.value as DurationFormat)} data-testid="import-duration-format">
              {DURATION_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(DURATION_FORMAT_KEYS[f])}
                </option>
              ))}
            </select>
          </label>
        )}
        {calls && (
          <label className="field">
            <span>{t('imports.fields.region')}</span>
            <input value={values.region} maxLength={2} onChange={(e) => set('region', e.target.value)} data-testid="import-region" />
            <span className="help">{t('imports.fields.region_help')}</span>
          </label>
        )}
        {!calls && (
          <label className="field">
            <span>{t('imports.fields.decimal')}</span>
            <select value={values.decimal} onChange={(e) => set('decimal', e.target.value === ',' ? ',' : '.')} data-testid="import-decimal">
              <option value=".">{t('imports.fields.decimal_point')}</option>
              <option value=",">{t('imports.fields.decimal_comma')}</option>
            </select>
          </label>
        )}
        {!calls && (
          <label className="field">
            <span>{t('imports.fields.currency')}</span>
            <input value={values.currency} maxLength={3} onChange={(e) => set('currency', e.target.value)} data-testid="import-currency" />
            <span className="help">{t('imports.fields.currency_help')}</span>
          </label>
        )}
        <label className="field">
          <span>{t('imports.fields.encoding')}</span>
          <select value={values.encoding} onChange={(e) => set('encoding', e.target.value === 'windows-1251' ? 'windows-1251' : 'utf-8')} data-testid="import-encoding">
            <option value="utf-8">{t('imports.fields.utf8')}</option>
            <option value="windows-1251">{t('imports.fields.cp1251')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('imports.fields.delimiter')}</span>
          <select value={values.delimiter} onChange={(e) => set('delimiter', e.target.value)} data-testid="import-delimiter">
            {Object.entries(DELIMITER_KEYS).map(([d, key]) => (
              <option key={key} value={d}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
