import { api } from '../../shared/api';
import type { TimelineAnswer, TimelineFilters } from './types';

export const getTimeline = (caseId: string, filters: Partial<TimelineFilters>) =>
  api.get<TimelineAnswer>(`/cases/${encodeURIComponent(caseId)}/timeline`, { entity: filters.entity, type: filters.type });
