import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useLocalText } from '../../shared/protectionReference';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
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
}

/** Presentational, phone-sized: the twelve blocks of a frontline report, one text each, then save. */
export function ReportForm({ blocks, initial, withPlaceAndTime, busy, error, onSubmit, onCancel, notice }: Props) {
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
    return undefined;
  };
  return (
    <form className="phone-form" onSubmit={submit} noValidate data-testid="frontline-form">
      {withPlaceAndTime && (
        <>
          <div className={`field${errorFor('location') ? ' invalid' : ''}`}>
            <label htmlFor="frontline-location">{t('frontline.fields.location')}</label>
            <input id="frontline-location" value={values.location} maxLength={500} autoComplete="off" data-testid="frontline-location" onChange={(e) => setValues({ ...values, location: e.target.value })} />
          </div>
          <div className={`field${errorFor('observed_at') ? ' invalid' : ''}`}>
            <label htmlFor="frontline-observed-at">{t('frontline.fields.observed_at')}</label>
            <input id="frontline-observed-at" type="datetime-local" value={values.observed_at} data-testid="frontline-observed-at" onChange={(e) => setValues({ ...values, observed_at: e.target.value })} />
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
