import { useLocalText } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { toggleId } from '../../shared/toggle';
import { APPLIES_TO_KEYS } from './screening';
import type { IndicatorSetSummary } from './types';

interface Props {
  sets: IndicatorSetSummary[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** The indicator sets to screen with: one checkbox each, with what it covers and whom it fits. */
export function SetPicker({ sets, chosen, onChange }: Props) {
  const { t, label } = useI18n();
  const text = useLocalText();
  return (
    <fieldset className="field field-multi screening-sets">
      <legend>{t('screening.sets')}</legend>
      {sets.length === 0 && <p className="muted">{t('screening.no_sets')}</p>}
      {sets.map((s) => (
        <label key={s.id} className="check screening-set">
          <input type="checkbox" checked={chosen.includes(s.id)} data-testid={`screening-set-${s.id}`} onChange={(e) => onChange(toggleId(chosen, s.id, e.target.checked))} />
          <span className="screening-set-text">
            <strong>{label(s.label, s.id)}</strong>
            {APPLIES_TO_KEYS[s.applies_to] && s.applies_to !== 'any' && <span className="badge badge-kind">{t(APPLIES_TO_KEYS[s.applies_to])}</span>}
            <small className="muted"> · {t('screening.indicator_count', { count: s.count })}</small>
            {s.description && <small className="muted screening-set-description">{text(s.description)}</small>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
