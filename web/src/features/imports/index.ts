export { ImportsTab } from './ImportsTab';
