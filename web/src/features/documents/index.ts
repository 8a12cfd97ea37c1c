export { DocumentsTab } from './DocumentsTab';
