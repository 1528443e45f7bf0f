/** The referral screens (issue 6), in one chunk. */
export { NewReferralPage } from './NewReferralPage.js';
export { PathwaysPage } from './PathwaysPage.js';
export { ReferralPage } from './ReferralPage.js';
export { ReferralsPage } from './ReferralsPage.js';
