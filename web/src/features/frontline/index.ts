export { FrontlinePage } from './FrontlinePage';
export { FrontlineNew } from './FrontlineNew';
export { FrontlineReportPage } from './FrontlineReportPage';
export { InboxPage } from './InboxPage';
