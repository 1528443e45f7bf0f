import type pg from 'pg';
import { todayUtc } from '../../../core/cases/dates.js';
import { fromHaven } from '../../../core/data/htcds/from-haven.js';
import type { HtcdsCase } from '../../../core/data/htcds/record.js';
import { Params, type Viewer, caseReadableSql, viewerOf } from '../../cases/access.js';
import { type CaseRow, DEFAULT_REMINDER_DAYS, toCaseView } from '../../cases/store.js';
import { type PersonRow, namesOf, toPersonView } from '../../persons/store.js';
import { packJson, runWorker } from '../../workers.js';
import type { ExportContext, ExportProducer } from '../exports/producer.js';
import type { HtcdsWriteRequest } from './write-worker.js';

/**
 * The `htcds` export: every case the user may read, with its person, in HTCDS 2.0 (record.ts in
 * src/core/data/htcds), as JSON (`{ standard, version, generator, cases: [...] }`) or CSV (csv.ts).
 * Runs in the user's organisation transaction: row-level security and the case visibility rules
 * decide what is read, the stores' functions open the sealed fields. Cases in the order of their
 * numbers, a page at a time; the file is written in a worker thread (write-worker.ts).
 */

const PAGE = 500;

const CASE_COLUMNS = `c.id, c.org_id, c.person_id, c.number, c.version, c.status, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on, c.closed_at,
  c.closure, c.closure_note, c.trafficking_status, c.decided_by, to_char(c.decided_on, 'YYYY-MM-DD') AS decided_on, c.exploitation_forms,
  c.labour_sectors, c.sexual_exploitation_types, c.control_methods, c.recruitment_methods, c.relationship_to_trafficker, c.events, c.event_places,
  to_char(c.reflection_starts, 'YYYY-MM-DD') AS reflection_starts, to_char(c.reflection_ends, 'YYYY-MM-DD') AS reflection_ends,
  c.caseworker_id, c.team_ids, c.restricted_to, c.created_at, c.updated_at`;

const PERSON_COLUMNS = `id, org_id, version, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, estimated_age,
  to_char(estimated_on, 'YYYY-MM-DD') AS estimated_on, gender, citizenships, languages, vulnerabilities,
  contact, documents, guardian, created_by, created_at, updated_at`;

/** How many cases the viewer may read. */
async function countReadable(c: pg.PoolClient, v: Viewer): Promise<number> {
  const params = new Params();
  const readable = caseReadableSql('c', v, params);
  const { rows } = await c.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases c WHERE c.org_id = ${params.add(v.orgId)} AND ${readable}`,
    params.values,
  );
  return rows[0]?.n ?? 0;
}

/**
 * The HTCDS records of every case the viewer may read, a page at a time (in case number order).
 * `key`: the organisation's key, to open sealed fields.
 */
export async function* htcdsRecords(c: pg.PoolClient, v: Viewer, key: Buffer, signal?: AbortSignal): AsyncGenerator<HtcdsCase> {
  let after = 0;
  for (;;) {
    if (signal?.aborted) throw new Error('export aborted');
    const params = new Params();
    const readable = caseReadableSql('c', v, params);
    const { rows: cases } = await c.query<CaseRow>(
      `SELECT ${CASE_COLUMNS} FROM cases c
        WHERE c.org_id = ${params.add(v.orgId)} AND c.number > ${params.add(after)} AND ${readable}
        ORDER BY c.number LIMIT ${params.add(PAGE)}`,
      params.values,
    );
    if (cases.length === 0) return;
    const personIds = [...new Set(cases.map((k) => k.person_id))];
    const { rows: persons } = await c.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM persons WHERE org_id = $1 AND id = ANY($2::uuid[])`, [
      v.orgId,
      personIds,
    ]);
    const personById = new Map(persons.map((p) => [p.id, p]));
    const names = await namesOf(c, v.orgId, personIds);
    for (const row of cases) {
      if (signal?.aborted) throw new Error('export aborted');
      const personRow = personById.get(row.person_id);
      if (!personRow) continue;
      const person = toPersonView(key, personRow, names.get(row.person_id) ?? [], []);
      const kase = toCaseView(key, row, DEFAULT_REMINDER_DAYS);
      yield fromHaven(person, kase, { personId: person.id, caseNumber: row.number });
    }
    after = (cases[cases.length - 1] as CaseRow).number;
  }
}

export const htcdsProducer: ExportProducer = async (ctx: ExportContext) => {
  const { client: c, principal: p } = ctx;
  const v = await viewerOf(c, p);
  const key = await ctx.services.orgKeys.keyFor(c, p.orgId);
  const total = await countReadable(c, v);
  ctx.progress(0, total);
  const records: HtcdsCase[] = [];
  for await (const r of htcdsRecords(c, v, key, ctx.signal)) {
    records.push(r);
    ctx.progress(records.length, total);
  }
  // Packed a few thousand at a time with turns of the event loop, written in a worker thread: the API keeps answering.
  const format = ctx.format === 'csv' ? 'csv' : 'json';
  const packed = await packJson(records, { signal: ctx.signal });
  const request: HtcdsWriteRequest = { format, records: packed };
  const bytes = await runWorker<Uint8Array>(new URL('./write-worker.js', import.meta.url), request, [packed.buffer as ArrayBuffer], ctx.signal);
  return {
    fileName: `htcds-cases-${todayUtc()}.${format}`,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    bytes,
    rows: records.length,
    report: { cases: records.length },
  };
};
