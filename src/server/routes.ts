import { advocacyRoutes } from './advocacy/routes.js';
import { auditRoutes } from './audit/routes.js';
import { capacityRoutes } from './capacity/routes.js';
import { strategyRoutes } from './capacity/strategy-routes.js';
import { documentsRoutes } from './cases/documents-routes.js';
import { entriesRoutes } from './cases/entries-routes.js';
import { casesRoutes } from './cases/routes.js';
import { tasksRoutes } from './cases/tasks-routes.js';
import { dashboardRoutes } from './data/dashboard/routes.js';
import { exportsRoutes } from './data/exports/routes.js';
import { htcdsRoutes } from './data/htcds/routes.js';
import { linkageRoutes } from './data/linkage/routes.js';
import { hotlineRoutes } from './hotline/routes.js';
import type { RouteDef } from './http/route.js';
import { identificationRoutes } from './identification/routes.js';
import { learningRoutes } from './learning/routes.js';
import { outreachRoutes } from './outreach/routes.js';
import { personsRoutes } from './persons/routes.js';
import { authRoutes } from './platform/auth-routes.js';
import { meRoutes } from './platform/me-routes.js';
import { organisationsRoutes } from './platform/organisations-routes.js';
import { usersRoutes } from './platform/users-routes.js';
import { campaignsRoutes } from './prevention/campaigns/routes.js';
import { jobOfferRoutes } from './prevention/help/routes.js';
import { helpSettingsRoutes } from './prevention/help/settings-routes.js';
import { directoryRoutes } from './referrals/directory-routes.js';
import { directoryTransferRoutes } from './referrals/directory-transfer-routes.js';
import { hsdsRoutes } from './referrals/hsds-routes.js';
import { notificationsRoutes } from './referrals/notifications-routes.js';
import { pathwaysRoutes } from './referrals/pathways-routes.js';
import { referralsRoutes } from './referrals/routes.js';
import { exportRoutes } from './rights/export-routes.js';
import { retentionRoutes } from './rights/retention-routes.js';
import type { Services } from './services.js';

/** The route registry: every API route of every module. The permission and fuzz tests walk this list. */
export function allRoutes(s: Services): RouteDef[] {
  return [
    ...authRoutes(s),
    ...meRoutes(s),
    ...usersRoutes(s),
    ...organisationsRoutes(s),
    ...auditRoutes(s),
    ...personsRoutes(s),
    ...casesRoutes(s),
    ...entriesRoutes(s),
    ...documentsRoutes(s),
    ...tasksRoutes(s),
    ...exportRoutes(s),
    ...retentionRoutes(s),
    ...identificationRoutes(s),
    ...hotlineRoutes(s),
    ...outreachRoutes(s),
    ...directoryRoutes(s),
    ...directoryTransferRoutes(s),
    ...hsdsRoutes(s),
    ...referralsRoutes(s),
    ...pathwaysRoutes(s),
    ...notificationsRoutes(s),
    ...dashboardRoutes(s),
    ...exportsRoutes(s),
    ...htcdsRoutes(s),
    ...linkageRoutes(s),
    ...campaignsRoutes(s),
    ...jobOfferRoutes(s),
    ...helpSettingsRoutes(s),
    ...learningRoutes(s),
    ...capacityRoutes(s),
    ...strategyRoutes(s),
    ...advocacyRoutes(s),
  ];
}
