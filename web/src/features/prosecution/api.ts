import { api } from '../../shared/api';
import type { Charge, ChargeCreateBody, ChargeList, ChargePatchBody, Jurisdictions } from './types';

const enc = encodeURIComponent;
const base = (caseId: string) => `/cases/${enc(caseId)}/charges`;

export const fetchJurisdictions = () => api.get<Jurisdictions>('/jurisdictions');
export const listCharges = (caseId: string) => api.get<ChargeList>(base(caseId));
export const createCharge = (caseId: string, body: ChargeCreateBody, idempotencyKey: string) =>
  api.post<Charge>(base(caseId), body, idempotencyKey);
export const patchCharge = (caseId: string, id: string, body: ChargePatchBody) =>
  api.patch<Charge>(`${base(caseId)}/${enc(id)}`, body);
