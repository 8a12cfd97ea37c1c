export type RouteRole = 'origin' | 'transit' | 'destination';

/** One country on the route map: ISO 3166-1 alpha-2 (or numeric) code, its role, how many cases or trips. */
export interface RouteCountry {
  code: string;
  role: RouteRole;
  count: number;
}

/** What GET /cases lists, as far as the map needs it (`jurisdiction_country` accepted too). */
export interface CaseCountryRow {
  id: string;
  jurisdiction?: { country?: string | null } | null;
  jurisdiction_country?: string | null;
}
