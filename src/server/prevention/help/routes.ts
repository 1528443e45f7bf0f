import { jobOfferCheckRequest, jobOfferCheckResponse } from '../../../core/prevention/help.js';
import { checkOffer } from '../../../core/prevention/job-offer/index.js';
import { RateLimiter } from '../../http/rate-limit.js';
import { type RouteDef, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { signTexts } from './texts.js';

/**
 * The public job-offer check (issue 8): stateless, no sign-in. Nothing of the request is stored,
 * logged or audited; the public page runs the same engine in the browser and does not call this.
 */
export function jobOfferRoutes(_s: Services): RouteDef[] {
  const limiter = new RateLimiter(60, 60_000);
  return [
    route({
      method: 'POST',
      url: '/api/public/job-offer-check',
      access: 'public',
      tag: 'prevention',
      summary: 'Which warning signs of deceptive recruitment a job offer shows, from answers and its text (nothing is stored)',
      body: jobOfferCheckRequest,
      response: jobOfferCheckResponse,
      handler: async ({ body, ip }) => {
        limiter.check(ip);
        return { body: checkOffer(body, signTexts(body.lang)) };
      },
    }),
  ];
}
