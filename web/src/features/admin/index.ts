export { AdminPage } from './AdminPage';
export { JurisdictionAdminPage } from './JurisdictionAdminPage';
export type { AdminUser, UserCreateBody, UnitCreateBody } from './types';
