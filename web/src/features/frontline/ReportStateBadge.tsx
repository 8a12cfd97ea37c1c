import { useI18n } from '../../shared/useI18n';
import { STATE_KEYS } from './reportForm';
import type { ReportState } from './types';

/** Where a report is: draft, handed over, or a case opened from it. */
export function ReportStateBadge({ state, testId }: { state: ReportState; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`state report-state-${state}`} data-testid={testId} data-value={state}>
      {STATE_KEYS[state] ? t(STATE_KEYS[state]) : state}
    </span>
  );
}
