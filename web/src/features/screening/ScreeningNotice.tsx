import { useI18n } from '../../shared/useI18n';
import type { Label } from '../../shared/protectionReference';

/**
 * The sentence every result carries: indicators prompt enquiry and never decide whether someone
 * is a victim. The server's own text; ours only if it sent none.
 */
export function ScreeningNotice({ notice, testId }: { notice: Label | undefined; testId?: string }) {
  const { t, label } = useI18n();
  return (
    <p className="alert alert-info screening-notice" role="note" data-testid={testId}>
      {label(notice, t('screening.notice_fallback'))}
    </p>
  );
}
