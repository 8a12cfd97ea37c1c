import { useState } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { verifyChain } from './api';
import type { VerifyAnswer } from './types';

export function VerifyResult({ answer }: { answer: VerifyAnswer }) {
  const { t } = useI18n();
  if (answer.ok) {
    return <p className="alert alert-ok" role="status" data-testid="audit-verify-result">{t('audit.verify.ok', { count: answer.rows })}</p>;
  }
  return (
    <div className="alert alert-error" role="alert" data-testid="audit-verify-result">
      <p>{t('audit.verify.broken', { count: answer.rows, seq: answer.first_bad_seq ?? '?' })}</p>
      {answer.reason && <p>{t('audit.verify.reason', { reason: answer.reason })}</p>}
    </div>
  );
}

/** Re-checks the audit hash chain on the server. */
export function AuditVerify() {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const action = useAction();
  return (
    <section className="card">
      <h2>{t('audit.verify.title')}</h2>
      <button type="button" disabled={action.busy} data-testid="audit-verify" onClick={() => action.run(verifyChain, setAnswer)}>
        {action.busy ? t('audit.verify.running') : t('buttons.verify')}
      </button>
      <ProblemAlert error={action.error} />
      {answer && <VerifyResult answer={answer} />}
    </section>
  );
}
