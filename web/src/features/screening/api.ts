import { api, itemsOf } from '../../shared/api';
import type { IndicatorSet, IndicatorSetSummary, Screening, ScreeningBody } from './types';

const enc = encodeURIComponent;

export const listIndicatorSets = () =>
  api.get<{ items: IndicatorSetSummary[] } | IndicatorSetSummary[]>('/indicator-sets').then(itemsOf);

const sets = new Map<string, Promise<IndicatorSet>>();

/** The newest version of a whole set, fetched once per page load (a failure is forgotten). */
export function loadIndicatorSet(id: string): Promise<IndicatorSet> {
  let p = sets.get(id);
  if (!p) {
    p = api.get<IndicatorSet>(`/indicator-sets/${enc(id)}`).catch((err: unknown) => {
      sets.delete(id);
      throw err;
    });
    sets.set(id, p);
  }
  return p;
}

export const createScreening = (body: ScreeningBody, idempotencyKey: string) =>
  api.post<Screening>('/screenings', body, idempotencyKey);

export const listCaseScreenings = (caseId: string, entityId?: string) =>
  api.get<{ items: Screening[] } | Screening[]>(`/cases/${enc(caseId)}/screenings`, { entity_id: entityId }).then(itemsOf);
