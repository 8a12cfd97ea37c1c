export { CaseNetworkTab } from './CaseNetworkTab';
export { GraphPage } from './GraphPage';
