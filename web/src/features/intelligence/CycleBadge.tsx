import { useGradingLabels } from '../../shared/intelligence';
import type { GradingDoc } from '../../shared/intelligence';
import { useI18n } from '../../shared/useI18n';

/** Where a report is in the intelligence cycle (a draft is not in it yet). */
export function CycleBadge({ doc, cycle, testId }: { doc: GradingDoc | undefined; cycle: string | undefined; testId?: string }) {
  const { t } = useI18n();
  const labels = useGradingLabels(doc);
  return (
    <span className={`state cycle-${cycle || 'draft'}`} data-testid={testId} data-cycle={cycle ?? ''}>
      {cycle ? labels.cycle(cycle) : t('intelligence.cycle.draft')}
    </span>
  );
}
