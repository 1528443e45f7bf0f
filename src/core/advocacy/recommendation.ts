/**
 * Action plans and recommendations (issue 9): the sources (a GRETA evaluation round, a UN treaty
 * body's concluding observations, a UPR cycle, an OSCE report, a national action plan, the
 * coalition's own strategy) and the recommendations or plan actions they contain, each tracked to
 * implementation through a dated history of status changes with evidence and documents.
 *
 * They describe what governments committed to, not people: every member of the network reads every
 * member's records (`recommendations:read`); the owning organisation changes them, and network
 * administrators may change any organisation's (`recommendations:write`, see `can`).
 */
import { z } from 'zod';
import { calendarDate, compareDates, pastDate } from '../cases/dates.js';
import { distinct, text } from '../cases/person.js';
import { countryCode, uuid } from '../platform/schemas.js';

export const SOURCE_KINDS = ['greta-evaluation', 'un-treaty-body', 'upr', 'osce', 'national-action-plan', 'coalition-strategy', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const THEMES = [
  'identification',
  'assistance',
  'compensation',
  'prosecution',
  'prevention',
  'children',
  'labour-exploitation',
  'data',
  'coordination',
  'legislation',
  'training',
  'non-punishment',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];

/** From nothing done to done, and `regressed` for a step back (a law repealed, a service closed). */
export const STATUSES = ['not-started', 'in-progress', 'partially-implemented', 'implemented', 'regressed'] as const;
export type RecommendationStatus = (typeof STATUSES)[number];

/** Counts by status, every status present. */
export type StatusCounts = Record<RecommendationStatus, number>;
export const statusCounts = z.object({
  'not-started': z.number(),
  'in-progress': z.number(),
  'partially-implemented': z.number(),
  implemented: z.number(),
  regressed: z.number(),
});
export const zeroCounts = (): StatusCounts => ({ 'not-started': 0, 'in-progress': 0, 'partially-implemented': 0, implemented: 0, regressed: 0 });

/** A web address, http(s) only. */
const link = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'a web address starting with https://');

const sourceFields = {
  kind: z.enum(SOURCE_KINDS),
  /** E.g. "GRETA third evaluation round, Greece, 2023". */
  name: text(300).min(1),
  /** The country the source is about (none for a regional or the coalition's strategy). */
  country: countryCode.optional(),
  /** When it was published or adopted. */
  date: calendarDate.optional(),
  link: link.optional(),
  /** A national action plan's period and adopting authority. */
  periodStart: calendarDate.optional(),
  periodEnd: calendarDate.optional(),
  adoptedBy: text(300).min(1).optional(),
};

function checkSource(
  s: { kind: SourceKind; periodStart?: string | undefined; periodEnd?: string | undefined; adoptedBy?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (s.kind !== 'national-action-plan') {
    for (const key of ['periodStart', 'periodEnd', 'adoptedBy'] as const)
      if (s[key] !== undefined) ctx.addIssue({ code: 'custom', message: 'only for a national action plan', path: [key] });
    return;
  }
  if (s.periodStart === undefined) ctx.addIssue({ code: 'custom', message: 'a national action plan needs the start of its period', path: ['periodStart'] });
  if (s.periodStart !== undefined && s.periodEnd !== undefined && compareDates(s.periodEnd, s.periodStart) < 0)
    ctx.addIssue({ code: 'custom', message: 'must not be before periodStart', path: ['periodEnd'] });
}

export const sourceRequest = z.strictObject(sourceFields).superRefine(checkSource);
export type SourceRequest = z.infer<typeof sourceRequest>;
/** A source's fields replaced, with the version read (a newer one is refused with 409 `stale_version`). */
export const updateSourceRequest = z.strictObject({ ...sourceFields, version: z.number().int().min(0) }).superRefine(checkSource);
export type UpdateSourceRequest = z.infer<typeof updateSourceRequest>;

export const sourceView = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  kind: z.enum(SOURCE_KINDS),
  name: z.string(),
  country: z.string().nullable(),
  date: z.string().nullable(),
  link: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  adoptedBy: z.string().nullable(),
  /** How many recommendations (or plan actions) it holds. */
  recommendations: z.number(),
  editable: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SourceView = z.infer<typeof sourceView>;
export const sourceList = z.object({ items: z.array(sourceView), total: z.number() });
export type SourceList = z.infer<typeof sourceList>;

export const sourceQuery = z.strictObject({
  kind: z.enum(SOURCE_KINDS).optional(),
  country: countryCode.optional(),
});

const recommendationFields = {
  sourceId: uuid,
  text: text(8000).min(1),
  /** Where in the source, e.g. "paragraph 112". */
  reference: text(100).default(''),
  country: countryCode,
  themes: distinct(z.enum(THEMES), THEMES.length).min(1),
  responsibleAuthority: text(300).default(''),
  deadline: calendarDate.optional(),
  /**
   * When it was made (defaults to the source's date, or today when that is later): it counts in the
   * progress from then on. Not in the future: no change of status could be recorded before it.
   */
  issuedOn: pastDate.optional(),
};

export const recommendationRequest = z.strictObject(recommendationFields);
export type RecommendationRequest = z.infer<typeof recommendationRequest>;
export const updateRecommendationRequest = z.strictObject({ ...recommendationFields, version: z.number().int().min(0) });
export type UpdateRecommendationRequest = z.infer<typeof updateRecommendationRequest>;

export const statusChangeRequest = z.strictObject({
  status: z.enum(STATUSES),
  /** When the change happened (a law adopted, a service opened), not when it is recorded. */
  date: calendarDate,
  evidence: text(8000).default(''),
});
export type StatusChangeRequest = z.infer<typeof statusChangeRequest>;

/** Evidence documents of a status change: PDF or images, sealed like case documents. */
export const EVIDENCE_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_EVIDENCE_FILE_SIZE = 20 * 1024 * 1024;
export const MAX_FILES_PER_CHANGE = 20;
export const evidenceFileView = z.object({ id: uuid, name: z.string(), mediaType: z.string(), size: z.number(), createdAt: z.string() });
export type EvidenceFileView = z.infer<typeof evidenceFileView>;

export const statusChangeView = z.object({
  id: uuid,
  status: z.enum(STATUSES),
  /** The status before this change. */
  previous: z.enum(STATUSES),
  date: z.string(),
  evidence: z.string(),
  documents: z.array(evidenceFileView),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type StatusChangeView = z.infer<typeof statusChangeView>;

export const recommendationSummary = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  source: z.object({ id: uuid, kind: z.enum(SOURCE_KINDS), name: z.string() }),
  text: z.string(),
  reference: z.string(),
  country: z.string(),
  themes: z.array(z.enum(THEMES)),
  responsibleAuthority: z.string(),
  deadline: z.string().nullable(),
  issuedOn: z.string(),
  status: z.enum(STATUSES),
  /** The date of the last status change (the issue date when there was none). */
  statusSince: z.string(),
  /** The deadline has passed and it is not implemented. */
  overdue: z.boolean(),
  editable: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RecommendationSummary = z.infer<typeof recommendationSummary>;

export const recommendationView = recommendationSummary.extend({ history: z.array(statusChangeView) });
export type RecommendationView = z.infer<typeof recommendationView>;

const filterFields = {
  country: countryCode.optional(),
  theme: z.enum(THEMES).optional(),
  status: z.enum(STATUSES).optional(),
  sourceId: uuid.optional(),
  /** Recommendations with a deadline before this date. */
  deadlineBefore: calendarDate.optional(),
  q: text(200).optional(),
};

export const recommendationQuery = z.strictObject({
  ...filterFields,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type RecommendationQuery = z.infer<typeof recommendationQuery>;
export type RecommendationFilters = Pick<RecommendationQuery, keyof typeof filterFields>;

export const recommendationPage = z.object({
  items: z.array(recommendationSummary),
  total: z.number(),
  /** Counts by status of everything the filters match (not only this page). */
  byStatus: statusCounts,
});
export type RecommendationPage = z.infer<typeof recommendationPage>;

/** A month, `YYYY-MM`, of the years 0001 to 9999 (as calendar dates: there is no year 0). */
export const month = z.string().regex(/^(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM, e.g. 2025-03');
export const MAX_PROGRESS_MONTHS = 120;

export const progressQuery = z.strictObject({
  ...filterFields,
  /** The first and last months (by default the 12 months up to this one). */
  from: month.optional(),
  to: month.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

/** Counts by status at the end of each month. */
export const progressSeries = z.object({ key: z.string(), months: z.array(z.object({ month: z.string(), counts: statusCounts })) });
export type ProgressSeries = z.infer<typeof progressSeries>;

export const progressResponse = z.object({
  from: z.string(),
  to: z.string(),
  total: progressSeries,
  byCountry: z.array(progressSeries),
  byTheme: z.array(progressSeries),
});
export type ProgressResponse = z.infer<typeof progressResponse>;

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export const reportQuery = z.strictObject({ ...filterFields, format: z.enum(REPORT_FORMATS) });
export type ReportQuery = z.infer<typeof reportQuery>;
/** The most recommendations one report holds. */
export const MAX_REPORT_ROWS = 2000;

/** Overdue: a deadline before today, and not implemented. */
export function isOverdue(deadline: string | null, status: RecommendationStatus, today: string): boolean {
  return deadline !== null && compareDates(deadline, today) < 0 && status !== 'implemented';
}
