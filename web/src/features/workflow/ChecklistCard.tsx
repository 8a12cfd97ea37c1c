import { useState } from 'react';
import { useI18n } from '../../shared/useI18n';
import { ChecklistItemRow } from './ChecklistItemRow';
import { ProgressBar } from './ProgressBar';
import type { Checklist } from './types';

interface Props {
  caseId: string;
  checklist: Checklist;
  canAct: boolean;
  /** Opened at first, e.g. when a next step waits for it. */
  defaultOpen: boolean;
  onMarked: () => void;
}

/** One checklist, collapsible, with its progress in the summary and its items by group. */
export function ChecklistCard({ caseId, checklist, canAct, defaultOpen, onMarked }: Props) {
  const { label } = useI18n();
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="card cl-card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={`checklist-${checklist.id}`}>
      <summary className="cl-summary">
        <strong>{label(checklist.label, checklist.id)}</strong>
        <ProgressBar progress={checklist.progress} testId={`checklist-progress-${checklist.id}`} />
      </summary>
      {checklist.groups.map((g) => (
        <fieldset key={g.id} className="cl-group" data-group={g.id}>
          <legend>{label(g.label, g.id)}</legend>
          <ul className="cl-items">
            {g.items.map((item) => (
              <ChecklistItemRow key={item.id} caseId={caseId} checklistId={checklist.id} item={item} canAct={canAct} onMarked={onMarked} />
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}
