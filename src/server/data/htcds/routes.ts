import { createHash, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { todayUtc } from '../../../core/cases/dates.js';
import { MAX_IMPORT_CASES } from '../../../core/data/htcds/csv.js';
import { IMPORT_FORMATS, type PlannedPerson, planImportSteps, readHtcdsFileSteps } from '../../../core/data/htcds/import.js';
import { runStepsPausing } from '../../../core/data/htcds/steps.js';
import type { ErrorDetail } from '../../../core/platform/schemas.js';
import { appendAudit } from '../../audit/store.js';
import { auditRecord } from '../../cases/audit.js';
import { addTimeline, fieldsOfCreate, insertCase, reserveCaseNumbers, setStatus } from '../../cases/store.js';
import { HttpError, ReportedError } from '../../http/errors.js';
import { type RouteDef, rawRoute } from '../../http/route.js';
import { fieldsOfRequest, insertPerson } from '../../persons/store.js';
import type { Services } from '../../services.js';
import { yieldToEventLoop } from '../../workers.js';

/**
 * `POST /api/data/htcds/import`: cases in HTCDS 2.0 (src/core/data/htcds), all or nothing.
 *
 * 1. A file already imported into the organisation (the same bytes: their SHA-256 is kept in
 *    `htcds_imports`) is refused, 409 conflict, saying when: a retry after a proxy gave up waiting
 *    must not import the cases twice.
 * 2. The file is read and every case checked, with a turn of the event loop every few hundred
 *    records (other requests are served meanwhile); any problem answers 400 htcds_invalid with every
 *    problem (row, field, message) and nothing is written. More than MAX_IMPORT_CASES cases: 413.
 * 3. The case numbers for the whole file are reserved in one short transaction of their own, so
 *    that cases created meanwhile in the organisation do not wait for the import.
 * 4. Every person and case is created in one transaction through the stores (sealing, name search
 *    keys, the timeline, one audit entry per person and case, and `htcds.import`), after the
 *    file's row in `htcds_imports`: the same file sent again meanwhile waits, then is refused.
 */

export const MAX_HTCDS_IMPORT_SIZE = 20 * 1024 * 1024;
export const HTCDS_MEDIA_TYPES = ['application/json', 'text/csv', 'application/vnd.ms-excel', 'text/plain'] as const;

export const htcdsImportQuery = z.strictObject({ format: z.enum(IMPORT_FORMATS) });
export const htcdsImportAnswer = z.object({ persons: z.number().int(), cases: z.number().int() });
export type HtcdsImportAnswer = z.infer<typeof htcdsImportAnswer>;

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`;

/** The problems as the answer lists them: at most MAX_PROBLEMS, the rest counted in one more line. */
function listed(problems: readonly ErrorDetail[], more: number): ErrorDetail[] {
  return more ? [...problems, { field: '(more)', message: `${more} more problems not listed: correct the ones above and import again` }] : [...problems];
}

function refusal(problems: readonly ErrorDetail[], more: number, tooLarge = false): ReportedError {
  if (tooLarge) {
    const max = MAX_IMPORT_CASES.toLocaleString('en-US');
    return new ReportedError(
      413,
      'payload_too_large',
      `The file is too large for one import (at most ${max} cases): split the file into files of at most ${max} cases and import each. Nothing was imported.`,
      listed(problems, more),
    );
  }
  const n = problems.length + more;
  return new ReportedError(
    400,
    'htcds_invalid',
    `The file is not a valid HTCDS case file for Haven (${n} problem${n === 1 ? '' : 's'}): nothing was imported.`,
    listed(problems, more),
  );
}

interface ImportRow {
  imported_at: Date;
  persons: number;
  cases: number;
}

/** The earlier import of the same file into the organisation, if any. */
async function earlierImport(c: pg.PoolClient, orgId: string, sha256: Buffer): Promise<ImportRow | undefined> {
  const { rows } = await c.query<ImportRow>('SELECT imported_at, persons, cases FROM htcds_imports WHERE org_id = $1 AND sha256 = $2', [orgId, sha256]);
  return rows[0];
}

function alreadyImported(row: ImportRow): ReportedError {
  const at = `${row.imported_at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const created = `${count(row.persons, 'person')} and ${count(row.cases, 'case')}`;
  return new ReportedError(409, 'conflict', `This file was already imported into your organisation on ${at} (${created}): nothing was imported again.`, [
    { field: '(file)', message: `already imported on ${at}: ${created} were created then` },
  ]);
}

export function htcdsRoutes(s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/data/htcds/import',
      access: 'cases:exchange',
      tag: 'data',
      summary:
        'Import cases in HTCDS 2.0: the file as the body, `format=json` (a list of cases, or `{ "cases": [...] }` as the export writes it) or `format=csv` ' +
        '(one row per case), up to 20 MB and 10,000 cases (more: 413, split the file). All or nothing: any problem answers 400 htcds_invalid listing every one ' +
        '(row, field, message; the first 1,000) and nothing is written. A file already imported into the organisation (the same bytes) is refused, 409 conflict. ' +
        'Cases sharing `x_haven_PersonId` are one person’s. Answers how many persons and cases were created.',
      query: htcdsImportQuery,
      rawBody: { mediaTypes: HTCDS_MEDIA_TYPES, limit: MAX_HTCDS_IMPORT_SIZE },
      response: htcdsImportAnswer,
      handler: async ({ body, query, principal, tx, ip }) => {
        const p = principal!;
        if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
        const sha256 = createHash('sha256').update(body).digest();
        const earlier = await tx((c) => earlierImport(c, p.orgId, sha256));
        if (earlier) throw alreadyImported(earlier);

        const read = await runStepsPausing(readHtcdsFileSteps(body, query.format), yieldToEventLoop);
        if (read.problems.length) throw refusal(read.problems, read.more, read.tooLarge);
        if (read.records.length === 0) throw refusal([{ field: '(file)', message: 'the file holds no case' }], 0);
        const today = todayUtc();
        const plan = await runStepsPausing(planImportSteps(read.records, today), yieldToEventLoop);
        if (!plan.ok) throw refusal(plan.problems, plan.more);

        // The numbers of every case, committed at once: the organisation's counter is not held during the import.
        const firstNumber = await tx((c) => reserveCaseNumbers(c, p.orgId, plan.cases));
        const answer = await tx(async (c) => {
          const out = { persons: plan.persons.length, cases: plan.cases };
          // First: the same file imported meanwhile waits on this key, then is refused (below).
          await c.query('INSERT INTO htcds_imports (org_id, sha256, format, persons, cases, imported_by) VALUES ($1, $2, $3, $4, $5, $6)', [
            p.orgId,
            sha256,
            query.format,
            out.persons,
            out.cases,
            p.id,
          ]);
          // A closure by referral names an organisation of the network: one this network does not know is left out.
          const named = [
            ...new Set(plan.persons.flatMap((x) => x.cases.flatMap((k) => (k.closure?.referredToOrganisationId ? [k.closure.referredToOrganisationId] : [])))),
          ];
          const known = new Set(
            named.length ? (await c.query<{ id: string }>('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [named])).rows.map((r) => r.id) : [],
          );
          const key = await s.orgKeys.keyFor(c, p.orgId);
          let next = firstNumber;
          for (const planned of plan.persons as PlannedPerson[]) {
            const personId = randomUUID();
            await insertPerson(c, key, p.orgId, p.id, personId, planned.person.names, fieldsOfRequest(planned.person));
            await auditRecord(c, p, ip, 'person.create', 'person', personId);
            for (const k of planned.cases) {
              const caseId = randomUUID();
              const { status, openedOn, closure, ...situation } = k;
              const number = await insertCase(c, key, p.orgId, p.id, caseId, personId, openedOn, fieldsOfCreate(situation, p.id), next++);
              await addTimeline(c, p.orgId, caseId, p.id, 'opened', null, { number, imported: 'htcds' });
              if (status !== 'active') {
                let kept = closure ?? null;
                if (kept?.referredToOrganisationId && !known.has(kept.referredToOrganisationId)) {
                  const { referredToOrganisationId: _, ...rest } = kept;
                  kept = rest;
                }
                await setStatus(c, key, p.orgId, caseId, status, kept);
                if (closure) await addTimeline(c, p.orgId, caseId, p.id, 'closed', null, { from: 'active', to: status, reason: closure.reason });
                else await addTimeline(c, p.orgId, caseId, p.id, 'status-changed', null, { from: 'active', to: status });
              }
              await auditRecord(c, p, ip, 'case.create', 'case', caseId);
            }
          }
          // The counts are the entry's record: no personal data.
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'htcds.import',
            recordType: 'import',
            recordId: `persons=${out.persons} cases=${out.cases}`,
            ip,
            outcome: 'success',
          });
          return out;
        }).catch(async (err: { code?: string; constraint?: string }) => {
          if (err.code === '23505' && err.constraint === 'htcds_imports_pkey') {
            const row = await tx((c) => earlierImport(c, p.orgId, sha256));
            if (row) throw alreadyImported(row);
          }
          throw err;
        });
        return { status: 201, body: answer };
      },
    }),
  ];
}
