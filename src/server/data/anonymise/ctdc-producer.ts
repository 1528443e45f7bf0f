import type pg from 'pg';
import { ctdcOptions } from '../../../core/data/exports/exports.js';
import { can } from '../../../core/platform/policy.js';
import { prepared } from '../../db/prepared.js';
import { HttpError } from '../../http/errors.js';
import type { Principal } from '../../http/principal.js';
import { packJson, runWorker } from '../../workers.js';
import { statsThreshold } from '../dashboard/store.js';
import type { ExportProducer } from '../exports/producer.js';
import { CASE_FACTS_SQL, type CaseFactsRow } from './case-facts.js';
import type { CtdcFileResult } from './ctdc-file.js';
import type { CtdcWorkerRequest } from './ctdc-worker.js';

/**
 * The `ctdc` export: the organisation's cases as the k-anonymous file in the CTDC layout
 * (docs/anonymisation.md), like `haven anonymise` for one organisation. Every case of the
 * organisation is in it, restricted ones too: the file is published only k-anonymous, and a
 * restricted case left out would bias the figures. The file is read back and k is checked on it
 * before it is handed over; the report says what was generalised and what suppressed, in counts.
 *
 * The cases are read in the job's transaction (as the user); the anonymisation, the writing and
 * the check run in a worker thread (ctdc-worker.ts): they take seconds for 100,000 cases, during
 * which the API keeps answering, and aborting the job stops the worker.
 */
export const ctdcProducer: ExportProducer = async (ctx) => {
  const options = ctdcOptions.parse(ctx.options);
  const { rows } = await ctx.client.query<CaseFactsRow>(prepared(`${CASE_FACTS_SQL} WHERE c.org_id = $1`, [ctx.principal.orgId]));
  ctx.progress(0, rows.length);
  const packed = await packJson(rows, { signal: ctx.signal, onProgress: (done) => ctx.progress(done) });
  const request: CtdcWorkerRequest = { k: options.k, maxSuppression: options.maxSuppression, rows: packed };
  const out = await runWorker<CtdcFileResult>(new URL('./ctdc-worker.js', import.meta.url), request, [packed.buffer as ArrayBuffer], ctx.signal);
  if (!out.ok) throw new HttpError(400, 'validation_failed', 'A case holds a value the anonymised file cannot publish.', out.field);
  ctx.progress(rows.length, rows.length);
  return {
    fileName: `ctdc-k${options.k}-${new Date().toISOString().slice(0, 10)}.csv`,
    contentType: 'text/csv; charset=utf-8',
    bytes: out.bytes,
    rows: out.kept,
    report: out.report,
  };
};

/**
 * The smallest k this user may ask for: 2 for those who may read the cases themselves; for the
 * others (analysts), the network's threshold for small cells in statistics, so that the file tells
 * them no more about small groups than the dashboards do.
 */
export async function minimumK(c: pg.PoolClient, p: Principal): Promise<number> {
  if (can(p, 'cases:read')) return 2;
  return Math.max(2, await statsThreshold(c));
}
