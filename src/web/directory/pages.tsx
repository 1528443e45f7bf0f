/** The service directory screens (issue 6), in one chunk. */
export { DirectoryPage } from './DirectoryPage.js';
export { DirectoryTransferPage } from './DirectoryTransferPage.js';
export { EditServicePage } from './EditServicePage.js';
export { ServicePage } from './ServicePage.js';
