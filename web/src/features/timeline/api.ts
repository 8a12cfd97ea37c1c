import { api } from '../../shared/api';
import type { NodeTimelineAnswer, TimelineAnswer, TimelineFilters } from './types';

export const getTimeline = (caseId: string, filters: Partial<TimelineFilters>) =>
  api.get<TimelineAnswer>(`/cases/${encodeURIComponent(caseId)}/timeline`, { entity: filters.entity, type: filters.type });

export const getNodeTimeline = (node: string) => api.get<NodeTimelineAnswer>('/graph/timeline', { node });
