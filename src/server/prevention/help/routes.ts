import type { RouteDef } from '../../http/route.js';
import type { Services } from '../../services.js';

/** The public job-offer check (issue 8): stateless, no sign-in. */
export function jobOfferRoutes(_s: Services): RouteDef[] {
  return [];
}
