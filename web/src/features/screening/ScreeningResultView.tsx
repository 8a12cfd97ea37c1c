import { useI18n } from '../../shared/useI18n';
import { GroupSignals } from './GroupSignals';
import { RecommendationLine } from './RecommendationLine';
import { ScreeningNotice } from './ScreeningNotice';
import type { Screening } from './types';

interface Props {
  screening: Screening;
  /** The result just recorded: carries the test ids (an earlier one in a list does not). */
  primary?: boolean;
}

/** A screening's result: the recommendation, what was observed per group, and always the notice. */
export function ScreeningResultView({ screening, primary }: Props) {
  const { t } = useI18n();
  const { result } = screening;
  return (
    <div className="screening-result stack-gap" data-testid={primary ? 'screening-result' : undefined}>
      <RecommendationLine value={result.recommendation} testId={primary ? 'screening-recommendation' : undefined} />
      {result.groups.length > 0 ? <GroupSignals groups={result.groups} /> : <p className="muted">{t('screening.result.no_groups')}</p>}
      <ScreeningNotice notice={result.notice} testId={primary ? 'screening-notice' : undefined} />
    </div>
  );
}
