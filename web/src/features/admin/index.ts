export { AdminPage } from './AdminPage';
export type { AdminUser, UserCreateBody, UnitCreateBody } from './types';
