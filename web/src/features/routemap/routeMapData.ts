// Countries of a route as the map draws them: by world-atlas's numeric id, one role each.
import { ISO_NUMERIC } from './countryCodes';
import type { RouteCountry, RouteCountryCounts, RouteRole, RoutesAnswer } from './types';

export const ROLES: readonly RouteRole[] = ['origin', 'transit', 'destination'];

/** `KZ` → `398`; a numeric code stays (zero-padded); unknown → undefined. */
export function numericId(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (/^\d{1,3}$/.test(c)) return c.padStart(3, '0');
  return ISO_NUMERIC[c];
}

const ALPHA = new Map(Object.entries(ISO_NUMERIC).map(([a, n]) => [n, a]));
/** `398` → `KZ`. */
export const alphaOf = (numeric: string): string | undefined => ALPHA.get(numeric);

export interface CountryFill {
  id: string;
  /** The role with the most cases; on a tie the later on the route (destination before transit before origin). */
  role: RouteRole;
  count: number;
  byRole: Record<RouteRole, number>;
}

/** The role with the most cases; on a tie the later on the route (destination before transit before origin). */
export const dominantRole = (byRole: Record<RouteRole, number>): RouteRole =>
  [...ROLES].reverse().reduce((best, r) => (byRole[r] > byRole[best] ? r : best), 'destination' as RouteRole);

/** Sums the counts per country and role; codes the map does not know are returned apart. */
export function aggregateCountries(countries: RouteCountry[]): { fills: Map<string, CountryFill>; unknown: string[] } {
  const fills = new Map<string, CountryFill>();
  const unknown: string[] = [];
  for (const c of countries) {
    const id = numericId(c.code);
    if (!id) {
      if (!unknown.includes(c.code)) unknown.push(c.code);
      continue;
    }
    const f = fills.get(id) ?? { id, role: c.role, count: 0, byRole: { origin: 0, transit: 0, destination: 0 } };
    f.byRole[c.role] += Math.max(0, c.count);
    f.count += Math.max(0, c.count);
    fills.set(id, f);
  }
  for (const f of fills.values()) f.role = dominantRole(f.byRole);
  return { fills, unknown };
}

/** Fill opacity by the share of the busiest country: 0.35 to 1. */
export const fillOpacity = (count: number, max: number): number => (max > 0 ? 0.35 + 0.65 * Math.min(1, count / max) : 0.35);

/** A row of the country table: the counts of GET /graph/routes, their sum, the role the map shows. */
export interface CountryRow extends RouteCountryCounts {
  total: number;
  role: RouteRole;
}

const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, n) : 0);

/** The countries of GET /graph/routes, codes upper-cased and merged, busiest first; those named in no role left out. */
export function countryRows(answer: RoutesAnswer | null | undefined): CountryRow[] {
  const byCode = new Map<string, CountryRow>();
  for (const c of answer?.countries ?? []) {
    const code = (c.code ?? '').trim().toUpperCase();
    if (!code) continue;
    const row = byCode.get(code) ?? { code, origin: 0, transit: 0, destination: 0, total: 0, role: 'destination' as RouteRole };
    for (const r of ROLES) row[r] += count(c[r]);
    byCode.set(code, row);
  }
  const rows = [...byCode.values()].map((r) => ({ ...r, total: r.origin + r.transit + r.destination, role: dominantRole(r) }));
  return rows.filter((r) => r.total > 0).sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
}

/** GET /graph/routes as the map takes it: one entry per country and role named. */
export function routesToCountries(answer: RoutesAnswer | null | undefined): RouteCountry[] {
  return countryRows(answer).flatMap((row) => ROLES.filter((r) => row[r] > 0).map((role) => ({ code: row.code, role, count: row[role] })));
}
