/** The screening screens, in one chunk: once one is open, the others work without the network. */
export { NewScreeningPage } from './NewScreeningPage.js';
export { ScreeningPage } from './ScreeningPage.js';
export { ScreeningsPage } from './ScreeningsPage.js';
