import type { RouteDef } from '../http/route.js';
import type { Services } from '../services.js';

/** Action plans and recommendations (issue 9), tracked to implementation. */
export function advocacyRoutes(_s: Services): RouteDef[] {
  return [];
}
