import { useI18n } from '../../shared/useI18n';
import type { Indicator, Mark } from './types';

interface Props {
  indicator: Indicator;
  mark: Mark | undefined;
  onChange: (mark: Mark) => void;
}

/** One indicator: observed or not, and a note of what was seen. */
export function IndicatorRow({ indicator, mark, onChange }: Props) {
  const { t, label } = useI18n();
  const value = mark ?? { checked: false, note: '' };
  const id = `screening-${indicator.id}`;
  return (
    <li className={value.checked ? 'screening-indicator observed' : 'screening-indicator'}>
      <label className="check screening-indicator-main" htmlFor={id}>
        <input id={id} type="checkbox" checked={value.checked} data-testid={`screening-indicator-${indicator.id}`} onChange={(e) => onChange({ ...value, checked: e.target.checked })} />
        <span>
          {label(indicator.text, indicator.id)}
          {indicator.direct && <span className="badge badge-direct">{t('screening.direct')}</span>}
        </span>
      </label>
      <input
        className="screening-indicator-note"
        value={value.note}
        maxLength={2000}
        placeholder={t('screening.note_placeholder')}
        aria-label={t('screening.note_for', { indicator: label(indicator.text, indicator.id) })}
        data-testid={`screening-note-${indicator.id}`}
        onChange={(e) => onChange({ ...value, note: e.target.value })}
      />
    </li>
  );
}
