import type { ReactNode } from 'react';
import type { Grade, Grading, GradingDoc, HandlingCode } from '../../shared/intelligence';
import { useI18n } from '../../shared/useI18n';

interface Props {
  doc: GradingDoc | undefined;
  value: Grading;
  /** A change of one grade, merged by the caller into its newest state. */
  onChange: (patch: Partial<Grading>) => void;
  /** Test ids and element ids: `<prefix>-source`, `<prefix>-intelligence`, `<prefix>-handling`. */
  idPrefix: string;
  /** Handling codes offered (an item: its report's and narrower); every code when left out. */
  handlingCodes?: HandlingCode[];
  disabled?: boolean;
  /** Field of a problem to mark invalid (`source`, `intelligence`, `handling`). */
  invalid?: string;
}

const option = (g: Grade | HandlingCode, text: string) => (
  <option key={g.code} value={g.code}>
    {g.code} — {text}
  </option>
);

/**
 * The 5×5×5 evaluation as three selects: the source (A–E), the intelligence (1–5) and its handling
 * (H1–H5), labelled from GET /intelligence/grading in the UI language.
 */
export function GradingSelects({ doc, value, onChange, idPrefix, handlingCodes, disabled, invalid }: Props) {
  const { t, label } = useI18n();
  const handling = handlingCodes ?? doc?.handling_codes ?? [];
  const known = (list: { code: string }[], code: string) => list.some((x) => x.code === code);
  const chosen = handling.find((h) => h.code === value.handling);
  const select = (key: keyof Grading, labelKey: string, options: (Grade | HandlingCode)[], help?: ReactNode) => {
    const id = `${idPrefix}-${key}`;
    return (
      <div className={`field${invalid === key ? ' invalid' : ''}`}>
        <label htmlFor={id}>{t(labelKey)}</label>
        <select id={id} value={value[key]} disabled={disabled} data-testid={id} onChange={(e) => onChange({ [key]: e.target.value })}>
          {!known(options, value[key]) && <option value={value[key]}>{value[key] || t('forms.choose')}</option>}
          {options.map((g) => option(g, label(g.label, g.code)))}
        </select>
        {help}
      </div>
    );
  };
  return (
    <div className="grading-selects">
      {select('source', 'intelligence.grading.source', doc?.source_grades ?? [])}
      {select('intelligence', 'intelligence.grading.intelligence', doc?.intelligence_grades ?? [])}
      {select(
        'handling',
        'intelligence.grading.handling',
        handling,
        chosen && (
          <small className="help" data-testid={`${idPrefix}-tlp`}>
            {chosen.tlp} · {label(chosen.label, chosen.code)}
            {chosen.special && ` · ${t('intelligence.grading.special')}`}
          </small>
        ),
      )}
    </div>
  );
}
