import { AnalysisNav } from '../../shared/AnalysisNav';
import { useSessionState } from '../../shared/hooks';
import { useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { ActivityTab } from './ActivityTab';
import { AroundTab } from './AroundTab';
import { CommonContactsTab } from './CommonContactsTab';
import { TopContactsTab } from './TopContactsTab';

const TABS = ['top', 'common', 'around', 'activity'] as const;
type CallsTab = (typeof TABS)[number];
const TAB_KEYS: Record<CallsTab, string> = {
  top: 'calls.tabs.top',
  common: 'calls.tabs.common',
  around: 'calls.tabs.around',
  activity: 'calls.tabs.activity',
};

/** Container: /calls (`?number=` prefills) — top contacts, common contacts, calls around a moment, activity. */
export function CallsPage() {
  const { t } = useI18n();
  const number = new URLSearchParams(useSearch()).get('number') ?? '';
  const [stored, setTab] = useSessionState<string>('ariadne.calls.tab', 'top');
  const tab: CallsTab = TABS.find((x) => x === stored) ?? 'top';
  return (
    <section className="page" data-testid="calls-page">
      <div className="page-head">
        <h1>{t('calls.title')}</h1>
      </div>
      <AnalysisNav active="/calls" />
      <p className="muted">{t('calls.help')}</p>
      <div className="tabs" role="tablist" aria-label={t('calls.tabs.label')}>
        {TABS.map((x) => (
          <button key={x} type="button" role="tab" aria-selected={x === tab} className={x === tab ? 'tab tab-button active' : 'tab tab-button'} onClick={() => setTab(x)} data-testid={`calls-tab-${x}`}>
            {t(TAB_KEYS[x])}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'top' && <TopContactsTab initial={number} />}
        {tab === 'common' && <CommonContactsTab initial={number} />}
        {tab === 'around' && <AroundTab initial={number} />}
        {tab === 'activity' && <ActivityTab initial={number} />}
      </div>
    </section>
  );
}
