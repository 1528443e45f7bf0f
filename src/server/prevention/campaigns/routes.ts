import type { RouteDef } from '../../http/route.js';
import type { Services } from '../../services.js';

/** Awareness campaigns and their activities (issue 8). */
export function campaignsRoutes(_s: Services): RouteDef[] {
  return [];
}
