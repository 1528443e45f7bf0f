import { z } from 'zod';
import { can } from '../../core/platform/policy.js';
import { toHsdsJson } from '../../core/referrals/hsds/export.js';
import { type ImportOutcome, importHsdsJson, importSummary, listedProblems } from '../../core/referrals/hsds/import.js';
import { MAX_PROBLEMS, jsonShapeProblem } from '../../core/referrals/hsds/limits.js';
import { importTabular, toTabular, unzipPackage, zipPackage } from '../../core/referrals/hsds/tabular.js';
import { HttpError, ReportedError } from '../http/errors.js';
import { type RouteDef, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { audit, flag } from './directory-helpers.js';
import { ImportRefusal, applyImport } from './directory-import.js';
import { directoryData } from './directory-reads.js';

/**
 * The directory's import and export as Open Referral HSDS 3.0 (JSON, or the tabular package of
 * CSV files in a zip): part of the directory's routes (directory-routes.ts).
 */

export const MAX_IMPORT_SIZE = 20 * 1024 * 1024;
export const IMPORT_MEDIA_TYPES = ['application/json', 'application/zip', 'application/x-zip-compressed'] as const;

const exportQuery = z.strictObject({ format: z.enum(['json', 'tabular']).default('json'), mine: flag.default(false) });

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05) && (b[3] === 0x04 || b[3] === 0x06);

/**
 * The import file, HSDS JSON or a zip of the tabular package (told apart by their content), checked,
 * within the limits of limits.ts (a file over them is refused at once, `tooLarge`).
 */
export function readImport(body: Buffer, mediaType: string | undefined): ImportOutcome {
  if (isZip(body)) {
    const { files, errors, tooLarge } = unzipPackage(body);
    if (errors.length > 0) return { ok: false, errors, ...(tooLarge ? { tooLarge } : {}) };
    return importTabular(files);
  }
  if (mediaType?.includes('zip')) return { ok: false, errors: [{ field: '(file)', message: 'not a zip file' }] };
  // Counted before parsing, which would build every object of the file.
  const shape = jsonShapeProblem(body);
  if (shape) return { ok: false, errors: [shape.detail], ...(shape.tooLarge ? { tooLarge: true } : {}) };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body).replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [{ field: '(file)', message: 'not valid JSON (UTF-8)' }] };
  }
  return importHsdsJson(value);
}

const today = () => new Date().toISOString().slice(0, 10);

/** The answer to a refused file: 413 when it is over a size limit, else 400 hsds_invalid; the problems listed (at most MAX_PROBLEMS). */
export function importRefusal(outcome: Extract<ImportOutcome, { ok: false }>): ReportedError {
  const details = listedProblems(outcome.errors, MAX_PROBLEMS, outcome.more ?? 0);
  if (outcome.tooLarge) return new ReportedError(413, 'payload_too_large', 'The file is too large for a directory import: nothing was imported.', details);
  const n = outcome.errors.length + (outcome.more ?? 0);
  return new ReportedError(400, 'hsds_invalid', `The file is not valid HSDS for Haven (${n} problem${n === 1 ? '' : 's'}): nothing was imported.`, details);
}

export function directoryTransferRoutes(_s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/directory/import',
      access: 'directory:write',
      tag: 'directory',
      summary:
        'Import Open Referral HSDS 3.0 data: the file as the body, `application/json` (a list of organizations with their services, or of services each with its organization) ' +
        'or `application/zip` (the tabular package: CSV files and datapackage.json), up to 20 MB (50 MB uncompressed, 100,000 records of a table). ' +
        'Entries are added or updated by id, all or nothing: any problem answers 400 hsds_invalid listing every one (file, row, field; the first 1,000), ' +
        'a file over a limit 413 payload_too_large, and nothing is written.',
      rawBody: { mediaTypes: IMPORT_MEDIA_TYPES, limit: MAX_IMPORT_SIZE },
      response: importSummary,
      handler: async ({ body, principal, tx, ip, request }) => {
        const p = principal!;
        if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
        const outcome = readImport(body, request.headers['content-type']);
        if (!outcome.ok) throw importRefusal(outcome);
        const curate = can(p, 'directory:curate');
        const summary = await tx(async (c) => {
          try {
            const done = await applyImport(c, p.orgId, curate, outcome.data);
            await audit(c, p, ip, 'directory.import', null, null);
            return done;
          } catch (err) {
            if (!(err instanceof ImportRefusal)) throw err;
            const details = listedProblems(err.problems.list, MAX_PROBLEMS, err.problems.more);
            if (err.kind === 'forbidden')
              throw new ReportedError(403, 'forbidden', 'The file changes entries that another organisation maintains: nothing was imported.', details);
            if (err.kind === 'conflict') throw new ReportedError(409, 'conflict', 'The directory changed during the import: nothing was imported.', details);
            throw new ReportedError(400, 'hsds_invalid', 'The file clashes with the directory: nothing was imported.', details);
          }
        });
        return { body: summary };
      },
    }),
    route({
      method: 'GET',
      url: '/api/directory/export',
      access: 'user',
      tag: 'directory',
      summary:
        'Export the directory as Open Referral HSDS 3.0: `format=json` (a list of organizations with their services) or `format=tabular` (a zip of CSV files and datapackage.json); ' +
        '`mine=true`: only the entries your organisation maintains',
      query: exportQuery,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const data = await tx(async (c) => {
          const found = await directoryData(c, query.mine ? p.orgId : undefined);
          await audit(c, p, ip, 'directory.export', null, null);
          return found;
        });
        const json = toHsdsJson(data.organizations, data.services);
        const name = `haven-directory-${query.mine ? 'ours-' : ''}${today()}`;
        if (query.format === 'json') {
          return {
            body: Buffer.from(`${JSON.stringify(json, null, 2)}\n`, 'utf8'),
            headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.json"` },
          };
        }
        return {
          body: Buffer.from(zipPackage(toTabular(json))),
          headers: { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${name}-hsds.zip"` },
        };
      },
    }),
  ];
}
