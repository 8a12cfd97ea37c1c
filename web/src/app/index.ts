export { App } from './App';
export { matchRoute, homePath, allowed } from './routes';
export type { Route } from './routes';
