/** The hotline screens (issue 5), in one chunk. */
export { ContactPage } from './ContactPage.js';
export { ContactsPage } from './ContactsPage.js';
export { HotlineSettingsPage } from './HotlineSettingsPage.js';
export { NewContactPage } from './NewContactPage.js';
