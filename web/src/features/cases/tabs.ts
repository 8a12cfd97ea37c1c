// Tabs of the case page. Overview, team, links and people exist; the rest are placeholders.
export const CASE_TABS = ['overview', 'team', 'links', 'people', 'timeline', 'exhibits', 'documents', 'network'] as const;
export type CaseTab = (typeof CASE_TABS)[number];
export const PLACEHOLDER_TABS: readonly CaseTab[] = ['timeline', 'exhibits', 'documents', 'network'];

export function isCaseTab(value: string | undefined): value is CaseTab {
  return value !== undefined && (CASE_TABS as readonly string[]).includes(value);
}
