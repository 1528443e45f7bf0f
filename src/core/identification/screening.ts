/**
 * Screenings as the API takes and gives them. The result is computed by the engine (engine.ts) on
 * the server when the screening is saved and kept with it: a later version of the instrument never
 * changes an old result.
 */
import { z } from 'zod';
import { uuid } from '../platform/schemas.js';
import { ANSWERS, INSTRUMENT_IDS } from './instrument.js';

export const answersSchema = z
  .record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an indicator id'), z.enum(ANSWERS))
  .refine((a) => Object.keys(a).length <= 500, 'at most 500 answers');

export const screeningLink = z.strictObject({ type: z.enum(['contact', 'encounter']), id: uuid });

export const createScreeningRequest = z.strictObject({
  instrumentId: z.enum(INSTRUMENT_IDS),
  answers: answersSchema,
  /** The person screened, and/or their case, when known. */
  personId: uuid.optional(),
  caseId: uuid.optional(),
  /** A hotline contact or an outreach encounter. */
  link: screeningLink.optional(),
});
export type CreateScreeningRequest = z.infer<typeof createScreeningRequest>;

export const screeningQuery = z.strictObject({
  personId: uuid.optional(),
  caseId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const dimensionOutcome = z.looseObject({ id: z.string(), present: z.boolean(), indicators: z.array(z.looseObject({ id: z.string(), strength: z.string() })) });

/** The engine's result as stored and answered (see ScreeningResult in engine.ts). */
export const screeningResult = z.looseObject({
  instrumentId: z.string(),
  version: z.number().int(),
  presumedVictim: z.boolean(),
  dimensions: z.record(z.string(), dimensionOutcome),
  unknown: z.number().int(),
  couldChange: z.number().int(),
  settled: z.boolean(),
  nextSteps: z.array(z.string()),
});

export const screeningView = z.object({
  id: uuid,
  instrumentId: z.enum(INSTRUMENT_IDS),
  instrumentVersion: z.number().int(),
  answers: z.record(z.string(), z.enum(ANSWERS)),
  result: screeningResult,
  personId: uuid.nullable(),
  caseId: uuid.nullable(),
  link: screeningLink.nullable(),
  createdBy: uuid.nullable(),
  createdAt: z.string(),
});
export type ScreeningView = z.infer<typeof screeningView>;
