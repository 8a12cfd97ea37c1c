export { ProtectionListPage } from './ProtectionListPage';
export { ProtectionCreate } from './ProtectionCreate';
export { ProtectionFilePage } from './ProtectionFilePage';
export { CaseProtectionTab } from './CaseProtectionTab';
