import type { RouteDef } from '../../http/route.js';
import type { Services } from '../../services.js';

/** The public page's settings, what it shows for a country, and messages written to a hotline (issue 8). */
export function helpSettingsRoutes(_s: Services): RouteDef[] {
  return [];
}
