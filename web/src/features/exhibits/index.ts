export { ExhibitsTab } from './ExhibitsTab';
