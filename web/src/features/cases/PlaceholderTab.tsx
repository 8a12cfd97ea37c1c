import { useI18n } from '../../shared/useI18n';
import type { CaseTab } from './tabs';

/** One component for every tab that later work will fill. */
export function PlaceholderTab({ tab }: { tab: CaseTab }) {
  const { t } = useI18n();
  return (
    <div className="placeholder" data-testid={`placeholder-${tab}`}>
      <p>{t('case.messages.tab_not_available', { tab: t(`case.tabs.${tab}`) })}</p>
    </div>
  );
}
