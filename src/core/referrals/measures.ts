/**
 * Referral measures for the data module: how fast receivers accept, how many they accept, and
 * who refers to whom between organisations and countries. Counts and times only, no person.
 */
import { z } from 'zod';
import type { ReferralStatus } from './referral.js';

export interface ReferralFact {
  readonly fromOrg: string;
  readonly toOrg: string;
  readonly fromCountry: string;
  readonly toCountry: string;
  readonly status: ReferralStatus;
  readonly sentAt: Date;
  /** When the receiver accepted (kept after later states). */
  readonly acceptedAt: Date | null;
  /** When the receiver declined. */
  readonly declinedAt: Date | null;
}

export const flow = z.object({ from: z.string(), to: z.string(), sent: z.number().int(), accepted: z.number().int() });

export const referralMeasures = z.object({
  sent: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  waiting: z.number().int(),
  withdrawn: z.number().int(),
  /** Accepted among those the receiver answered (accepted or declined); null before any answer. */
  acceptanceRate: z.number().nullable(),
  /** Hours from sent to accepted: median and 90th percentile; null before any acceptance. */
  hoursToAcceptMedian: z.number().nullable(),
  hoursToAcceptP90: z.number().nullable(),
  transnational: z.number().int(),
  byOrganisation: z.array(flow),
  byCountry: z.array(flow),
});
export type ReferralMeasures = z.infer<typeof referralMeasures>;

/** The q-quantile (0..1) of sorted numbers, by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function flows(facts: readonly ReferralFact[], keyOf: (f: ReferralFact) => [string, string]): z.infer<typeof flow>[] {
  const m = new Map<string, z.infer<typeof flow>>();
  for (const f of facts) {
    const [from, to] = keyOf(f);
    const k = `${from}\u0000${to}`;
    const row = m.get(k) ?? { from, to, sent: 0, accepted: 0 };
    row.sent++;
    if (f.acceptedAt) row.accepted++;
    m.set(k, row);
  }
  return [...m.values()].sort((a, b) => b.sent - a.sent || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

export function measureReferrals(facts: readonly ReferralFact[]): ReferralMeasures {
  const accepted = facts.filter((f) => f.acceptedAt).length;
  const declined = facts.filter((f) => f.declinedAt || f.status === 'declined').length;
  const hours = facts
    .filter((f) => f.acceptedAt)
    .map((f) => (f.acceptedAt!.getTime() - f.sentAt.getTime()) / 3_600_000)
    .sort((a, b) => a - b);
  const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
  return {
    sent: facts.length,
    accepted,
    declined,
    waiting: facts.filter((f) => f.status === 'sent').length,
    withdrawn: facts.filter((f) => f.status === 'withdrawn').length,
    acceptanceRate: accepted + declined === 0 ? null : Math.round((accepted / (accepted + declined)) * 1000) / 1000,
    hoursToAcceptMedian: round(quantile(hours, 0.5)),
    hoursToAcceptP90: round(quantile(hours, 0.9)),
    transnational: facts.filter((f) => f.fromCountry !== f.toCountry).length,
    byOrganisation: flows(facts, (f) => [f.fromOrg, f.toOrg]),
    byCountry: flows(facts, (f) => [f.fromCountry, f.toCountry]),
  };
}
