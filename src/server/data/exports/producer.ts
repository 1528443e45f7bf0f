import type pg from 'pg';
import type { ExportFormat, ExportKind } from '../../../core/data/exports/exports.js';
import type { Principal } from '../../http/principal.js';
import type { Services } from '../../services.js';

/**
 * What an export job gives the code that writes one kind of export. The job runs as the user who
 * asked for it: `client` is inside that user's organisation transaction (row-level security set),
 * so a producer reads exactly what the user could read through the API.
 */
export interface ExportContext {
  readonly client: pg.PoolClient;
  readonly principal: Principal;
  readonly services: Services;
  readonly kind: ExportKind;
  readonly format: ExportFormat;
  /** The request's options for this kind (e.g. `{ k, maxSuppression }` for ctdc). */
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * Reports progress: rows done, and the total once known. Cheap to call often (the job writes it
   * to the database at most a few times a second, outside the export's transaction).
   */
  progress(done: number, total?: number): void;
  /** Aborted when the server shuts down; a producer stops at the next row. */
  readonly signal: AbortSignal;
}

export interface ExportOutput {
  /** A file name without a path, e.g. `cases-2026-11-23.xlsx`. */
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /** Rows written (for the audit entry). */
  readonly rows: number;
  /** Facts for the user, shown with the job (no personal data): e.g. what the CTDC export suppressed. */
  readonly report?: Readonly<Record<string, unknown>>;
}

export type ExportProducer = (ctx: ExportContext) => Promise<ExportOutput>;
