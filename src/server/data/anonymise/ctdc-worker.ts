/**
 * The `ctdc` export's anonymisation, writing and k check, in a worker thread: started by the
 * producer (ctdc-producer.ts) and never imported otherwise. Receives the cases' facts packed as
 * JSON, answers the file and its report.
 */
import { serveWorker, unpackJson } from '../../workers.js';
import type { CaseFactsRow } from './case-facts.js';
import { type CtdcFileRequest, type CtdcFileResult, writeCtdcFile } from './ctdc-file.js';

export interface CtdcWorkerRequest extends CtdcFileRequest {
  /** `packJson` of the rows of CASE_FACTS_SQL. */
  readonly rows: Uint8Array;
}

serveWorker<CtdcWorkerRequest, CtdcFileResult>((req) => {
  const result = writeCtdcFile(unpackJson<CaseFactsRow>(req.rows), { k: req.k, maxSuppression: req.maxSuppression });
  return { value: result, transferList: result.ok ? [result.bytes.buffer as ArrayBuffer] : [] };
});
