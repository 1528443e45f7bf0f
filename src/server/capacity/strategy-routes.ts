import type { RouteDef } from '../http/route.js';
import type { Services } from '../services.js';

/** The coalition strategy (issue 9): goals, activities, members' commitments. */
export function strategyRoutes(_s: Services): RouteDef[] {
  return [];
}
