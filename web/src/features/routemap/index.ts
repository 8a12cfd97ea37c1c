export { RouteMap } from './RouteMap';
export { RouteMapPage } from './RouteMapPage';
export type { RouteCountry, RouteRole } from './types';
