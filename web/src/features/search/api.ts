import { api } from '../../shared/api';
import type { SearchAnswer, SearchQuery } from './types';

export const searchRecords = ({ q, case_id, limit, offset }: SearchQuery) =>
  api.get<SearchAnswer>('/search', { q, case_id, limit, offset: offset || undefined });
