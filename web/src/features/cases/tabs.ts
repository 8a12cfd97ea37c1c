// Tabs of the case page. Documents and network are placeholders for later work.
export const CASE_TABS = ['overview', 'team', 'links', 'people', 'timeline', 'interviews', 'exhibits', 'prosecution', 'documents', 'network'] as const;
export type CaseTab = (typeof CASE_TABS)[number];
export const PLACEHOLDER_TABS: readonly CaseTab[] = ['documents', 'network'];
/** Tabs whose path goes one step further: /cases/{id}/{tab}/{item} (an id, or `new`). */
export const ITEM_TABS: readonly CaseTab[] = ['people', 'exhibits', 'interviews'];

export function isCaseTab(value: string | undefined): value is CaseTab {
  return value !== undefined && (CASE_TABS as readonly string[]).includes(value);
}
