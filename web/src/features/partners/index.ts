export { PartnersPage } from './PartnersPage';
export { listPartners } from './api';
export type { Partner } from './types';
