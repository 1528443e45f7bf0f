import type { RouteDef } from '../http/route.js';
import type { Services } from '../services.js';
import { certificatesRoutes } from './certificates-routes.js';
import { coursesRoutes } from './courses-routes.js';
import { enrolmentsRoutes } from './enrolments-routes.js';
import { imagesRoutes } from './images-routes.js';
import { learnersRoutes } from './learners-routes.js';

/** E-learning (issue 9): courses, enrolments, attempts, certificates, guest learners. */
export function learningRoutes(s: Services): RouteDef[] {
  return [...coursesRoutes(s), ...imagesRoutes(s), ...enrolmentsRoutes(s), ...certificatesRoutes(s), ...learnersRoutes(s)];
}
