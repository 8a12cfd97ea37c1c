import { useI18n } from '../../shared/useI18n';
import type { Confirmation } from './types';

/** "Unverified" until an administrator confirms the item; then who confirmed it, when, and their note. */
export function ConfirmationMark({ confirmed, suffix }: { confirmed?: Confirmation; suffix: string }) {
  const { t, formatDate } = useI18n();
  if (!confirmed) {
    return (
      <span className="badge badge-flag" data-testid={`jurisdiction-unverified-${suffix}`} title={t('admin.jurisdictions.unverified_help')}>
        {t('admin.jurisdictions.unverified')}
      </span>
    );
  }
  return (
    <span className="jurisdiction-confirmed" data-testid={`jurisdiction-confirmed-${suffix}`}>
      {t('admin.jurisdictions.confirmed', { by: confirmed.by || '—', at: formatDate(confirmed.at) || '—' })}
      {confirmed.note && (
        <>
          <br />
          <small className="muted" data-testid={`jurisdiction-confirmed-note-${suffix}`}>{confirmed.note}</small>
        </>
      )}
    </span>
  );
}
