import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { ELEMENT_GROUP_KEYS } from './display';
import type { ElementGroup } from './display';
import type { ElementValue } from './legalForm';

interface Props {
  group: ElementGroup;
  items: RefItem[];
  values: Record<string, ElementValue>;
  onChange: (values: Record<string, ElementValue>) => void;
}

/** One group of elements (acts, means or purposes): each a checkbox and its evidence references. */
export function LegalElementChecks({ group, items, values, onChange }: Props) {
  const { t, label } = useI18n();
  const set = (id: string, v: Partial<ElementValue>) => onChange({ ...values, [id]: { ...(values[id] ?? { on: false, evidence: '' }), ...v } });
  return (
    <fieldset className="field field-multi legal-elements" data-testid={`legal-${group}`}>
      <legend>{t(ELEMENT_GROUP_KEYS[group])}</legend>
      <ul className="legal-element-list">
        {items.map((i) => {
          const v = values[i.id] ?? { on: false, evidence: '' };
          const name = label(i.label, i.id);
          return (
            <li key={i.id} className={v.on ? 'legal-element on' : 'legal-element'}>
              <label className="check">
                <input type="checkbox" checked={v.on} data-testid={`legal-${group}-${i.id}`} onChange={(e) => set(i.id, { on: e.target.checked })} />
                <span>{name}</span>
              </label>
              <input
                value={v.evidence}
                maxLength={2000}
                placeholder={t('legal.evidence_placeholder')}
                aria-label={t('legal.evidence_for', { element: name })}
                data-testid={`legal-${group}-evidence-${i.id}`}
                onChange={(e) => set(i.id, { evidence: e.target.value })}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
