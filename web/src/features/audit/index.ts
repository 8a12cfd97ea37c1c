export { AuditPage } from './AuditPage';
export type { AuditRow, AuditFilters, VerifyAnswer } from './types';
