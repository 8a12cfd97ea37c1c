export { IntelListPage } from './IntelListPage';
export { IntelReportPage } from './IntelReportPage';
export { IntelSearchPage } from './IntelSearchPage';
export { IntelStatsPage } from './IntelStatsPage';
export { NoticesPage } from './NoticesPage';
export { ReviewPage } from './ReviewPage';
export { SearchLogPage } from './SearchLogPage';
