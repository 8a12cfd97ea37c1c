export { TimelineTab } from './TimelineTab';
export { NodeTimelinePage } from './NodeTimelinePage';
export { getTimeline } from './api';
export { dateRange, placeOf } from './display';
export type { TimelineItem } from './types';
