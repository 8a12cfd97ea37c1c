import { useState } from 'react';
import type { FormEvent } from 'react';
import { GradingSelects, GradingView } from '../frontline';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { DEFAULT_GRADING, itemHandlingCodes, itemTitle } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
import { changeGrading } from './api';
import { checkGradingChange, gradingChangeBody, gradingValues, isAuthor, mayChangeGrading } from './display';
import type { GradingChangeValues } from './display';
import type { IntelReport } from './types';
import { useViewer } from './viewer';

interface Props {
  report: IntelReport;
  doc: GradingDoc | undefined;
  onSaved: (r: IntelReport) => void;
  onReload: () => void;
}

/**
 * The report's grading, and for its author — or a supervisor of the holding or the author's unit,
 * who must say why — the form to change it and the grading of its items.
 */
export function GradingPanel({ report, doc, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const viewer = useViewer();
  const [open, setOpen] = useState(false);
  const may = mayChangeGrading(report, viewer);
  return (
    <section className="stack-gap" data-testid="intel-grading">
      <div className="page-head">
        <h2>{t('intelligence.grading.title')}</h2>
        {may && !open && (
          <button type="button" data-testid="grading-edit" onClick={() => setOpen(true)}>
            {t('intelligence.grading.edit')}
          </button>
        )}
      </div>
      <GradingView doc={doc} grading={report.grading} />
      {may && open && (
        <GradingForm
          key={`${report.id}:${report.version}`}
          report={report}
          doc={doc}
          author={isAuthor(report, viewer)}
          onSaved={(r) => {
            setOpen(false);
            onSaved(r);
          }}
          onReload={onReload}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
}

interface FormProps {
  report: IntelReport;
  doc: GradingDoc | undefined;
  author: boolean;
  onSaved: (r: IntelReport) => void;
  onReload: () => void;
  onCancel: () => void;
}

/** The change form (exported for its tests). */
export function GradingForm({ report, doc, author, onSaved, onReload, onCancel }: FormProps) {
  const { t } = useI18n();
  const [v, setV] = useState<GradingChangeValues>(() => gradingValues(report, DEFAULT_GRADING));
  const save = useVersionedSave<IntelReport>(onSaved, onReload);
  const reasonError = useFieldError(save.formError)('reason');
  const items = (report.items ?? []).filter((i): i is typeof i & { id: string } => Boolean(i.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkGradingChange(v, author);
    if (problem) return save.setError(problem);
    save.save(() => changeGrading(report.id, gradingChangeBody(report, v)));
  };
  const setItem = (id: string, on: boolean) =>
    setV((x) => {
      const items = { ...x.items };
      if (on) items[id] = { ...x.grading };
      else delete items[id];
      return { ...x, items };
    });
  return (
    <form className="card phone-form" onSubmit={submit} noValidate data-testid="grading-form">
      <GradingSelects doc={doc} value={v.grading} idPrefix="report-grading" onChange={(patch) => setV((x) => ({ ...x, grading: { ...x.grading, ...patch } }))} />
      {items.length > 0 && (
        <fieldset className="field">
          <legend>{t('intelligence.grading.items')}</legend>
          {items.map((item) => {
            const had = Boolean(item.grading);
            const own = v.items[item.id];
            return (
              <div key={item.id} className="stack-gap grading-item" data-testid="grading-item" data-item-id={item.id}>
                <label className="check big-check">
                  <input type="checkbox" checked={Boolean(own)} disabled={had} data-testid={`grading-item-own-${item.id}`} onChange={(e) => setItem(item.id, e.target.checked)} />
                  <span>{t('intelligence.grading.item_own', { item: itemTitle(item) || item.id })}</span>
                </label>
                {own && (
                  <GradingSelects
                    doc={doc}
                    value={own}
                    idPrefix={`grading-item-${item.id}`}
                    handlingCodes={itemHandlingCodes(doc, v.grading.handling)}
                    onChange={(patch) => setV((x) => ({ ...x, items: { ...x.items, [item.id]: { ...(x.items[item.id] ?? x.grading), ...patch } } }))}
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className={`field${reasonError ? ' invalid' : ''}`}>
        <label htmlFor="grading-reason">
          {t(author ? 'intelligence.grading.reason_optional' : 'intelligence.grading.reason')}
          {!author && <span className="required" aria-hidden="true"> *</span>}
        </label>
        <textarea
          id="grading-reason"
          rows={2}
          maxLength={2000}
          value={v.reason}
          required={!author}
          aria-invalid={reasonError ? true : undefined}
          data-testid="grading-reason"
          onChange={(e) => {
            const reason = e.target.value;
            setV((x) => ({ ...x, reason }));
          }}
        />
        {!author && <small className="help">{t('intelligence.grading.reason_help')}</small>}
      </div>
      <ProblemAlert error={save.formError} fieldLabel={(f) => (f === 'reason' ? t('intelligence.grading.reason') : f.startsWith('grading') ? t('intelligence.grading.title') : undefined)} />
      {save.conflict && <VersionConflict messageKey="intelligence.version_conflict" reloadTestId="grading-reload" onReload={save.reload} />}
      <div className="actions phone-actions">
        <button type="submit" className="primary" disabled={save.busy} data-testid="grading-save">
          {t('intelligence.grading.save')}
        </button>
        <button type="button" disabled={save.busy} data-testid="grading-cancel" onClick={onCancel}>
          {t('buttons.cancel')}
        </button>
      </div>
    </form>
  );
}
