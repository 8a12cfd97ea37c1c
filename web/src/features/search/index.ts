export { SearchPage } from './SearchPage';
export { SearchPanel } from './SearchPanel';
