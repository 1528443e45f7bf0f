import { learnerInvitationRequest } from '../../core/learning/course.js';
import { inviteResponse } from '../../core/platform/schemas.js';
import { type RouteDef, route } from '../http/route.js';
import { createInvitation, emailInvitation } from '../platform/invitations.js';
import { createUser } from '../platform/provision.js';
import { getUser } from '../platform/users-store.js';
import type { Services } from '../services.js';
import { auditLearning } from './access.js';

/**
 * Guest learners: a trainer invites someone outside the organisation's staff (a lawyer, an officer
 * of a reception centre) with the role `learner` only: courses, no case data, and so no second
 * factor to enrol. The invitation is the platform's own (link, e-mail, acceptance).
 */
export function learnersRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'POST',
      url: '/api/learners/invitations',
      access: 'learners:invite',
      tag: 'learning',
      summary:
        'Invite a guest learner into your organisation (role learner: the courses only, no case data); returns the link to pass on, also sent by e-mail when mail is set up',
      body: learnerInvitationRequest,
      response: inviteResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const id = await createUser(c, { orgId: p.orgId, email: body.email, name: body.name, roles: ['learner'], language: body.language ?? p.language });
          const invitation = await createInvitation(s, c, p.orgId, id, p.id);
          await auditLearning(c, p, ip, 'learner.invite', 'user', id);
          return { user: (await getUser(c, p.orgId, id))!, invitation };
        });
        const emailed = await emailInvitation(s, out.invitation);
        return { status: 201, body: { user: out.user, inviteUrl: out.invitation.url, expiresAt: out.invitation.expiresAt.toISOString(), emailed } };
      },
    }),
  ];
}
