import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';
import { NoteForm } from '../../shared/NoteForm';
import type { MarkStatus } from './types';

interface Props {
  /** Prefix of the test ids, `checklist-mark-<checklist>-<item>`. */
  testId: string;
  status: MarkStatus;
  busy: boolean;
  error: unknown;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}

/** The note of a tick (optional), or the reason an item does not apply (required). */
export function MarkForm({ testId, status, busy, error, onSubmit, onCancel }: Props) {
  const errorFor = useFieldError(error);
  const na = status === 'not_applicable';
  const noteError = errorFor('note');
  return (
    <NoteForm
      testId={testId}
      labelKey={na ? 'checklists.reason' : 'checklists.note'}
      submitKey={na ? 'checklists.mark_not_applicable' : 'checklists.mark_done'}
      required={na}
      busy={busy}
      errorText={noteError}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {!noteError && <ProblemAlert error={error} />}
    </NoteForm>
  );
}
