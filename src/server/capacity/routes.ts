import type { RouteDef } from '../http/route.js';
import type { Services } from '../services.js';

/** Peer-to-peer exchange (issue 9): capacity self-assessments, offers, matches, exchanges. */
export function capacityRoutes(_s: Services): RouteDef[] {
  return [];
}
