import { useI18n } from '../../shared/useI18n';
import { BAND_KEYS } from './display';
import type { MatchBand } from './types';

/** "Strong match" (above the deconfliction threshold) or "To review". */
export function BandBadge({ band }: { band: MatchBand }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-band badge-band-${band}`} data-band={band}>
      {BAND_KEYS[band] ? t(BAND_KEYS[band]) : band}
    </span>
  );
}
