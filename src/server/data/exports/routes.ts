import { z } from 'zod';
import { ACTIONS_OF, createExportRequest, ctdcOptions, type ExportJob, exportJob, FORMATS_OF } from '../../../core/data/exports/exports.js';
import { can } from '../../../core/platform/policy.js';
import { idParams } from '../../../core/platform/schemas.js';
import { appendAudit } from '../../audit/store.js';
import { openBytes } from '../../crypto/org-keys.js';
import { HttpError, notFound } from '../../http/errors.js';
import type { Principal } from '../../http/principal.js';
import { route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { minimumK } from '../anonymise/ctdc-producer.js';
import { abortExport, exportRecordType, filePlace, wakeExportRunners } from './runner.js';
import type pg from 'pg';

/** At most this many jobs of one user queued or running at once. */
export const MAX_ACTIVE_EXPORTS = 3;
export const NO_SUCH_EXPORT = 'No such export.';

interface JobRow {
  id: string;
  kind: ExportJob['kind'];
  format: ExportJob['format'];
  status: ExportJob['status'];
  done_count: number;
  total_count: number | null;
  error_code: string | null;
  file_name: string | null;
  file_size: number | null;
  report: Record<string, unknown> | null;
  created_at: Date;
  finished_at: Date | null;
  expires_at: Date;
}

const JOB_COLUMNS = 'id, kind, format, status, done_count, total_count, error_code, file_name, file_size, report, created_at, finished_at, expires_at';

function toJob(r: JobRow): ExportJob {
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    status: r.status,
    done: r.done_count,
    total: r.total_count,
    errorCode: r.error_code,
    fileName: r.status === 'done' ? r.file_name : null,
    fileSize: r.status === 'done' ? r.file_size : null,
    report: r.report,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    expiresAt: r.expires_at.toISOString(),
  };
}

/** One of the caller's own jobs that has not expired; 404 for anyone else's. */
async function ownJob(c: pg.PoolClient, p: Principal, id: string, lock = false): Promise<JobRow> {
  const { rows } = await c.query<JobRow>(
    `SELECT ${JOB_COLUMNS} FROM exports WHERE id = $1 AND org_id = $2 AND user_id = $3 AND expires_at > now()${lock ? ' FOR UPDATE' : ''}`,
    [id, p.orgId, p.id],
  );
  if (!rows[0]) throw notFound(NO_SUCH_EXPORT);
  return rows[0];
}

/** An export's audit entry: the record type says what was exported (`export-cases`), the id is the job's. */
const audit = (c: pg.PoolClient, p: Principal, ip: string, action: string, kind: ExportJob['kind'], id: string) =>
  appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType: exportRecordType(kind), recordId: id, ip, outcome: 'success' });

/** The first permission the user lacks to ask for (or download) this kind of export, audited as denied. */
async function deniedAction(s: Services, p: Principal, ip: string, kind: ExportJob['kind']): Promise<string | undefined> {
  const missing = ACTIONS_OF[kind].find((a) => !can(p, a));
  if (missing)
    await appendAudit(s.db.app, {
      orgId: p.orgId,
      actorId: p.id,
      actorEmail: p.email,
      action: missing,
      recordType: null,
      recordId: null,
      ip,
      outcome: 'denied',
    }).catch(() => undefined);
  return missing;
}

/** An attachment's file name, quoted for the header (and its UTF-8 form for names beyond ASCII). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Background exports (issue 7): ask for one, follow it, download it, delete it. */
export function exportsRoutes(s: Services) {
  return [
    route({
      method: 'POST',
      url: '/api/exports',
      access: 'user',
      tag: 'data',
      summary:
        'Queue an export (`{ "kind": "cases", "format": "xlsx" }`); answers 202 with the job at once. Each kind needs its permissions ' +
        '(lists:export and the list’s own; cases:exchange for htcds; data:anonymise for ctdc). At most 3 of your jobs queued or running.',
      body: createExportRequest,
      response: exportJob,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        if (await deniedAction(s, p, ip, body.kind))
          throw new HttpError(403, 'forbidden', 'You do not have permission to ask for this kind of export.', 'kind');
        const format = body.format ?? FORMATS_OF[body.kind][0]!;
        const options = body.kind === 'ctdc' ? ctdcOptions.parse(body.ctdc ?? {}) : {};
        const job = await tx(async (c) => {
          if (body.kind === 'ctdc') {
            // Those who may not read the cases get no smaller groups than the dashboards show them.
            const min = await minimumK(c, p);
            if ((options as { k: number }).k < min)
              throw new HttpError(
                400,
                'validation_failed',
                `ctdc.k: must be at least ${min}, the network's threshold for small cells in statistics.`,
                'ctdc.k',
              );
          }
          // One user's requests one at a time, so that the limit holds.
          await c.query("SELECT pg_advisory_xact_lock(hashtextextended('exports:' || $1::text, 0))", [p.id]);
          const { rows: counted } = await c.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM exports WHERE org_id = $1 AND user_id = $2 AND status IN ('queued', 'running') AND expires_at > now()",
            [p.orgId, p.id],
          );
          if ((counted[0]?.n ?? 0) >= MAX_ACTIVE_EXPORTS)
            throw new HttpError(429, 'too_many_exports', `You have ${MAX_ACTIVE_EXPORTS} exports waiting or running; wait until one is done, or delete one.`);
          const { rows } = await c.query<JobRow>(
            `INSERT INTO exports (id, org_id, user_id, kind, format, options) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5::jsonb) RETURNING ${JOB_COLUMNS}`,
            [p.orgId, p.id, body.kind, format, JSON.stringify(options)],
          );
          const row = rows[0]!;
          await audit(c, p, ip, 'export.create', row.kind, row.id);
          return toJob(row);
        });
        wakeExportRunners();
        return { status: 202, body: job };
      },
    }),
    route({
      method: 'GET',
      url: '/api/exports',
      access: 'user',
      tag: 'data',
      summary: 'Your export jobs, newest first (at most 50; a job and its file are kept 24 hours)',
      response: z.object({ items: z.array(exportJob) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const { rows } = await c.query<JobRow>(
            `SELECT ${JOB_COLUMNS} FROM exports WHERE org_id = $1 AND user_id = $2 AND expires_at > now() ORDER BY created_at DESC, id LIMIT 50`,
            [p.orgId, p.id],
          );
          return rows.map(toJob);
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/exports/:id',
      access: 'user',
      tag: 'data',
      summary: 'One of your export jobs: its status and progress',
      params: idParams,
      response: exportJob,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const job = await tx(async (c) => toJob(await ownJob(c, p, params.id)));
        return { body: job };
      },
    }),
    route({
      method: 'GET',
      url: '/api/exports/:id/file',
      access: 'user',
      tag: 'data',
      summary: 'The file of one of your finished exports (the download is recorded); you must still hold the permissions of its kind',
      params: idParams,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const job = await ownJob(c, p, params.id);
          // A user who lost the permission since asking does not get the file (the denial is audited on its own).
          if (await deniedAction(s, p, ip, job.kind)) throw new HttpError(403, 'forbidden', 'You no longer have permission to download this kind of export.');
          if (job.status !== 'done') throw new HttpError(409, 'conflict', 'This export has no file yet.', 'status');
          const { rows } = await c.query<{ file: Buffer | null; content_type: string | null }>(
            'SELECT file, content_type FROM exports WHERE id = $1 AND org_id = $2',
            [params.id, p.orgId],
          );
          const sealed = rows[0]?.file;
          if (!sealed) throw notFound(NO_SUCH_EXPORT);
          const bytes = openBytes(await s.orgKeys.keyFor(c, p.orgId), sealed, filePlace(params.id));
          await audit(c, p, ip, 'export.download', job.kind, params.id);
          return { bytes, name: job.file_name ?? `export-${params.id}`, type: rows[0]?.content_type ?? 'application/octet-stream' };
        });
        return {
          body: out.bytes,
          headers: { 'content-type': out.type, 'content-disposition': disposition(out.name), 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
        };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/exports/:id',
      access: 'user',
      tag: 'data',
      summary: 'Delete one of your export jobs and its file (a running one is stopped)',
      params: idParams,
      response: z.object({ ok: z.literal(true) }),
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          const job = await ownJob(c, p, params.id);
          await c.query('DELETE FROM exports WHERE id = $1 AND org_id = $2', [params.id, p.orgId]);
          await audit(c, p, ip, 'export.delete', job.kind, params.id);
        });
        abortExport(params.id);
        return { body: { ok: true as const } };
      },
    }),
  ];
}
