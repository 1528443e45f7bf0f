import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { evaluate, unknownIndicatorIds } from '../../core/identification/engine.js';
import { INSTRUMENT_IDS } from '../../core/identification/instrument.js';
import { INSTRUMENTS } from '../../core/identification/instruments/index.js';
import { createScreeningRequest, screeningQuery, screeningView } from '../../core/identification/screening.js';
import { instrumentTexts } from '../../core/identification/texts/index.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { readableCase } from '../cases/routes.js';
import { HttpError, notFound } from '../http/errors.js';
import { earlierRecord, idempotencyKey, type IdempotentRequest, rememberRecord, requestDigest } from '../http/idempotency.js';
import { route } from '../http/route.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { insertScreening, listScreenings, readableScreening } from './store.js';

const instrumentsAnswer = z.object({
  instruments: z.array(
    z.looseObject({
      id: z.enum(INSTRUMENT_IDS),
      version: z.number().int(),
      title: z.string(),
      description: z.string(),
      dimensions: z.array(
        z.looseObject({
          id: z.string(),
          title: z.string(),
          indicators: z.array(
            z.looseObject({ id: z.string(), strength: z.enum(['strong', 'medium', 'weak']), text: z.string(), question: z.string(), guidance: z.string() }),
          ),
        }),
      ),
    }),
  ),
});

/** Identification (issue 4): the instruments, and screenings computed and kept on the server. */
export function identificationRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/instruments',
      access: 'user',
      tag: 'identification',
      summary:
        'The screening instruments (ILO / EC operational indicators): dimensions, indicators with strengths, decision rules, and their texts in your language',
      response: instrumentsAnswer,
      handler: async ({ principal }) => {
        const texts = instrumentTexts(principal!.language);
        return {
          body: {
            instruments: INSTRUMENT_IDS.map((id) => ({
              ...INSTRUMENTS[id],
              title: texts.instruments[id].title,
              description: texts.instruments[id].description,
              dimensions: INSTRUMENTS[id].dimensions.map((d) => ({
                ...d,
                title: texts.dimensions[d.id].title,
                description: texts.dimensions[d.id].description,
                indicators: d.indicators.map((i) => ({ ...i, ...texts.indicators[id][i.id] })),
              })),
            })),
          },
        };
      },
    }),
    route({
      method: 'POST',
      url: '/api/screenings',
      access: 'screenings:create',
      tag: 'identification',
      summary:
        'Screen with an instrument: the answers are evaluated and kept with their result (an indication for referral, not a legal determination). ' +
        'With an Idempotency-Key header, a repeat of the same request returns the screening it created and creates nothing (status 200).',
      body: createScreeningRequest,
      response: screeningView,
      handler: async ({ body, principal, tx, ip, request }) => {
        const p = principal!;
        const def = INSTRUMENTS[body.instrumentId];
        const strangers = unknownIndicatorIds(def, body.answers);
        if (strangers.length)
          throw new HttpError(400, 'validation_failed', `answers.${strangers[0]}: not an indicator of ${def.id}.`, `answers.${strangers[0]}`);
        const idemKey = idempotencyKey(request);
        const idem: IdempotentRequest | null = idemKey
          ? { orgId: p.orgId, userId: p.id, key: idemKey, scope: 'screening', digest: requestDigest('screening', body) }
          : null;
        let replayed = false;
        const created = await tx(async (c) => {
          const v = await viewerOf(c, p);
          const earlier = idem ? await earlierRecord(c, idem) : null;
          if (earlier) {
            replayed = true;
            const view = await readableScreening(c, await s.orgKeys.keyFor(c, p.orgId), v, earlier);
            // Gone since (erased with its person or case): the key is spent, nothing is created again.
            if (!view) throw notFound('The screening this key created no longer exists.');
            await auditRecord(c, p, ip, 'screening.read', 'screening', earlier);
            return view;
          }
          if (body.personId && !(await readablePerson(s, c, v, body.personId)))
            throw new HttpError(400, 'validation_failed', 'personId: no such person, or not one you may see.', 'personId');
          if (body.link) {
            // A contact or an encounter of the organisation, which the caller may read.
            const table = body.link.type === 'contact' ? 'contacts' : 'encounters';
            const action = body.link.type === 'contact' ? 'contacts:read' : 'encounters:read';
            const found = await c.query(`SELECT 1 FROM ${table} WHERE org_id = $1 AND id = $2`, [p.orgId, body.link.id]);
            if (found.rowCount === 0 || !can(p, action)) throw new HttpError(400, 'validation_failed', `link.id: no such ${body.link.type}, or not one you may see.`, 'link.id');
          }
          if (body.caseId) {
            const kase = await readableCase(s, c, v, body.caseId);
            if (!kase) throw new HttpError(400, 'validation_failed', 'caseId: no such case, or not one you may see.', 'caseId');
            if (body.personId && kase.personId !== body.personId) throw new HttpError(400, 'validation_failed', 'caseId: a case of another person.', 'caseId');
          }
          const id = randomUUID();
          const key = await s.orgKeys.keyFor(c, p.orgId);
          await insertScreening(c, key, p.orgId, p.id, {
            id,
            answers: body.answers,
            result: evaluate(def, body.answers),
            personId: body.personId ?? null,
            caseId: body.caseId ?? null,
            link: body.link ?? null,
          });
          if (idem) await rememberRecord(c, idem, id);
          const view = await readableScreening(c, key, v, id);
          await auditRecord(c, p, ip, 'screening.create', 'screening', id);
          return view;
        });
        return replayed ? { status: 200, body: created, headers: { 'Idempotent-Replayed': 'true' } } : { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/screenings',
      access: 'screenings:read',
      tag: 'identification',
      summary: 'The screenings you may read, newest first, of a person or a case',
      query: screeningQuery,
      response: z.object({ items: z.array(screeningView) }),
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const found = await listScreenings(c, await s.orgKeys.keyFor(c, p.orgId), await viewerOf(c, p), query);
          await auditRecord(c, p, ip, 'screening.list', 'screening', null);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/screenings/:id',
      access: 'screenings:read',
      tag: 'identification',
      summary: 'A screening and its result as computed when it was saved (the read is recorded)',
      params: idParams,
      response: screeningView,
      recordParam: 'screening',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          const view = await readableScreening(c, await s.orgKeys.keyFor(c, p.orgId), await viewerOf(c, p), params.id);
          if (!view) throw notFound('No such screening, or not one you may see.');
          await auditRecord(c, p, ip, 'screening.read', 'screening', params.id);
          return view;
        });
        return { body: found };
      },
    }),
  ];
}
