import { api, itemsOf } from '../../shared/api';
import type { Partner, PartnerBody, PartnerPatchBody, PartnerQuery } from './types';

export const listPartners = (query: PartnerQuery = {}) =>
  api.get<{ items: Partner[] } | Partner[]>('/partners', { service: query.service, region: query.region }).then(itemsOf);
export const createPartner = (body: PartnerBody) => api.post<Partner>('/partners', body);
export const patchPartner = (id: string, body: PartnerPatchBody) => api.patch<Partner>(`/partners/${encodeURIComponent(id)}`, body);
