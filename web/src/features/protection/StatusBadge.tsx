import { useRefLabel } from '../../shared/protectionReference';
import type { RefItem } from '../../shared/protectionReference';

/** A status of one track, labelled from the reference's status list. */
export function StatusBadge({ value, statuses, testId }: { value: string; statuses: RefItem[]; testId?: string }) {
  const label = useRefLabel();
  return (
    <span className={`state status-${value}`} data-testid={testId} data-value={value}>
      {label(statuses, value)}
    </span>
  );
}
