import { z } from 'zod';
import { parseCertificateCode } from '../../core/learning/certificate-code.js';
import { certificateCheck } from '../../core/learning/course.js';
import { idParams } from '../../core/platform/schemas.js';
import { notFound } from '../http/errors.js';
import { RateLimiter } from '../http/rate-limit.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditLearning, NO_SUCH_ENROLMENT } from './access.js';
import { certificatePdf } from './certificate-pdf.js';
import { certificateOf, checkCertificate, enrolmentById } from './enrolments-store.js';

/**
 * Certificates: the learner downloads theirs as a PDF; anyone confirms one by its code at a public
 * address, which answers only what the certificate says (never the learner's account or progress)
 * and the same 404 for a code never issued and for one that cannot be a code.
 */

const NO_SUCH_CERTIFICATE = 'No certificate has this code.';

export function certificatesRoutes(s: Services): RouteDef[] {
  const limiter = new RateLimiter(30, 60_000);
  return [
    route({
      method: 'GET',
      url: '/api/enrolments/:id/certificate',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'Your certificate of a completed course, as a PDF in the enrolment’s language, with its code and the address (and QR code) that confirms it; 404 before completion',
      params: idParams,
      handler: async ({ params, principal, tx, ip, request }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          const enrolment = await enrolmentById(c, p.id, params.id);
          if (!enrolment) throw notFound(NO_SUCH_ENROLMENT);
          const certificate = await certificateOf(c, p.id, enrolment.id);
          if (!certificate) throw notFound('This course is not completed yet: there is no certificate.');
          await auditLearning(c, p, ip, 'certificate.download', 'certificate', certificate.code);
          return { enrolment, certificate };
        });
        const origin = s.config.publicUrl ?? `${request.protocol}://${request.host}`;
        const verifyUrl = new URL(`/certificates/${found.certificate.code}`, origin).toString();
        const pdf = await certificatePdf(found.certificate, found.enrolment.language, verifyUrl);
        return {
          body: pdf,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="certificate-${found.certificate.code}.pdf"`,
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
          },
        };
      },
    }),
    route({
      method: 'GET',
      url: '/api/public/certificates/:code',
      access: 'public',
      tag: 'learning',
      summary:
        'Confirm a certificate by its code (no sign-in): who it was issued to, for which course, by which organisation, on which day. 404 for any code not issued. At most 30 a minute from one address',
      params: z.strictObject({ code: z.string() }),
      response: certificateCheck,
      handler: async ({ params, ip }) => {
        limiter.check(ip);
        const code = parseCertificateCode(params.code);
        const found = code ? await s.db.anonymous((c) => checkCertificate(c, code)) : undefined;
        if (!found) throw notFound(NO_SUCH_CERTIFICATE);
        return {
          body: {
            code: found.code,
            learnerName: found.learnerName,
            courseTitle: found.courseTitle,
            organisation: found.organisation,
            issuedOn: found.issuedAt.toISOString().slice(0, 10),
          },
          headers: { 'cache-control': 'no-store' },
        };
      },
    }),
  ];
}
