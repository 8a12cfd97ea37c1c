import { api } from '../../shared/api';
import type { Page } from '../../shared/api';
import type { CaseCountryRow } from './types';

/** Pages of GET /cases read for the map, at most. */
export const MAX_PAGES = 10;

/** Every case the user may see, up to MAX_PAGES pages of 100. */
export async function listCaseCountries(): Promise<{ rows: CaseCountryRow[]; more: boolean }> {
  const rows: CaseCountryRow[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<CaseCountryRow> = await api.get<Page<CaseCountryRow>>('/cases', { limit: 100, cursor });
    rows.push(...(page.items ?? []));
    cursor = page.next_cursor;
    if (!cursor) return { rows, more: false };
  }
  return { rows, more: true };
}
