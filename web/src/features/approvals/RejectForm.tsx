import { NoteForm } from '../../shared/NoteForm';
import { ProblemAlert, useFieldError } from '../../shared/ProblemAlert';

interface Props {
  approvalId: string;
  busy: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Why a request is rejected: required, and sent to the one who asked. */
export function RejectForm({ approvalId, busy, error, onSubmit, onCancel }: Props) {
  const errorFor = useFieldError(error);
  const reasonError = errorFor('reason');
  return (
    <NoteForm testId={`approval-reject-${approvalId}`} labelKey="approvals.reason" submitKey="approvals.reject" required busy={busy} errorText={reasonError} onSubmit={onSubmit} onCancel={onCancel}>
      {!reasonError && <ProblemAlert error={error} />}
    </NoteForm>
  );
}
