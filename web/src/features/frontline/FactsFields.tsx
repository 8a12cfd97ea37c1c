import { COUNTRY_ROLE_KEYS, COUNTRY_ROLES } from '../../shared/intelligence';
import type { Facts, FactCountry, GradingDoc } from '../../shared/intelligence';
import { useReference } from '../../shared/reference';
import { toggleId } from '../../shared/toggle';
import { useI18n } from '../../shared/useI18n';

interface Props {
  doc: GradingDoc | undefined;
  value: Facts;
  /** Applied by the caller to its newest facts (two quick changes never undo each other). */
  onChange: (update: (f: Facts) => Facts) => void;
}

/** ISO alpha-2 countries of the lookups (the catch-all "other" is no country). */
export const isoCountry = (id: string) => /^[A-Z]{2}$/.test(id);

/**
 * The report's structured facts: forms of exploitation (the case form's lookups), countries each
 * with its role on the route, and the modus operandi from the grading document.
 */
export function FactsFields({ doc, value, onChange }: Props) {
  const { t, label } = useI18n();
  const { lookups } = useReference();
  const countries = lookups.countries.filter((c) => isoCountry(c.id));
  const setCountry = (i: number, patch: Partial<FactCountry>) => onChange((f) => ({ ...f, countries: f.countries.map((old, j) => (j === i ? { ...old, ...patch } : old)) }));
  const addCountry = () => onChange((f) => ({ ...f, countries: [...f.countries, { code: '', role: f.countries.length === 0 ? 'origin' : 'destination' }] }));
  const removeCountry = (i: number) => onChange((f) => ({ ...f, countries: f.countries.filter((_, j) => j !== i) }));
  return (
    <div className="stack-gap" data-testid="report-facts">
      <fieldset className="field field-multi">
        <legend>{t('intelligence.facts.exploitation_forms')}</legend>
        <div className="checks">
          {lookups.forms_of_exploitation.map((o) => (
            <label key={o.id} className="check big-check">
              <input
                type="checkbox"
                checked={value.exploitation_forms.includes(o.id)}
                data-testid={`fact-form-${o.id}`}
                onChange={(e) => {
                  const on = e.target.checked;
                  onChange((f) => ({ ...f, exploitation_forms: toggleId(f.exploitation_forms, o.id, on) }));
                }}
              />
              <span>{label(o.label, o.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('intelligence.facts.countries')}</legend>
        {value.countries.length === 0 && <p className="muted">{t('intelligence.facts.no_countries')}</p>}
        <ul className="fact-countries">
          {value.countries.map((c, i) => (
            <li key={i} className="fact-country" data-testid="fact-country-row">
              <div className="field">
                <label htmlFor={`fact-country-${i}`}>{t('intelligence.facts.country')}</label>
                <select id={`fact-country-${i}`} value={c.code} data-testid={`fact-country-${i}`} onChange={(e) => setCountry(i, { code: e.target.value })}>
                  <option value="">{t('forms.choose')}</option>
                  {c.code && !countries.some((x) => x.id === c.code) && <option value={c.code}>{c.code}</option>}
                  {countries.map((o) => (
                    <option key={o.id} value={o.id}>
                      {label(o.label, o.id)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`fact-country-role-${i}`}>{t('intelligence.facts.role_label')}</label>
                <select id={`fact-country-role-${i}`} value={c.role} data-testid={`fact-country-role-${i}`} onChange={(e) => setCountry(i, { role: e.target.value })}>
                  {COUNTRY_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(COUNTRY_ROLE_KEYS[r])}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="danger" data-testid={`fact-country-remove-${i}`} onClick={() => removeCountry(i)}>
                {t('buttons.remove')}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="add-value big-touch" data-testid="fact-country-add" onClick={addCountry}>
          {t('intelligence.facts.add_country')}
        </button>
      </fieldset>
      <fieldset className="field field-multi">
        <legend>{t('intelligence.facts.modus')}</legend>
        <div className="checks">
          {(doc?.modus_operandi ?? []).map((m) => (
            <label key={m.id} className="check big-check">
              <input type="checkbox" checked={value.modus.includes(m.id)} data-testid={`fact-modus-${m.id}`} onChange={(e) => {
                const on = e.target.checked;
                onChange((f) => ({ ...f, modus: toggleId(f.modus, m.id, on) }));
              }} />
              <span>{label(m.label, m.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
