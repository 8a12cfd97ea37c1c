export { ProsecutionTab } from './ProsecutionTab';
