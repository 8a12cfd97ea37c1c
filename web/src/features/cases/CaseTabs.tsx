import { useEffect, useRef } from 'react';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { CASE_TABS, TAB_TEST_IDS } from './tabs';
import type { CaseTab } from './tabs';

export function CaseTabs({ caseId, active }: { caseId: string; active: CaseTab }) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  // On a phone the tab row scrolls sideways: keep the active tab in view.
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  return (
    <nav className="tabs" ref={nav} aria-label={t('case.tabs.label')}>
      {CASE_TABS.map((tab) => (
        <Link
          key={tab}
          to={tab === 'overview' ? `/cases/${caseId}` : `/cases/${caseId}/${tab}`}
          className={tab === active ? 'tab active' : 'tab'}
          aria-current={tab === active ? 'page' : undefined}
          data-testid={TAB_TEST_IDS[tab] ?? `tab-${tab}`}
        >
          {t(`case.tabs.${tab}`)}
        </Link>
      ))}
    </nav>
  );
}
