export { TimelineTab } from './TimelineTab';
export { getTimeline } from './api';
export { dateRange, placeOf } from './display';
export type { TimelineItem } from './types';
