// Tabs of the case page.
export const CASE_TABS = ['overview', 'workflow', 'tasks', 'team', 'links', 'people', 'protection', 'timeline', 'interviews', 'exhibits', 'prosecution', 'documents', 'imports', 'search', 'network'] as const;
export type CaseTab = (typeof CASE_TABS)[number];
/** Tabs whose path goes one step further: /cases/{id}/{tab}/{item} (an id, or `new`). */
export const ITEM_TABS: readonly CaseTab[] = ['people', 'exhibits', 'interviews', 'documents'];

export function isCaseTab(value: string | undefined): value is CaseTab {
  return value !== undefined && (CASE_TABS as readonly string[]).includes(value);
}

/** Test ids that differ from `tab-<tab>`. */
export const TAB_TEST_IDS: Partial<Record<CaseTab, string>> = { protection: 'case-tab-protection' };
