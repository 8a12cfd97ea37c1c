// Countries of a route as the map draws them: by world-atlas's numeric id, one role each.
import { ISO_NUMERIC } from './countryCodes';
import type { CaseCountryRow, RouteCountry, RouteRole } from './types';

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
  for (const f of fills.values()) {
    f.role = [...ROLES].reverse().reduce((best, r) => (f.byRole[r] > f.byRole[best] ? r : best), 'destination' as RouteRole);
  }
  return { fills, unknown };
}

/** Fill opacity by the share of the busiest country: 0.35 to 1. */
export const fillOpacity = (count: number, max: number): number => (max > 0 ? 0.35 + 0.65 * Math.min(1, count / max) : 0.35);

/**
 * PLACEHOLDER until the server has a trips route: each case's jurisdiction country counted as a
 * destination. The map component itself takes any origin/transit/destination list.
 */
export function casesToCountries(cases: CaseCountryRow[]): RouteCountry[] {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const code = (c.jurisdiction_country ?? c.jurisdiction?.country ?? '').trim().toUpperCase();
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code, count]) => ({ code, role: 'destination', count }));
}
