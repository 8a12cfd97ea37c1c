import { VALUE_KEYS } from '../../shared/assessmentValues';
import { useI18n } from '../../shared/useI18n';
import type { AssessmentItem } from './types';

interface Props {
  id: string;
  /** Test ids: `<prefix>-<id>` (the value) and `<prefix>-note-<id>`. */
  testPrefix: string;
  text: string;
  description?: string;
  values: readonly string[];
  /** An empty choice: the item is not assessed and is left out. */
  allowEmpty: boolean;
  item: AssessmentItem | undefined;
  onChange: (item: AssessmentItem) => void;
}

/** One item of an assessment: its value from a fixed list and a note. */
export function ItemValueRow({ id, testPrefix, text, description, values, allowEmpty, item, onChange }: Props) {
  const { t } = useI18n();
  const value = item ?? { value: '', note: '' };
  const selectId = `${testPrefix}-${id}`;
  return (
    <li className="assessment-row">
      <label htmlFor={selectId} className="assessment-row-label">
        {text}
        {description && <small className="muted">{description}</small>}
      </label>
      <div className="assessment-row-inputs">
        <select id={selectId} value={value.value} data-testid={selectId} onChange={(e) => onChange({ ...value, value: e.target.value })}>
          {allowEmpty && <option value="">{t('assessment.not_assessed')}</option>}
          {values.map((v) => (
            <option key={v} value={v}>
              {t(VALUE_KEYS[v])}
            </option>
          ))}
        </select>
        <input value={value.note ?? ''} maxLength={2000} placeholder={t('assessment.note_placeholder')} aria-label={t('assessment.note_for', { item: text })} data-testid={`${testPrefix}-note-${id}`} onChange={(e) => onChange({ ...value, note: e.target.value })} />
      </div>
    </li>
  );
}
