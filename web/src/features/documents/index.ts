export { AttachmentsPanel } from './AttachmentsPanel';
export { DocumentsTab } from './DocumentsTab';
