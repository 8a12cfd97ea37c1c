export { FrontlinePage } from './FrontlinePage';
export { FrontlineNew } from './FrontlineNew';
export { FrontlineReportPage } from './FrontlineReportPage';
export { InboxPage } from './InboxPage';
// For the intelligence screens: the report is the intelligence report, read and acted on there.
export { FactsView, GradingView, ItemList } from './IntelView';
export { GradingSelects } from './GradingSelects';
export { OpenCaseForm } from './OpenCaseForm';
export { ReportBlocks } from './ReportBlocks';
export type { FrontlineReport } from './types';
