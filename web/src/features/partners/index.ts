export { PartnersPage } from './PartnersPage';
export { listPartners } from './api';
export { offers } from './partnerForm';
export type { Partner } from './types';
