/** The campaigns' screens (issue 8), each in a file of its own. */
export { CampaignPage } from './CampaignPage.js';
export { CampaignsPage } from './CampaignsPage.js';
export { EditCampaignPage } from './EditCampaignPage.js';
export { CampaignReachPage } from './ReachPage.js';
