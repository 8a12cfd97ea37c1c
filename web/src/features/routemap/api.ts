import { api } from '../../shared/api';
import type { RoutesAnswer } from './types';

/** GET /graph/routes: the countries of origin, transit and destination of the visible cases, or of one. */
export const getRoutes = (caseId?: string) => api.get<RoutesAnswer>('/graph/routes', { case_id: caseId?.trim() || undefined });
