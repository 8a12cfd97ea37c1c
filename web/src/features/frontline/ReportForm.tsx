import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { ITEM_FIELD_KEYS } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { useLocalText } from '../../shared/protectionReference';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { FactsFields } from './FactsFields';
import { GradingSelects } from './GradingSelects';
import { ItemsEditor } from './ItemsEditor';
import { byteLength, ORIGINATOR_CONTACT_MAX_BYTES } from './reportForm';
import type { ReportValues } from './reportForm';

interface Props {
  blocks: FrontlineBlock[];
  initial: ReportValues;
  /** Place and time are written once, when the report is created. */
  withPlaceAndTime: boolean;
  busy: boolean;
  error: unknown;
  onSubmit: (values: ReportValues) => void;
  onCancel?: () => void;
  /** Shown above the buttons, e.g. the version-conflict notice. */
  notice?: ReactNode;
  /** GET /intelligence/grading: the labels of the grading selects and the modus operandi. */
  grading?: GradingDoc;
  /** The grading document could not be loaded (the selects then show the codes only). */
  gradingError?: unknown;
}

/**
 * Presentational, phone-sized: the twelve blocks of a frontline report, one text each, the
 * originator's contact, then the intelligence part — grading, structured facts, items — and save.
 */
export function ReportForm({ blocks, initial, withPlaceAndTime, busy, error, onSubmit, onCancel, notice, grading, gradingError }: Props) {
  const { t, label } = useI18n();
  const text = useLocalText();
  const errorFor = useFieldError(error);
  const [values, setValues] = useState<ReportValues>(initial);
  const setBlock = (id: string, v: string) => setValues((x) => ({ ...x, blocks: { ...x.blocks, [id]: v } }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  const fieldLabel = (f: string) => {
    const id = f.replace(/^blocks\./, '');
    const block = blocks.find((b) => b.id === id);
    if (block) return label(block.label, id);
    if (f === 'blocks') return t('frontline.fields.blocks');
    if (f === 'location' || f === 'observed_at') return t(`frontline.fields.${f}`);
    if (f === 'originator_contact') return t('intelligence.fields.originator_contact');
    if (f.startsWith('grading')) return t('intelligence.grading.title');
    if (f.startsWith('facts')) return t('intelligence.facts.title');
    const item = /^items\.(\d+)(?:\.fields\.(\w+))?/.exec(f);
    if (item) {
      const name = item[2] && ITEM_FIELD_KEYS[item[2]] ? `: ${t(ITEM_FIELD_KEYS[item[2]])}` : '';
      return `${t('intelligence.items.title')} ${Number(item[1]) + 1}${name}`;
    }
    return undefined;
  };
  const contactBytes = byteLength(values.originator_contact);
  return (
    <form className="phone-form" onSubmit={submit} noValidate data-testid="frontline-form">
      {withPlaceAndTime && (
        <>
          <div className={`field${errorFor('location') ? ' invalid' : ''}`}>
            <label htmlFor="frontline-location">{t('frontline.fields.location')}</label>
            <input id="frontline-location" value={values.location} maxLength={500} autoComplete="off" data-testid="frontline-location" onChange={(e) => {
              const location = e.target.value;
              setValues((x) => ({ ...x, location }));
            }} />
          </div>
          <div className={`field${errorFor('observed_at') ? ' invalid' : ''}`}>
            <label htmlFor="frontline-observed-at">{t('frontline.fields.observed_at')}</label>
            <input id="frontline-observed-at" type="datetime-local" value={values.observed_at} data-testid="frontline-observed-at" onChange={(e) => {
              const observed_at = e.target.value;
              setValues((x) => ({ ...x, observed_at }));
            }} />
          </div>
        </>
      )}
      {blocks.map((b, i) => {
        const id = `frontline-block-${b.id}`;
        const invalid = Boolean(errorFor(`blocks.${b.id}`));
        return (
          <div key={b.id} className={`field${invalid ? ' invalid' : ''}`}>
            <label htmlFor={id}>
              <span className="block-number">{i + 1}.</span> {label(b.label, b.id)}
            </label>
            <textarea id={id} rows={3} maxLength={8000} value={values.blocks[b.id] ?? ''} placeholder={text(b.hint)} data-testid={id} onChange={(e) => setBlock(b.id, e.target.value)} />
          </div>
        );
      })}
      <div className={`field${errorFor('originator_contact') || contactBytes > ORIGINATOR_CONTACT_MAX_BYTES ? ' invalid' : ''}`}>
        <label htmlFor="report-originator-contact">{t('intelligence.fields.originator_contact')}</label>
        <textarea
          id="report-originator-contact"
          rows={2}
          value={values.originator_contact}
          aria-describedby="report-originator-contact-help"
          data-testid="report-originator-contact"
          onChange={(e) => {
            const originator_contact = e.target.value;
            setValues((x) => ({ ...x, originator_contact }));
          }}
        />
        <small id="report-originator-contact-help" className="help">
          {t('intelligence.fields.originator_contact_help', { used: contactBytes, max: ORIGINATOR_CONTACT_MAX_BYTES })}
        </small>
      </div>
      <section className="stack-gap report-intel" data-testid="report-intel">
        <h2>{t('intelligence.entry.title')}</h2>
        <p className="muted">{t('intelligence.entry.help')}</p>
        <ProblemAlert error={gradingError} />
        <fieldset className="field">
          <legend>{t('intelligence.grading.title')}</legend>
          <GradingSelects doc={grading} value={values.grading} idPrefix="report-grading" onChange={(patch) => setValues((x) => ({ ...x, grading: { ...x.grading, ...patch } }))} />
        </fieldset>
        <h3>{t('intelligence.facts.title')}</h3>
        <FactsFields doc={grading} value={values.facts} onChange={(update) => setValues((x) => ({ ...x, facts: update(x.facts) }))} />
        <h3>{t('intelligence.items.title')}</h3>
        <ItemsEditor doc={grading} items={values.items} reportGrading={values.grading} onChange={(update) => setValues((x) => ({ ...x, items: update(x.items) }))} />
      </section>
      <ProblemAlert error={error} fieldLabel={fieldLabel} />
      {notice}
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="frontline-save">
          {t('frontline.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('buttons.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
