/**
 * The writing of a list export (CSV or XLSX), in a worker thread: started by `writeInWorker`
 * (kinds.ts) and never imported otherwise. Receives the columns and the rows packed as JSON (cells
 * in the columns' order), answers the file's bytes.
 */
import { ownBuffer, serveWorker, unpackJson } from '../../workers.js';
import { type CellValue, type Column, cellsToCsv, cellsToXlsx } from './writers.js';

export interface WriteRequest {
  readonly format: 'csv' | 'xlsx';
  readonly columns: readonly Column[];
  readonly sheetName: string;
  /** `packJson` of the rows, each an array of cells in the columns' order. */
  readonly rows: Uint8Array;
}

serveWorker<WriteRequest, Uint8Array>(async (req) => {
  const rows = unpackJson<CellValue[]>(req.rows);
  const bytes = ownBuffer(req.format === 'xlsx' ? await cellsToXlsx(req.columns, rows, req.sheetName) : cellsToCsv(req.columns, rows));
  return { value: bytes, transferList: [bytes.buffer as ArrayBuffer] };
});
