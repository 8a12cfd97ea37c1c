export { WorkflowTab } from './WorkflowTab';
export { WorkflowAdminPage } from './WorkflowAdminPage';
