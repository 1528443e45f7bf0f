/**
 * The writing of the `htcds` export (export-producer.ts), in a worker thread: started by
 * `writeHtcdsInWorker` and never imported otherwise. Receives the records packed as JSON, answers
 * the file's bytes (JSON as `{ standard, version, generator, cases }`, one case a line; or the CSV
 * of csv.ts with a BOM).
 */
import { htcdsCsvHeader, htcdsCsvRow } from '../../../core/data/htcds/csv.js';
import { HTCDS_VERSION, type HtcdsCase } from '../../../core/data/htcds/record.js';
import { ownBuffer, serveWorker, unpackJson } from '../../workers.js';

export interface HtcdsWriteRequest {
  readonly format: 'json' | 'csv';
  /** `packJson` of the records. */
  readonly records: Uint8Array;
}

/** The file's text. */
function htcdsFileText(format: 'json' | 'csv', records: readonly HtcdsCase[]): string {
  const chunks: string[] = [];
  if (format === 'csv') {
    chunks.push(`\uFEFF${htcdsCsvHeader()}`);
    for (const r of records) chunks.push(htcdsCsvRow(r));
  } else {
    chunks.push(`{"standard":"HTCDS","version":${JSON.stringify(HTCDS_VERSION)},"generator":"Haven","cases":[`);
    records.forEach((r, i) => {
      chunks.push(`${i ? ',' : ''}\n${JSON.stringify(r)}`);
    });
    chunks.push('\n]}\n');
  }
  return chunks.join('');
}

serveWorker<HtcdsWriteRequest, Uint8Array>((req) => {
  const bytes = ownBuffer(new TextEncoder().encode(htcdsFileText(req.format, unpackJson<HtcdsCase>(req.records))));
  return { value: bytes, transferList: [bytes.buffer as ArrayBuffer] };
});
