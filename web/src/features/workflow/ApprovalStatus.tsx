import { useI18n } from '../../shared/useI18n';
import type { StepApproval } from './types';

/** The approval asked for a step, while the case stays in the state it was asked in. */
export function ApprovalStatus({ stepId, approval }: { stepId: string; approval: StepApproval }) {
  const { t } = useI18n();
  const text =
    approval.status === 'pending'
      ? t('workflow.approval.pending')
      : approval.status === 'approved'
        ? t('workflow.approval.approved')
        : t('workflow.approval.rejected', { reason: approval.reason });
  return (
    <p className={`wf-approval wf-approval-${approval.status}`} data-testid={`approval-status-${stepId}`} data-status={approval.status}>
      {text}
    </p>
  );
}
