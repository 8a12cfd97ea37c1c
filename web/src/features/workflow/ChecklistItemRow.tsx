import { useState } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { markItem } from './api';
import { checkMark, markBody } from './markForm';
import { MarkForm } from './MarkForm';
import type { ChecklistItem, MarkStatus } from './types';

interface Props {
  caseId: string;
  checklistId: string;
  item: ChecklistItem;
  /** The user holds workflow.act; otherwise the boxes are shown, not editable. */
  canAct: boolean;
  onMarked: () => void;
}

/**
 * One item: a tick box (ticking asks for an optional note, unticking reopens it), "Not
 * applicable" with a required reason, the mark (who, when, note), the item's source and hint.
 */
export function ChecklistItemRow({ caseId, checklistId, item, canAct, onMarked }: Props) {
  const { t, label, formatDateTime } = useI18n();
  const [mode, setMode] = useState<MarkStatus | null>(null);
  const action = useAction();
  const [checkError, setCheckError] = useState<unknown>(null);
  const mark = item.mark;
  const testId = `${checklistId}-${item.id}`;
  const inputId = `checklist-${testId}`;
  const save = (status: MarkStatus | 'open', note = '') => {
    setCheckError(null);
    action.run(() => markItem(caseId, checklistId, item.id, markBody(status, note)), () => {
      setMode(null);
      onMarked();
    });
  };
  const submit = (note: string) => {
    if (!mode) return;
    const problem = checkMark(mode, note);
    if (problem) {
      setCheckError(problem);
      return;
    }
    save(mode, note);
  };
  const open = (next: MarkStatus | null) => {
    setCheckError(null);
    action.clear();
    setMode(next);
  };
  const toggle = (on: boolean) => {
    if (on) open('done');
    else if (mark?.status === 'done') save('open');
    else open(null);
  };
  return (
    <li className={`cl-item${mark ? ` cl-${mark.status}` : ''}`} data-testid={`checklist-row-${testId}`} data-status={mark?.status ?? 'open'}>
      <div className="cl-item-main">
        <input
          id={inputId}
          type="checkbox"
          checked={mode === 'done' || mark?.status === 'done'}
          disabled={!canAct || action.busy}
          data-testid={`checklist-item-${testId}`}
          onChange={(e) => toggle(e.target.checked)}
        />
        <div className="cl-item-text">
          <label htmlFor={inputId} className={mark?.status === 'not_applicable' ? 'cl-na-label' : undefined}>
            {label(item.label, item.id)}
          </label>
          {item.hint && <small className="help">{label(item.hint)}</small>}
          <small className="muted cl-source">{t('checklists.source', { document: item.source.document, lines: item.source.lines })}</small>
          {mark && (
            <small className="cl-mark" data-testid={`checklist-mark-${testId}`}>
              {mark.status === 'done' ? t('checklists.marked_done', { by: mark.by, at: formatDateTime(mark.at) }) : t('checklists.marked_not_applicable', { by: mark.by, at: formatDateTime(mark.at) })}
              {mark.note && <span className="cl-note pre">{mark.status === 'done' ? mark.note : t('checklists.reason_shown', { reason: mark.note })}</span>}
            </small>
          )}
        </div>
        {canAct && mode === null && (
          <div className="cl-item-actions">
            {mark?.status === 'not_applicable' ? (
              <button type="button" className="small" disabled={action.busy} data-testid={`checklist-reopen-${testId}`} onClick={() => save('open')}>
                {t('checklists.reopen')}
              </button>
            ) : (
              <button type="button" className="small" disabled={action.busy} data-testid={`checklist-na-${testId}`} onClick={() => open('not_applicable')}>
                {t('checklists.not_applicable')}
              </button>
            )}
          </div>
        )}
      </div>
      {mode && <MarkForm testId={`checklist-mark-${testId}`} status={mode} busy={action.busy} error={checkError ?? action.error} onSubmit={submit} onCancel={() => open(null)} />}
      {!mode && <ProblemAlert error={action.error} />}
    </li>
  );
}
