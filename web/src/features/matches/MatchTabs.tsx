import { useI18n } from '../../shared/useI18n';
import { MATCH_STATUSES, STATUS_KEYS } from './display';
import type { MatchStatus } from './types';

export const TABPANEL_ID = 'match-tabpanel';

/** Proposed / Confirmed / Rejected: which matches the queue shows. */
export function MatchTabs({ active, onChange }: { active: MatchStatus; onChange: (s: MatchStatus) => void }) {
  const { t } = useI18n();
  return (
    <div className="tabs match-tabs" role="tablist" aria-label={t('matches.tabs_label')}>
      {MATCH_STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          role="tab"
          id={`match-tab-${s}`}
          className={s === active ? 'tab active' : 'tab'}
          aria-selected={s === active}
          aria-controls={TABPANEL_ID}
          data-testid={`match-tab-${s}`}
          onClick={() => onChange(s)}
        >
          {t(STATUS_KEYS[s])}
        </button>
      ))}
    </div>
  );
}
