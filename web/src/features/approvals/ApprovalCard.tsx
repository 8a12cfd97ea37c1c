import { useState } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { decide } from './api';
import { checkDecision, decisionBody, STATUS_KEYS } from './decision';
import { RejectForm } from './RejectForm';
import type { Approval } from './types';

interface Props {
  a: Approval;
  onDecided: (a: Approval) => void;
}

/** One request: the case, the step, who asked and why; approve, or reject with a reason. */
export function ApprovalCard({ a, onDecided }: Props) {
  const { t, label, formatDateTime } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const action = useAction();
  const step = label(a.label ?? undefined, a.subject.replace(/^transition:/, ''));
  const approve = () => {
    setCheckError(null);
    action.run(() => decide(a.id, decisionBody('approve')), onDecided);
  };
  const reject = (reason: string) => {
    const problem = checkDecision('reject', reason);
    setCheckError(problem);
    if (problem) return;
    action.run(() => decide(a.id, decisionBody('reject', reason)), (decided) => {
      setRejecting(false);
      onDecided(decided);
    });
  };
  const openReject = () => {
    action.clear();
    setCheckError(null);
    setRejecting(true);
  };
  return (
    <li className="card approval" data-testid={`approval-${a.id}`} data-status={a.status}>
      <div className="wf-step-head">
        <Link to={`/cases/${a.case_id}/workflow`} data-testid={`approval-case-${a.id}`}>
          {a.case_reference || a.case_id}
        </Link>
        <strong>{step}</strong>
        <span className={`state approval-status-${a.status}`}>{STATUS_KEYS[a.status] ? t(STATUS_KEYS[a.status]) : a.status}</span>
      </div>
      <p className="muted">{t('approvals.asked_by', { user: a.requested_by ?? '—', at: formatDateTime(a.requested_at) })}</p>
      {a.note && <p className="pre approval-note">{a.note}</p>}
      {a.decided_at && (
        <p className="muted" data-testid={`approval-decided-${a.id}`}>
          {t('approvals.decided_by', { user: a.decided_by ?? '—', at: formatDateTime(a.decided_at) })}
          {a.reason && <span className="pre"> — {a.reason}</span>}
        </p>
      )}
      {a.status === 'pending' && !rejecting && (
        <div className="actions">
          <button type="button" className="primary" disabled={action.busy} data-testid={`approval-approve-${a.id}`} onClick={approve}>
            {t('approvals.approve')}
          </button>
          <button type="button" className="danger" disabled={action.busy} data-testid={`approval-reject-${a.id}`} onClick={openReject}>
            {t('approvals.reject')}
          </button>
        </div>
      )}
      {rejecting && <RejectForm approvalId={a.id} busy={action.busy} error={checkError ?? action.error} onSubmit={reject} onCancel={() => setRejecting(false)} />}
      {!rejecting && <ProblemAlert error={action.error} />}
    </li>
  );
}
