import type { RouteDef } from '../http/route.js';
import type { Services } from '../services.js';

/** E-learning (issue 9): courses, enrolments, attempts, certificates. */
export function learningRoutes(_s: Services): RouteDef[] {
  return [];
}
