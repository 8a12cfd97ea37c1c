export { ClusterPage } from './ClusterPage';
export { DeconflictionPage } from './DeconflictionPage';
export { MatchDetailPage } from './MatchDetailPage';
export { MatchQueuePage } from './MatchQueuePage';
export type { Match, MatchCount, MatchCounts, MatchSide, MatchStatus } from './types';
