import { z } from 'zod';
import { idParams, uuid } from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { HttpError, notFound } from '../http/errors.js';
import { route } from '../http/route.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { requireConsent } from './consent-check.js';
import { collectPersonExport } from './export-data.js';
import { renderPersonPdf } from './export-pdf.js';

export const exportQuery = z
  .strictObject({
    format: z.enum(['json', 'pdf']).default('json'),
    /** subject-access: the person's right of access (GDPR art. 15); sharing: for another organisation, with the person's consent. */
    purpose: z.enum(['subject-access', 'sharing']).default('subject-access'),
    /** For `sharing`: the organisation the export is for. */
    organisationId: uuid.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.purpose === 'sharing' && !q.organisationId) ctx.addIssue({ code: 'custom', message: 'sharing names the organisation', path: ['organisationId'] });
    if (q.purpose !== 'sharing' && q.organisationId) ctx.addIssue({ code: 'custom', message: 'only for sharing', path: ['organisationId'] });
  });

const NO_SUCH_PERSON = 'No such person, or not one you may see.';

export function exportRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/persons/:id/export',
      access: 'persons:export',
      tag: 'persons',
      summary:
        'Everything about a person: JSON (haven.person-export/1, with the files) or a PDF report in your language; for their right of access, or for sharing with an organisation they consented to (the export is recorded)',
      params: idParams,
      query: exportQuery,
      recordParam: 'person',
      handler: async ({ params, query, principal, tx, ip, reply }) => {
        const p = principal!;
        const action = query.purpose === 'sharing' ? 'person.export-for-sharing' : 'person.export';
        let out: Awaited<ReturnType<typeof collectPersonExport>>;
        try {
          out = await tx(async (c) => {
            const v = await viewerOf(c, p);
            // Who may not read the person learns nothing, not even whether a consent exists.
            if (!(await readablePerson(s, c, v, params.id))) throw notFound(NO_SUCH_PERSON);
            let sharing: { organisationId: string; consentId: string } | null = null;
            if (query.purpose === 'sharing' && query.organisationId) {
              const known = await c.query('SELECT 1 FROM organisations WHERE id = $1', [query.organisationId]);
              if (!known.rowCount) throw new HttpError(400, 'validation_failed', 'organisationId: no such organisation in the network.', 'organisationId');
              const consent = await requireConsent(c, p.orgId, { personId: params.id }, { purpose: 'sharing', organisationId: query.organisationId });
              sharing = { organisationId: query.organisationId, consentId: consent.id };
            }
            const x = await collectPersonExport(s, c, v, params.id, {
              purpose: query.purpose,
              sharing,
              withContent: query.format === 'json',
              exporter: { id: p.id, name: p.name },
            });
            if (!x) throw notFound(NO_SUCH_PERSON);
            await auditRecord(c, p, ip, action, 'person', params.id);
            return x;
          });
        } catch (err) {
          // A refused sharing is recorded too (outside the rolled-back transaction).
          if (err instanceof HttpError && err.code === 'consent_required') {
            await appendAudit(s.db.app, {
              orgId: p.orgId,
              actorId: p.id,
              actorEmail: p.email,
              action,
              recordType: 'person',
              recordId: params.id,
              ip,
              outcome: 'denied',
            }).catch(() => undefined);
          }
          throw err;
        }
        if (!out) throw notFound(NO_SUCH_PERSON);
        if (query.format === 'pdf') {
          const pdf = await renderPersonPdf(out, p.language);
          reply.header('content-type', 'application/pdf');
          reply.header('content-disposition', `attachment; filename="person-${params.id}.pdf"`);
          return { body: pdf };
        }
        reply.header('content-disposition', `attachment; filename="person-${params.id}.json"`);
        return { body: out };
      },
    }),
  ];
}
