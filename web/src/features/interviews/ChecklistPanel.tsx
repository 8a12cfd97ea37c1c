import { useI18n } from '../../shared/useI18n';
import { CHECKLIST } from './checklist';

interface Props {
  ticked: string[];
  /** Absent when the user may not change the interview: the boxes are shown, not editable. */
  onToggle?: (id: string, on: boolean) => void;
  busy: boolean;
}

/** The SOP's Annex A checklist, in its groups; each tick is saved as it is made. */
export function ChecklistPanel({ ticked, onToggle, busy }: Props) {
  const { t, label } = useI18n();
  const done = CHECKLIST.reduce((n, g) => n + g.items.filter((i) => ticked.includes(i.id)).length, 0);
  const all = CHECKLIST.reduce((n, g) => n + g.items.length, 0);
  return (
    <div className="stack-gap" data-testid="interview-checklist">
      <p className="muted">{t('interviews.checklist.progress', { done, all })}</p>
      {CHECKLIST.map((g) => (
        <fieldset key={g.id} className="field checklist-group" data-group={g.id}>
          <legend>{label(g.label, g.id)}</legend>
          {g.items.map((item) => (
            <label key={item.id} className="check">
              <input
                type="checkbox"
                value={item.id}
                checked={ticked.includes(item.id)}
                disabled={!onToggle || busy}
                data-testid="checklist-item"
                data-item={item.id}
                onChange={(e) => onToggle?.(item.id, e.target.checked)}
              />
              <span>{label(item.label, item.id)}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
