import { auditRoutes } from './audit/routes.js';
import type { RouteDef } from './http/route.js';
import { authRoutes } from './platform/auth-routes.js';
import { meRoutes } from './platform/me-routes.js';
import { organisationsRoutes } from './platform/organisations-routes.js';
import { usersRoutes } from './platform/users-routes.js';
import type { Services } from './services.js';

/** The route registry: every API route of every module. The permission and fuzz tests walk this list. */
export function allRoutes(s: Services): RouteDef[] {
  return [...authRoutes(s), ...meRoutes(s), ...usersRoutes(s), ...organisationsRoutes(s), ...auditRoutes(s)];
}
