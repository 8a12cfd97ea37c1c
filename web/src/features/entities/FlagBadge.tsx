import { useI18n } from '../../shared/useI18n';
import { FLAG_KEYS } from './display';

/** A flag the server set on a value, e.g. "Phone unverified"; an unknown flag shows its id. */
export function FlagBadge({ flag }: { flag: string }) {
  const { t } = useI18n();
  const key = FLAG_KEYS[flag];
  return (
    <span className="badge badge-flag" data-testid={`flag-${flag}`}>
      {key ? t(key) : flag}
    </span>
  );
}
