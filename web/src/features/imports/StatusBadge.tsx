import { useI18n } from '../../shared/useI18n';

const KEYS: Record<string, string> = { published: 'imports.status.published', refused: 'imports.status.refused' };

/** Published (the rows are in the case) or refused (nothing was added). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-import-${status}`} data-testid="import-status">
      {KEYS[status] ? t(KEYS[status]) : status}
    </span>
  );
}
