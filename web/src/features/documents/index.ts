export { AttachmentsPanel } from './AttachmentsPanel';
export { DocumentsTab } from './DocumentsTab';
export { uploadDocument } from './api';
