export { ScreeningForm } from './ScreeningForm';
export { ScreeningList } from './ScreeningList';
export { listCaseScreenings } from './api';
export type { Screening, ScreeningSubject } from './types';
