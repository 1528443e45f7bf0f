/**
 * Which producer writes each kind of export. The four lists are here: each reads exactly what the
 * user could read through that list's API (the same stores, the same visibility), and only the
 * fields its list screen shows (no sealed narratives), with headers and codes in the user's
 * language. `htcds` and `ctdc` are written by their own modules.
 */
import type pg from 'pg';
import type { ExportFormat, ExportKind } from '../../../core/data/exports/exports.js';
import type { ContactListItem } from '../../../core/hotline/contact.js';
import { can } from '../../../core/platform/policy.js';
import { caseReadableSql, viewerOf } from '../../cases/access.js';
import { listCases } from '../../cases/store.js';
import { HttpError } from '../../http/errors.js';
import { readHotlineSettings } from '../../hotline/settings.js';
import { listContacts } from '../../hotline/store.js';
import { viewingFor } from '../../referrals/access.js';
import { servicePage } from '../../referrals/directory-reads.js';
import { listReferrals, toListItem } from '../../referrals/store.js';
import { labelsFor } from '../../rights/labels.js';
import { packJson, runWorker, yieldToEventLoop } from '../../workers.js';
import { ctdcProducer } from '../anonymise/ctdc-producer.js';
import { htcdsProducer } from '../htcds/export-producer.js';
import type { ExportContext, ExportOutput, ExportProducer } from './producer.js';
import { exportTexts, type ExportTexts } from './texts.js';
import type { WriteRequest } from './write-worker.js';
import { CONTENT_TYPES, type CellValue, type Column, type Row } from './writers.js';

/** The most rows a CSV list export writes (a list this long is a data dump, not a list). */
export const MAX_LIST_ROWS = 100_000;
/**
 * The most rows an XLSX list export holds: the workbook is built in memory (about 5 KB per row of
 * 16 columns while it is written), so a longer list is refused with `payload_too_large`; CSV
 * writes up to MAX_LIST_ROWS.
 */
export const MAX_XLSX_ROWS = 50_000;
const PAGE = 200;
/** Rows mapped between two turns of the event loop. */
const YIELD_EVERY = 2000;

/** The most rows a list export writes in this format. */
export const maxRowsOf = (format: ExportFormat): number => (format === 'xlsx' ? MAX_XLSX_ROWS : MAX_LIST_ROWS);

/**
 * Refuses an XLSX list longer than MAX_XLSX_ROWS (known from its total before anything is read);
 * a CSV list stops at MAX_LIST_ROWS.
 */
function checkTotal(ctx: ExportContext, total: number): void {
  if (ctx.format === 'xlsx' && total > MAX_XLSX_ROWS)
    throw new HttpError(
      413,
      'payload_too_large',
      `An XLSX export holds at most ${MAX_XLSX_ROWS.toLocaleString('en')} rows; this list has more. Ask for CSV (up to ${MAX_LIST_ROWS.toLocaleString('en')} rows).`,
      'format',
    );
}

const today = () => new Date().toISOString().slice(0, 10);

export function fileNameOf(kind: ExportKind, format: ExportFormat, day = today()): string {
  return `${kind}-${day}.${format}`;
}

/** Stops at the next row when the job was aborted (the server stops, the user deleted the job). */
function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new HttpError(409, 'conflict', 'The export was stopped.');
}

/**
 * Writes a list's rows in the job's format, in a worker thread (write-worker.ts): the rows are
 * packed a few thousand at a time, with turns of the event loop in between, and the CPU-bound
 * writing happens off the API's thread. Aborting the job stops the worker.
 */
export async function writeList(
  ctx: ExportContext,
  fields: readonly string[],
  rows: readonly Row[],
  texts: ExportTexts,
  sheetTitle: string,
): Promise<ExportOutput> {
  checkTotal(ctx, rows.length);
  const columns: Column[] = fields.map((id) => ({ id, header: texts.header(ctx.kind, id) }));
  const format = ctx.format === 'xlsx' ? 'xlsx' : 'csv';
  const bytes = await writeInWorker(format, columns, rows, sheetTitle, ctx.signal);
  return { fileName: fileNameOf(ctx.kind, format), contentType: CONTENT_TYPES[format], bytes, rows: rows.length };
}

/** The rows as a CSV or XLSX file (writers.ts), written in a worker thread; aborting `signal` stops it. */
export async function writeInWorker(
  format: 'csv' | 'xlsx',
  columns: readonly Column[],
  rows: readonly Row[],
  sheetName: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const cells: CellValue[][] = [];
  for (const r of rows) {
    cells.push(columns.map((c) => r[c.id] ?? null));
    if (cells.length % YIELD_EVERY === 0) {
      signal?.throwIfAborted();
      await yieldToEventLoop();
    }
  }
  const packed = await packJson(cells, signal ? { signal } : {});
  const request: WriteRequest = { format, columns, sheetName, rows: packed };
  return runWorker<Uint8Array>(new URL('./write-worker.js', import.meta.url), request, [packed.buffer as ArrayBuffer], signal);
}

async function userNames(c: pg.PoolClient, orgId: string): Promise<Map<string, string>> {
  const { rows } = await c.query<{ id: string; name: string }>('SELECT id, name FROM users WHERE org_id = $1', [orgId]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

const list = (values: readonly string[]) => values.join('; ');

/** The cases the user may see, as the case list shows them (administrators: restricted ones without the person). */
const casesProducer: ExportProducer = async (ctx) => {
  const { client: c, principal: p } = ctx;
  const texts = exportTexts(p.language);
  const labels = labelsFor(p.language);
  const yes = labels.t('yes');
  const no = labels.t('no');
  const names = await userNames(c, p.orgId);
  const max = maxRowsOf(ctx.format);
  // One more than the most written: an XLSX list that long is refused, a CSV one cut.
  const found = await listCases(c, await viewerOf(c, p), { limit: max + 1 });
  checkTotal(ctx, found.length);
  const items = found.slice(0, max);
  ctx.progress(0, items.length);
  const rows: Row[] = [];
  for (const k of items) {
    checkAborted(ctx.signal);
    // A turn of the event loop now and then: progress is written, other requests are served.
    if (rows.length % YIELD_EVERY === 0 && rows.length > 0) {
      ctx.progress(rows.length);
      await yieldToEventLoop();
    }
    const hidden = k.personName === null;
    rows.push({
      number: k.number,
      person: k.personName,
      age: hidden ? null : k.personAge,
      child: hidden || k.personChild === null ? null : k.personChild ? yes : no,
      status: labels.code('case-status', k.status),
      openedOn: k.openedOn,
      caseworker: k.caseworkerId ? (names.get(k.caseworkerId) ?? null) : null,
      restricted: k.restricted ? yes : no,
    });
  }
  ctx.progress(rows.length);
  return writeList(
    ctx,
    ['number', 'person', 'age', 'child', 'status', 'openedOn', 'caseworker', 'restricted'],
    rows,
    texts,
    texts.text('exports', 'kinds', 'cases') ?? 'cases',
  );
};

/** The organisation's hotline contacts, newest first: the plain facts of the log (not the summary, advice or notes). */
const contactsProducer: ExportProducer = async (ctx) => {
  const { client: c, principal: p, services: s } = ctx;
  const texts = exportTexts(p.language);
  const key = await s.orgKeys.keyFor(c, p.orgId);
  const names = await userNames(c, p.orgId);
  const settings = await readHotlineSettings(c, p.orgId);
  const own = new Map(settings.customReasons.map((r) => [r.id, r.label]));
  const total = (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM contacts WHERE org_id = $1', [p.orgId])).rows[0]?.n ?? 0;
  checkTotal(ctx, total);
  ctx.progress(0, Math.min(total, MAX_LIST_ROWS));
  const day = today();
  const rows: Row[] = [];
  let before: number | undefined;
  const languageNames = new Intl.DisplayNames([texts.language], { type: 'language', fallback: 'code' });
  const h = (group: string, id: string) => texts.code('hotline', group, id);
  for (;;) {
    const page = await listContacts(c, key, p.orgId, { limit: PAGE, ...(before ? { before } : {}) }, day);
    for (const x of page.items as ContactListItem[]) {
      checkAborted(ctx.signal);
      rows.push({
        startedAt: x.startedAt,
        channel: h('channels', x.channel),
        direction: h('directions', x.direction),
        caller: h('callers', x.caller),
        language: x.language ? languageNames.of(x.language) : null,
        reasons: list(x.reasons.map((r) => own.get(r) ?? h('reasons', r))),
        danger: h('danger', x.danger),
        emergencySteps: list(x.emergencySteps.map((st) => h('steps', st))),
        durationSeconds: x.durationSeconds,
        operator: x.operatorId ? (names.get(x.operatorId) ?? null) : null,
        openFollowUps: x.openFollowUps,
        overdueFollowUps: x.overdueFollowUps,
      });
    }
    ctx.progress(rows.length);
    if (page.next === null || rows.length >= MAX_LIST_ROWS) break;
    before = page.next;
  }
  return writeList(
    ctx,
    [
      'startedAt',
      'channel',
      'direction',
      'caller',
      'language',
      'reasons',
      'danger',
      'emergencySteps',
      'durationSeconds',
      'operator',
      'openFollowUps',
      'overdueFollowUps',
    ],
    rows,
    texts,
    texts.text('exports', 'kinds', 'contacts') ?? 'contacts',
  );
};

/** Referrals sent and received, as the referral list shows them to the user. */
const referralsProducer: ExportProducer = async (ctx) => {
  const { client: c, principal: p, services: s } = ctx;
  const texts = exportTexts(p.language);
  const viewer = await viewerOf(c, p);
  const oversee = can(p, 'referrals:oversee');
  const r = (group: string, id: string) => texts.code('referrals', group, id);
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const found = await listReferrals(c, p.orgId, p.id, { page, perPage: PAGE }, (params) => caseReadableSql('c', viewer, params), oversee);
    if (page === 1) {
      checkTotal(ctx, found.total);
      ctx.progress(0, Math.min(found.total, MAX_LIST_ROWS));
    }
    for (const row of found.rows) {
      checkAborted(ctx.signal);
      const x = toListItem(row, await viewingFor(s, c, p, row));
      rows.push({
        reference: x.reference,
        direction: texts.text('exports', 'directions', x.direction) ?? x.direction,
        status: r('status', x.status),
        from: x.from.name,
        to: x.to.name,
        service: x.service.name,
        serviceTypes: list(x.service.types.map((t) => r('serviceTypes', t))),
        caseNumber: x.caseNumber ?? null,
        givenName: x.givenName,
        phase: x.phase ? (texts.text('referrals', 'phases', x.phase, 'label') ?? x.phase) : null,
        fromCountry: x.fromCountry,
        toCountry: x.toCountry,
        basis: texts.text('exports', 'bases', x.basis) ?? x.basis,
        sentAt: x.sentAt,
        acceptedAt: x.acceptedAt,
        closedAt: x.closedAt,
      });
    }
    ctx.progress(rows.length);
    if (found.rows.length < PAGE || rows.length >= found.total || rows.length >= MAX_LIST_ROWS) break;
  }
  return writeList(
    ctx,
    [
      'reference',
      'direction',
      'status',
      'from',
      'to',
      'service',
      'serviceTypes',
      'caseNumber',
      'givenName',
      'phase',
      'fromCountry',
      'toCountry',
      'basis',
      'sentAt',
      'acceptedAt',
      'closedAt',
    ],
    rows,
    texts,
    texts.text('exports', 'kinds', 'referrals') ?? 'referrals',
  );
};

/** The network's service directory (it describes services, not people: every member reads all of it). */
const directoryProducer: ExportProducer = async (ctx) => {
  const { client: c, principal: p } = ctx;
  const texts = exportTexts(p.language);
  const d = (group: string, id: string) => texts.code('directory', group, id);
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const found = await servicePage(c, page, PAGE);
    if (page === 1) {
      checkTotal(ctx, found.total);
      ctx.progress(0, Math.min(found.total, MAX_LIST_ROWS));
    }
    for (const x of found.items) {
      checkAborted(ctx.signal);
      rows.push({
        name: x.name,
        organization: x.organizationName,
        status: d('statuses', x.status),
        types: list(x.types.map((t) => d('types', t))),
        languages: list(x.languages ?? []),
        countries: list(x.countries),
        cities: list((x.locations ?? []).map((l) => l.address?.city).filter((v): v is string => !!v)),
        phones: list((x.phones ?? []).map((ph) => ph.number)),
        email: x.email ?? null,
        url: x.url ?? null,
        updatedAt: x.updatedAt,
      });
    }
    ctx.progress(rows.length);
    if (found.items.length < PAGE || rows.length >= found.total || rows.length >= MAX_LIST_ROWS) break;
  }
  return writeList(
    ctx,
    ['name', 'organization', 'status', 'types', 'languages', 'countries', 'cities', 'phones', 'email', 'url', 'updatedAt'],
    rows,
    texts,
    texts.text('exports', 'kinds', 'directory') ?? 'directory',
  );
};

/** Kind → producer. The runner reads this at run time (tests may put another producer in for a while). */
export const PRODUCERS: Record<ExportKind, ExportProducer> = {
  cases: casesProducer,
  contacts: contactsProducer,
  referrals: referralsProducer,
  directory: directoryProducer,
  htcds: htcdsProducer,
  ctdc: ctdcProducer,
};
