import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../../forms';
import type { FieldValue, FormValues, Option } from '../../forms';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { CREATE_FIELDS } from './chargeForm';
import { useArticleOptions, useJurisdictionOptions } from './display';
import { articlesOf } from './jurisdictions';
import type { Jurisdictions } from './types';

interface Props {
  doc: Jurisdictions;
  /** The case's people and organisations. */
  suspects: Option[];
  initial: FormValues;
  busy: boolean;
  error: unknown;
  onSubmit: (values: FormValues) => void;
  onCancel?: () => void;
}

/**
 * Presentational add-charge form. The article list is the chosen jurisdiction's, so changing the
 * jurisdiction empties the article. Remount it (change `key`) to start again.
 */
export function ChargeForm({ doc, suspects, initial, busy, error, onSubmit, onCancel }: Props) {
  const { t, label } = useI18n();
  const [values, setValues] = useState<FormValues>(initial);
  const errorFor = useFieldError(error);
  const country = typeof values.jurisdiction === 'string' ? values.jurisdiction : '';
  // Status comes from its lookup; the rest from the case and the jurisdictions document.
  const options: Record<string, Option[]> = {
    suspect_entity_id: suspects,
    jurisdiction: useJurisdictionOptions(doc),
    article: useArticleOptions(doc, country),
  };
  const change = (name: string, value: FieldValue) =>
    setValues((v) => (name === 'jurisdiction' ? { ...v, jurisdiction: value, article: '' } : { ...v, [name]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };
  const article = articlesOf(doc, country).find((a) => a.id === values.article);
  const note = article?.note && (typeof article.note === 'string' ? article.note : label(article.note));
  return (
    <form className="stack-gap" onSubmit={submit} noValidate data-testid="charge-form">
      <div className="form-grid">
        {CREATE_FIELDS.map((def) => (
          <Field key={def.name} def={def} value={values[def.name]} onChange={change} idPrefix="charge" options={options[def.name]} errorText={errorFor(def.name)} />
        ))}
      </div>
      {doc[country] && <p className="muted" data-testid="charge-code">{label(doc[country].code)}</p>}
      {note && (
        <p className="alert alert-info" data-testid="charge-article-note">
          <span lang={typeof article?.note === 'string' ? 'en' : undefined}>{note}</span>
        </p>
      )}
      <ProblemAlert error={error} fieldPrefix="prosecution.fields" />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} data-testid="charge-save">
          {t('prosecution.create.submit')}
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
