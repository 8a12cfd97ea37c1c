export type RouteRole = 'origin' | 'transit' | 'destination';

/** One country on the route map: ISO 3166-1 alpha-2 (or numeric) code, its role, how many cases or trips. */
export interface RouteCountry {
  code: string;
  role: RouteRole;
  count: number;
}

/** A country of GET /graph/routes: how many visible cases name it in each role. */
export interface RouteCountryCounts {
  code: string;
  origin: number;
  transit: number;
  destination: number;
}

export interface RoutesAnswer {
  /** The cases counted. */
  cases: number;
  countries: RouteCountryCounts[];
}
