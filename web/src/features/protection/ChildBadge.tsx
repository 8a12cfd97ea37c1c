import { useI18n } from '../../shared/useI18n';
import { CHILD_REASON_KEYS } from './display';

/** "Treated as a child" — and why: the birth date, an uncertain age, or an age assessment. */
export function ChildBadge({ reason, testId }: { reason?: string; testId?: string }) {
  const { t } = useI18n();
  const why = reason && reason !== 'adult' && CHILD_REASON_KEYS[reason] ? t(CHILD_REASON_KEYS[reason]) : '';
  return (
    <span className="badge badge-child" data-testid={testId} title={why || undefined}>
      {t('protection.child_badge')}
      {why && <span className="badge-child-reason"> · {why}</span>}
    </span>
  );
}
