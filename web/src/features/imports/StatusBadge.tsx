import { useI18n } from '../../shared/useI18n';

const KEYS: Record<string, string> = {
  published: 'imports.status.published',
  refused: 'imports.status.refused',
  staging: 'imports.status.staging',
  discarded: 'imports.status.discarded',
};

/** Published (the rows are in the case), refused (nothing was added), interrupted (staged rows, unseen) or discarded. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-import-${status}`} data-testid="import-status">
      {KEYS[status] ? t(KEYS[status]) : status}
    </span>
  );
}
