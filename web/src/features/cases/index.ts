export { CaseList } from './CaseList';
export { CaseCreate } from './CaseCreate';
export { CaseEdit } from './CaseEdit';
export { CasePage } from './CasePage';
export { CASE_TABS, ITEM_TABS, isCaseTab } from './tabs';
export type { CaseTab } from './tabs';
export type { Case, CaseSummary } from './types';
