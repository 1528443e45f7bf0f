/**
 * The work on a case as sub-resources of one shape: consents, assessments, the support plan,
 * tasks and appointments, services, notes and legal proceedings. Each kind says where it lives in
 * the API, how it is validated, which of its fields are narratives (sealed with the organisation's
 * key at rest) and which plain facts its timeline line shows. Server routes, the store, the web app
 * and the tests are all driven by this table.
 */
import { z } from 'zod';
import { createConsentRequest } from './consent.js';
import {
  createNeedsAssessmentRequest,
  createNoteRequest,
  createPlanObjectiveRequest,
  createProceedingRequest,
  createRiskAssessmentRequest,
  createServiceRequest,
  createTaskRequest,
} from './work.js';

export interface EntryKind {
  /** Stored kind and locale key: `cases:entries.<kind>`. */
  readonly kind: string;
  /** The path under /api/cases/:id/. */
  readonly path: string;
  /** The create request. */
  readonly create: z.ZodType<Record<string, unknown>>;
  /** The update request: the whole entry again, with the version read. */
  readonly update: z.ZodType<Record<string, unknown> & { version: number }>;
  /** Top-level fields that are narratives: sealed at rest, never in the timeline. */
  readonly sealed: readonly string[];
  /** Plain fields copied into the timeline line (codes and dates only). */
  readonly facts: readonly string[];
  /** A valid create request (documentation, tests, demo data). */
  readonly example: Record<string, unknown>;
}

const version = { version: z.number().int().min(0) };

function kind(def: Omit<EntryKind, 'update' | 'create'> & { create: z.ZodObject }): EntryKind {
  return { ...def, create: def.create as unknown as EntryKind['create'], update: def.create.extend(version) as unknown as EntryKind['update'] };
}

/** Risk and needs assessments share one path, told apart by `type`. */
const riskAssessment = createRiskAssessmentRequest.extend({ type: z.literal('risk') });
const needsAssessment = createNeedsAssessmentRequest.extend({ type: z.literal('needs') });
const assessment = z.discriminatedUnion('type', [riskAssessment, needsAssessment]);
const assessmentUpdate = z.discriminatedUnion('type', [riskAssessment.extend(version), needsAssessment.extend(version)]);

export const ENTRY_KINDS = [
  kind({
    kind: 'consent',
    path: 'consents',
    create: createConsentRequest,
    sealed: ['note', 'witnessName'],
    facts: ['purpose', 'organisationId', 'givenBy', 'method', 'givenOn', 'expiresOn'],
    example: { purpose: 'data-processing', givenBy: 'person', method: 'written', givenOn: '2025-03-01' },
  }),
  {
    kind: 'assessment',
    path: 'assessments',
    create: assessment as unknown as EntryKind['create'],
    update: assessmentUpdate as unknown as EntryKind['update'],
    sealed: ['note', 'needs'],
    facts: ['type', 'level', 'assessedOn'],
    example: { type: 'risk', assessedOn: '2025-03-02', level: 'high', factors: [] },
  },
  kind({
    kind: 'objective',
    path: 'plan',
    create: createPlanObjectiveRequest,
    sealed: ['description'],
    facts: ['type', 'status', 'targetOn'],
    example: { type: 'health', description: 'Medical check-up and follow-up' },
  }),
  kind({
    kind: 'task',
    path: 'tasks',
    create: createTaskRequest,
    sealed: ['title'],
    facts: ['kind', 'due', 'done'],
    example: { kind: 'appointment', title: 'Meeting with the lawyer', due: '2025-04-01', time: '10:30' },
  }),
  kind({
    kind: 'service',
    path: 'services',
    create: createServiceRequest,
    // The provider's name can locate the person (which shelter): sealed like a narrative.
    sealed: ['note', 'provider'],
    facts: ['type', 'from', 'to', 'outcome'],
    example: { type: 'shelter', provider: 'Safe House', from: '2025-03-01' },
  }),
  kind({
    kind: 'note',
    path: 'notes',
    create: createNoteRequest,
    sealed: ['text'],
    facts: [],
    example: { text: 'First meeting at the drop-in centre.' },
  }),
  kind({
    kind: 'proceeding',
    path: 'proceedings',
    create: createProceedingRequest,
    sealed: ['note', 'reference', 'court'],
    facts: ['stage', 'personRole', 'outcome'],
    example: { stage: 'complaint', personRole: 'victim' },
  }),
] as const satisfies readonly EntryKind[];

export type EntryKindName = (typeof ENTRY_KINDS)[number]['kind'];

export function entryKind(kindName: string): EntryKind | undefined {
  return ENTRY_KINDS.find((k) => k.kind === kindName);
}

/** Splits an entry's fields into plain facts and sealed narratives. */
export function splitEntry(k: EntryKind, data: Record<string, unknown>): { plain: Record<string, unknown>; sealed: Record<string, unknown> | null } {
  const plain: Record<string, unknown> = {};
  const sealed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    if (k.sealed.includes(key)) sealed[key] = value;
    else plain[key] = value;
  }
  return { plain, sealed: Object.keys(sealed).length ? sealed : null };
}

/** The plain facts of an entry for its timeline line. */
export function entryFacts(k: EntryKind, data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(k.facts.filter((f) => data[f] !== undefined).map((f) => [f, data[f]]));
}
