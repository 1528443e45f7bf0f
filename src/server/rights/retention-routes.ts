import { z } from 'zod';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { type PurgeResult, type RetentionReport, purgeDue, retentionReport } from './retention.js';

const retentionItem = z.object({
  caseId: z.uuid(),
  caseNumber: z.number().int().positive(),
  personId: z.uuid(),
  personName: z.string().nullable(),
  restricted: z.boolean(),
  closedAt: z.string(),
  purgeOn: z.string(),
  personGoes: z.boolean(),
});
const reportAnswer = z.object({
  retentionMonths: z.number().int().nullable(),
  today: z.string(),
  upcomingDays: z.number().int(),
  due: z.array(retentionItem),
  upcoming: z.array(retentionItem),
}) satisfies z.ZodType<RetentionReport>;
const purgeAnswer = z.object({
  retentionMonths: z.number().int().nullable(),
  cases: z.number().int().min(0),
  persons: z.number().int().min(0),
  caseIds: z.array(z.uuid()),
  personIds: z.array(z.uuid()),
}) satisfies z.ZodType<PurgeResult>;

export function retentionRoutes(_s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/retention/report',
      access: 'cases:settings',
      tag: 'cases',
      summary:
        'Closed cases due for purging under your retention setting, now and within 30 days, and whether their persons go too (restricted cases: ids and dates only)',
      response: reportAnswer,
      handler: async ({ principal, tx, ip }) => {
        const p = principal!;
        return {
          body: await tx(async (c) => {
            const report = await retentionReport(c, p.orgId, await viewerOf(c, p));
            await auditRecord(c, p, ip, 'retention.report', 'retention', null);
            return report;
          }),
        };
      },
    }),
    route({
      method: 'POST',
      url: '/api/retention/purge',
      access: 'cases:settings',
      tag: 'cases',
      summary: 'Purge now the closed cases due under your retention setting, and the persons left without a case (the purge is recorded, not what was purged)',
      response: purgeAnswer,
      handler: async ({ principal, tx, ip }) => {
        const p = principal!;
        const result = await tx((c) => purgeDue(c, p.orgId, { actorId: p.id, actorEmail: p.email, ip, auditEmpty: true }));
        return { body: result };
      },
    }),
  ];
}
