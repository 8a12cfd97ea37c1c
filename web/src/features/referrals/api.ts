import { api, itemsOf } from '../../shared/api';
import type { ListedReferral, Referral, TransitionBody } from './types';

type List = { items: ListedReferral[] } | ListedReferral[];

export const listReferrals = () => api.get<List>('/referrals').then(itemsOf);
export const listOverdueReferrals = () => api.get<List>('/referrals/overdue').then(itemsOf);
export const transitionReferral = (id: string, body: TransitionBody) =>
  api.post<Referral>(`/referrals/${encodeURIComponent(id)}/transitions`, body);
