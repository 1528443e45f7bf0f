/** The supervisor's view of the hotline and outreach: counts and times only, never what was said. */
import { z } from 'zod';
import { funnelRow } from '../outreach/funnel.js';
import { uuid } from '../platform/schemas.js';
import { CHANNELS } from './contact.js';

export const statsQuery = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
});
export type StatsQuery = z.infer<typeof statsQuery>;

export const hotlineStats = z.object({
  from: z.string(),
  to: z.string(),
  contacts: z.number().int(),
  perDay: z.array(z.object({ day: z.string(), count: z.number().int() })),
  perChannel: z.array(z.object({ channel: z.enum(CHANNELS), count: z.number().int() })),
  perReason: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  perOperator: z.array(z.object({ operatorId: uuid.nullable(), name: z.string().nullable(), count: z.number().int(), averageSeconds: z.number().nullable() })),
  /** Mean duration of the contacts with a duration, in seconds. */
  averageHandlingSeconds: z.number().nullable(),
  followUps: z.object({ open: z.number().int(), overdue: z.number().int() }),
  immediateDanger: z.number().int(),
  funnel: z.object({ all: z.array(funnelRow), byMonth: z.array(funnelRow), byZone: z.array(funnelRow), byTeam: z.array(funnelRow) }),
});
export type HotlineStats = z.infer<typeof hotlineStats>;
