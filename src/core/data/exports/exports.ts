/**
 * Exports: what a user can ask Haven to write out, and the job that does it in the background.
 *
 * - Lists (`cases`, `contacts`, `referrals`, `directory`) to CSV or XLSX, with only the fields the
 *   user may see.
 * - `htcds`: the organisation's cases in IOM's Human Trafficking Case Data Standard 2.0 (JSON or
 *   CSV), names included, to move cases between systems.
 * - `ctdc`: the k-anonymous case file in the layout of CTDC's global data set (CSV).
 *
 * Every export runs as a job: `POST /api/exports` queues it and answers at once; the job reports its
 * progress; the file is kept sealed under the organisation's key until it is downloaded or expires.
 */
import { z } from 'zod';
import type { Action } from '../../platform/policy.js';
import { uuid } from '../../platform/schemas.js';
import { DEFAULT_K, DEFAULT_MAX_SUPPRESSION } from '../anonymise/k-anonymity.js';

export const EXPORT_KINDS = ['cases', 'contacts', 'referrals', 'directory', 'htcds', 'ctdc'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats each kind can be written in; the first is the default. */
export const FORMATS_OF: Readonly<Record<ExportKind, readonly ExportFormat[]>> = {
  cases: ['csv', 'xlsx'],
  contacts: ['csv', 'xlsx'],
  referrals: ['csv', 'xlsx'],
  directory: ['csv', 'xlsx'],
  htcds: ['json', 'csv'],
  ctdc: ['csv'],
};

/**
 * What a user must be allowed to do to ask for each kind (all of them, besides the kind's own
 * record visibility, which the export applies row by row as the list screens do).
 */
export const ACTIONS_OF: Readonly<Record<ExportKind, readonly Action[]>> = {
  cases: ['lists:export', 'cases:read'],
  contacts: ['lists:export', 'contacts:read'],
  referrals: ['lists:export', 'referrals:receive'],
  directory: ['lists:export'],
  htcds: ['cases:exchange'],
  ctdc: ['data:anonymise'],
};

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** Options of the `ctdc` export (ignored by the others). */
export const ctdcOptions = z.strictObject({
  k: z.number().int().min(2).max(1000).default(DEFAULT_K),
  /** The largest share of cases the search may suppress, 0 to 1. */
  maxSuppression: z.number().min(0).max(1).default(DEFAULT_MAX_SUPPRESSION),
});

export const createExportRequest = z
  .strictObject({
    kind: z.enum(EXPORT_KINDS),
    format: z.enum(EXPORT_FORMATS).optional(),
    ctdc: ctdcOptions.optional(),
  })
  .refine((r) => r.format === undefined || FORMATS_OF[r.kind].includes(r.format), {
    message: 'this kind of export cannot be written in this format',
    path: ['format'],
  });
export type CreateExportRequest = z.infer<typeof createExportRequest>;

/** An export job as the API returns it (never its content: that is `GET /api/exports/:id/file`). */
export const exportJob = z.object({
  id: uuid,
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  /** Rows written so far, and the rows to write when known. */
  done: z.number().int(),
  total: z.number().int().nullable(),
  /** When failed: a stable error code (common:errors.<code>). */
  errorCode: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().int().nullable(),
  /** What the job reports when done, e.g. the CTDC export's generalisations and suppressions. */
  report: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type ExportJob = z.infer<typeof exportJob>;
