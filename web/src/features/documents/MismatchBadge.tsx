import { useI18n } from '../../shared/useI18n';
import type { CaseDocument } from './types';

/** A warning in the list: the content is not what the file's name says (e.g. a JPEG named .pdf). */
export function MismatchBadge({ d }: { d: CaseDocument }) {
  const { t } = useI18n();
  if (!d.name_mismatch) return null;
  return (
    <span className="badge badge-alert" data-testid="document-mismatch" title={t('documents.mismatch.detail', { type: d.media_type, name: d.name })}>
      <span aria-hidden="true">⚠ </span>
      {t('documents.mismatch.short')}
    </span>
  );
}
