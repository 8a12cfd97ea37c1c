import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, newIdempotencyKey } from '../../shared/api';
import { useAction } from '../../shared/hooks';
import { DEFAULT_GRADING, itemTitle, useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { ProblemAlert, problemOf } from '../../shared/ProblemAlert';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { createSanitisedCopy } from './api';
import { checkSanitise, remainingFields, reportPath, sanitiseBody, sanitiseValues } from './display';
import type { SanitiseValues } from './display';
import type { IntelReport } from './types';
import { useWhereLabel } from './whereLabel';

interface Props {
  report: IntelReport;
  blocks: FrontlineBlock[];
  doc: GradingDoc | undefined;
}

/** The analyst's button that opens the sanitised-copy form. */
export function SanitisePanel({ report, blocks, doc }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="stack-gap" data-testid="intel-sanitise">
      <h2>{t('intelligence.sanitise.title')}</h2>
      <p className="muted">{t('intelligence.sanitise.help')}</p>
      {open ? (
        <SanitiseForm report={report} blocks={blocks} doc={doc} onCancel={() => setOpen(false)} />
      ) : (
        <button type="button" className="wide-button" data-testid="sanitise-open" onClick={() => setOpen(true)}>
          {t('intelligence.sanitise.open')}
        </button>
      )}
    </section>
  );
}

const contains = (text: string, needle: string) => needle.trim() !== '' && text.toLowerCase().includes(needle.trim().toLowerCase());

/**
 * A sanitised copy: every block prefilled with the original to edit, items to leave out, the
 * strings removed and why, the copy's handling and the reason. The server refuses a copy that
 * still holds a removed string (422 removed_text_remains, naming where).
 */
export function SanitiseForm({ report, blocks, doc, onCancel }: Props & { onCancel: () => void }) {
  const { t, label } = useI18n();
  const labels = useGradingLabels(doc);
  const where = useWhereLabel(blocks, report.items ?? []);
  const [v, setV] = useState<SanitiseValues>(() => sanitiseValues(report, blocks));
  const [text, setText] = useState('');
  const [why, setWhy] = useState('');
  const [checkError, setCheckError] = useState<unknown>(null);
  const [key] = useState(newIdempotencyKey);
  const action = useAction();
  const error = checkError ?? action.error;
  const remains = remainingFields(error ? problemOf(error) : null);
  // The places are listed below, in words: the alert says only what is wrong.
  const shown = remains.length > 0 ? new ApiError({ ...problemOf(error), field: undefined }) : error;
  const blockIds = Object.keys(v.blocks);
  const blockLabel = (id: string) => {
    const b = blocks.find((x) => x.id === id);
    return b ? label(b.label, id) : id;
  };
  const items = (report.items ?? []).filter((i): i is typeof i & { id: string } => Boolean(i.id));

  const addRemoved = () => {
    if (!text.trim()) return setCheckError(new ApiError({ status: 422, code: 'required', field: 'removed_text' }));
    if (!why.trim()) return setCheckError(new ApiError({ status: 422, code: 'required', field: 'removed_reason' }));
    setCheckError(null);
    const row = { text: text.trim(), reason: why.trim() };
    setV((x) => ({ ...x, removed: [...x.removed, row] }));
    setText('');
    setWhy('');
  };
  /** Replaces every occurrence of a removed string in the blocks with a marker. */
  const redact = (needle: string) => {
    const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    const marker = t('intelligence.sanitise.marker');
    setV((x) => ({ ...x, blocks: Object.fromEntries(Object.entries(x.blocks).map(([id, s]) => [id, s.replace(pattern, marker)])) }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A string typed but not yet added counts: it is what the analyst means to remove.
    const pending = text.trim() ? [{ text: text.trim(), reason: why.trim() }] : [];
    const values = { ...v, removed: [...v.removed, ...pending] };
    const problem = checkSanitise(values);
    setCheckError(problem);
    if (problem) return;
    action.run(() => createSanitisedCopy(report.id, sanitiseBody(report, values, DEFAULT_GRADING, doc), key), (copy) => navigate(reportPath(copy.id)));
  };
  const fieldLabel = (f: string) => {
    if (f === 'removed_text' || /^removed\.\d+\.text$/.test(f)) return t('intelligence.sanitise.removed_text');
    if (f === 'removed_reason' || /^removed\.\d+\.reason$/.test(f)) return t('intelligence.sanitise.removed_reason');
    if (f === 'reason') return t('intelligence.sanitise.reason');
    if (f === 'grading.handling') return t('intelligence.sanitise.handling');
    return where(f);
  };

  return (
    <form className="card phone-form" onSubmit={submit} noValidate data-testid="sanitise-form">
      <fieldset className="field">
        <legend>{t('intelligence.sanitise.removed_title')}</legend>
        <p className="help">{t('intelligence.sanitise.removed_help')}</p>
        {v.removed.length > 0 && (
          <ul className="item-list">
            {v.removed.map((r, i) => (
              <li key={`${r.text}:${i}`} className="item-card" data-testid="sanitise-removed-row">
                <p>
                  <strong className="pre">{r.text}</strong> <span className="muted">— {r.reason}</span>
                </p>
                <div className="actions">
                  <button type="button" data-testid={`sanitise-removed-redact-${i}`} onClick={() => redact(r.text)}>
                    {t('intelligence.sanitise.redact')}
                  </button>
                  <button type="button" className="danger" data-testid={`sanitise-removed-remove-${i}`} onClick={() => setV((x) => ({ ...x, removed: x.removed.filter((_, j) => j !== i) }))}>
                    {t('buttons.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor="sanitise-removed-text">{t('intelligence.sanitise.removed_text')}</label>
          <input id="sanitise-removed-text" value={text} maxLength={1000} autoComplete="off" data-testid="sanitise-removed-text" onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sanitise-removed-reason">{t('intelligence.sanitise.removed_reason')}</label>
          <input id="sanitise-removed-reason" value={why} maxLength={1000} autoComplete="off" data-testid="sanitise-removed-reason" onChange={(e) => setWhy(e.target.value)} />
        </div>
        <button type="button" className="add-value" data-testid="sanitise-removed-add" onClick={addRemoved}>
          {t('intelligence.sanitise.removed_add')}
        </button>
      </fieldset>
      {blockIds.map((id) => {
        const still = v.removed.some((r) => contains(v.blocks[id] ?? '', r.text));
        const remainsHere = remains.includes(`blocks.${id}`);
        return (
          <div key={id} className={`field${still || remainsHere ? ' invalid' : ''}`}>
            <label htmlFor={`sanitise-block-${id}`}>{blockLabel(id)}</label>
            <textarea
              id={`sanitise-block-${id}`}
              rows={3}
              maxLength={8000}
              value={v.blocks[id] ?? ''}
              data-testid={`sanitise-block-${id}`}
              data-remains={still ? 'true' : undefined}
              onChange={(e) => {
                const text = e.target.value;
                setV((x) => ({ ...x, blocks: { ...x.blocks, [id]: text } }));
              }}
            />
            {still && <small className="field-error">{t('intelligence.sanitise.still_here')}</small>}
          </div>
        );
      })}
      {items.length > 0 && (
        <fieldset className="field">
          <legend>{t('intelligence.sanitise.items')}</legend>
          {items.map((item) => {
            const still = !v.dropped.includes(item.id) && v.removed.some((r) => Object.values(item.fields ?? {}).some((f) => contains(f, r.text)));
            return (
              <div key={item.id}>
                <label className="check big-check">
                  <input
                    type="checkbox"
                    checked={v.dropped.includes(item.id)}
                    data-testid={`sanitise-drop-${item.id}`}
                    onChange={(e) => {
                      const on = e.target.checked;
                      setV((x) => ({ ...x, dropped: on ? [...x.dropped, item.id] : x.dropped.filter((d) => d !== item.id) }));
                    }}
                  />
                  <span>{t('intelligence.sanitise.drop', { item: where(`items.${item.id}`) || itemTitle(item) })}</span>
                </label>
                {still && (
                  <small className="field-error" data-testid={`sanitise-item-remains-${item.id}`}>
                    {t('intelligence.sanitise.item_still_here')}
                  </small>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="sanitise-handling">{t('intelligence.sanitise.handling')}</label>
        <select id="sanitise-handling" value={v.handling} data-testid="sanitise-handling" onChange={(e) => {
            const handling = e.target.value;
            setV((x) => ({ ...x, handling }));
          }}>
          {!doc?.handling_codes.some((h) => h.code === v.handling) && <option value={v.handling}>{v.handling || t('forms.choose')}</option>}
          {(doc?.handling_codes ?? []).map((h) => (
            <option key={h.code} value={h.code}>
              {h.code} — {labels.handling(h.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sanitise-reason">
          {t('intelligence.sanitise.reason')}
          <span className="required" aria-hidden="true"> *</span>
        </label>
        <textarea id="sanitise-reason" rows={2} maxLength={2000} value={v.reason} data-testid="sanitise-reason" onChange={(e) => {
            const reason = e.target.value;
            setV((x) => ({ ...x, reason }));
          }} />
      </div>
      <ProblemAlert error={shown} fieldLabel={fieldLabel} />
      {remains.length > 0 && (
        <div className="alert alert-error" data-testid="sanitise-remains">
          <p>{t('intelligence.sanitise.remains')}</p>
          <ul>
            {remains.map((f) => (
              <li key={f} data-testid="sanitise-remains-field" data-field={f}>
                {where(f)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={action.busy} data-testid="sanitise-submit">
          {t('intelligence.sanitise.submit')}
        </button>
        <button type="button" disabled={action.busy} data-testid="sanitise-cancel" onClick={onCancel}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
