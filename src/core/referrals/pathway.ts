/**
 * Referral pathways: the ordered services a presumed victim should be offered (for example, adult
 * sexual exploitation, child labour exploitation), defined by the network's administrators. A
 * case follows one pathway; a step is done when the case has a referral for that type of service
 * that the receiver accepted (or took further), or a completed service of that type on record.
 */
import { z } from 'zod';
import { text } from '../cases/person.js';
import { EXPLOITATION_FORM } from '../cases/codes.js';
import { uuid } from '../platform/schemas.js';
import { SERVICE_TYPES, type ServiceType } from './directory.js';
import type { ReferralStatus } from './referral.js';

export const AGE_GROUPS = ['adult', 'child', 'any'] as const;

export const pathwayStep = z.strictObject({
  serviceType: z.enum(SERVICE_TYPES),
  /** What to offer at this step, in the network's words. */
  label: text(300).min(1),
});
export type PathwayStep = z.infer<typeof pathwayStep>;

export const pathwayRequest = z.strictObject({
  name: text(200).min(1),
  description: text(2000).default(''),
  ageGroup: z.enum(AGE_GROUPS).default('any'),
  exploitationForms: z
    .array(z.enum(EXPLOITATION_FORM.ids))
    .max(EXPLOITATION_FORM.ids.length)
    .refine((xs) => new Set(xs).size === xs.length, 'no duplicates')
    .default([]),
  steps: z.array(pathwayStep).min(1).max(30),
});
export type PathwayRequest = z.infer<typeof pathwayRequest>;

export const pathway = z.object({
  id: uuid,
  name: z.string(),
  description: z.string(),
  ageGroup: z.enum(AGE_GROUPS),
  exploitationForms: z.array(z.string()),
  steps: z.array(z.object({ serviceType: z.enum(SERVICE_TYPES), label: z.string() })),
  version: z.number().int(),
});
export type Pathway = z.infer<typeof pathway>;

export const stepProgress = z.object({
  serviceType: z.enum(SERVICE_TYPES),
  label: z.string(),
  state: z.enum(['done', 'referred', 'open']),
  /** The referral or service entry that made the step done (or referred). */
  referralId: uuid.nullable(),
});
export type StepProgress = z.infer<typeof stepProgress>;

export const caseProgress = z.object({
  pathway: pathway.nullable(),
  steps: z.array(stepProgress),
  done: z.number().int(),
  /** Pathways that fit the case (its age group and forms), for choosing one. */
  suggested: z.array(z.object({ id: uuid, name: z.string() })),
});
export type CaseProgress = z.infer<typeof caseProgress>;

export interface CaseReferralFact {
  readonly id: string;
  readonly types: readonly string[];
  readonly status: ReferralStatus;
}

const TAKEN: ReadonlySet<ReferralStatus> = new Set(['accepted', 'in-progress', 'completed']);

/**
 * Each step's state: done by an accepted (or further) referral of its type, or by a completed
 * service entry of its type; referred while a referral of its type waits for an answer; else open.
 * One referral counts for one step only (two shelter steps need two shelter referrals).
 */
export function pathwayProgress(
  steps: readonly PathwayStep[],
  referrals: readonly CaseReferralFact[],
  completedServiceTypes: readonly string[],
): StepProgress[] {
  const used = new Set<string>();
  const servicesLeft = [...completedServiceTypes];
  return steps.map((step) => {
    const taken = referrals.find((r) => !used.has(r.id) && TAKEN.has(r.status) && r.types.includes(step.serviceType));
    if (taken) {
      used.add(taken.id);
      return { ...step, state: 'done', referralId: taken.id };
    }
    const i = servicesLeft.indexOf(step.serviceType);
    if (i >= 0) {
      servicesLeft.splice(i, 1);
      return { ...step, state: 'done', referralId: null };
    }
    const waiting = referrals.find((r) => !used.has(r.id) && r.status === 'sent' && r.types.includes(step.serviceType));
    if (waiting) {
      used.add(waiting.id);
      return { ...step, state: 'referred', referralId: waiting.id };
    }
    return { ...step, state: 'open', referralId: null };
  });
}

/** Whether a pathway fits a case: its age group, and (when it names forms) one of the case's forms. */
export function pathwayFits(p: Pick<Pathway, 'ageGroup' | 'exploitationForms'>, child: boolean | undefined, forms: readonly string[]): boolean {
  if (p.ageGroup === 'adult' && child === true) return false;
  if (p.ageGroup === 'child' && child === false) return false;
  return p.exploitationForms.length === 0 || p.exploitationForms.some((f) => forms.includes(f));
}

export type { ServiceType };
