export { ReferralsPage } from './ReferralsPage';
export { OverdueReferralsPage } from './OverdueReferralsPage';
export { ReferralStateBadge } from './ReferralStateBadge';
export { ReferralHistory } from './ReferralHistory';
export { transitionReferral } from './api';
export { checkTransition, isRevocable, transitionBody } from './transitions';
export type { Referral, ReferralState } from './types';
