import { useI18n } from '../../shared/useI18n';
import { RECOMMENDATION_KEYS } from './screening';
import type { Recommendation } from './types';

/** What to do next, never a verdict: refer to the specialised unit, enquire further, or nothing observed. */
export function RecommendationLine({ value, testId }: { value: Recommendation; testId?: string }) {
  const { t } = useI18n();
  const key = RECOMMENDATION_KEYS[value];
  return (
    <p className={`screening-recommendation recommendation-${value}`} data-testid={testId} data-value={value}>
      <span className="muted">{t('screening.result.recommendation')}: </span>
      <strong>{key ? t(key) : value}</strong>
    </p>
  );
}
