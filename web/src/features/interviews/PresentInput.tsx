import type { Option } from '../../forms';
import { useReference } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { EMPTY_ROW } from './interviewForm';
import type { PresentRow } from './interviewForm';

interface Props {
  rows: PresentRow[];
  onChange: (rows: PresentRow[]) => void;
  /** The case's people, for a participant who has a record. */
  people: Option[];
  /** The translated problem when the server (or the check before sending) named `present`. */
  errorText?: string;
}

/** Who was present: one row each — role, name and optionally the person's record. */
export function PresentInput({ rows, onChange, people, errorText }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const list = rows.length > 0 ? rows : [EMPTY_ROW];
  const set = (i: number, patch: Partial<PresentRow>) => onChange(list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const invalid = errorText ? true : undefined;
  return (
    <fieldset className={`field present-input${errorText ? ' invalid' : ''}`} data-field="present" data-testid="interview-present" aria-describedby={errorText ? 'interview-present-error' : undefined}>
      <legend>{t('interviews.fields.present')}</legend>
      {list.map((r, i) => (
        <div key={i} className="present-row">
          <select aria-label={`${t('interviews.present.role')} (${i + 1})`} value={r.role} aria-invalid={invalid} data-testid={`present-role-${i}`} onChange={(e) => set(i, { role: e.target.value })}>
            <option value="">{t('interviews.present.role')}</option>
            {lookups.interview_participants.map((o) => (
              <option key={o.id} value={o.id}>
                {label(o.label, o.id)}
              </option>
            ))}
          </select>
          <input aria-label={`${t('interviews.present.name')} (${i + 1})`} placeholder={t('interviews.present.name')} value={r.name} maxLength={200} autoComplete="off" aria-invalid={invalid} data-testid={`present-name-${i}`} onChange={(e) => set(i, { name: e.target.value })} />
          <select aria-label={`${t('interviews.present.record')} (${i + 1})`} value={r.entity_id} data-testid={`present-record-${i}`} onChange={(e) => set(i, { entity_id: e.target.value })}>
            <option value="">{t('interviews.present.no_record')}</option>
            {people.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text}
              </option>
            ))}
          </select>
          {list.length > 1 && (
            <button type="button" className="value-remove" aria-label={t('forms.remove_value')} title={t('forms.remove_value')} onClick={() => onChange(list.filter((_, j) => j !== i))}>
              ×
            </button>
          )}
        </div>
      ))}
      {errorText && (
        <small id="interview-present-error" className="field-error">
          {errorText}
        </small>
      )}
      <button type="button" className="link-button add-value" data-testid="present-add" onClick={() => onChange([...list, EMPTY_ROW])}>
        {t('interviews.present.add')}
      </button>
    </fieldset>
  );
}
