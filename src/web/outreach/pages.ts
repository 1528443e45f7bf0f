/** The outreach screens (issue 5), in one chunk: once one is open, the others work without the network. */
export { EncountersPage } from './EncountersPage.js';
export { NewEncounterPage } from './NewEncounterPage.js';
export { OutreachPeoplePage } from './OutreachPeoplePage.js';
