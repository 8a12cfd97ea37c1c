import { useI18n } from '../../shared/useI18n';
import { ApprovalCard } from './ApprovalCard';
import type { Approval } from './types';

/** The requests of the queue, each with its decision buttons. */
export function ApprovalList({ items, onDecided }: { items: Approval[]; onDecided: (a: Approval) => void }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted" data-testid="approvals-empty">{t('approvals.empty')}</p>;
  return (
    <ul className="wf-steps" data-testid="approval-list">
      {items.map((a) => (
        <ApprovalCard key={a.id} a={a} onDecided={onDecided} />
      ))}
    </ul>
  );
}
