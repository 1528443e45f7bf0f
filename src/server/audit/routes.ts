import * as S from '../../core/platform/schemas.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { listAudit } from './store.js';

export function auditRoutes(_s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/audit',
      access: 'audit:read',
      tag: 'audit',
      summary: "Your organisation's audit trail, newest first, with filters",
      query: S.auditQuery,
      response: S.auditPage,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => listAudit(c, p.orgId, p.networkAdmin, query)) };
      },
    }),
  ];
}
