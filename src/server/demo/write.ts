import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createCaseRequest, isClosed, isReopening } from '../../core/cases/case.js';
import type { CaseStatus } from '../../core/cases/case.js';
import type { CalendarDate } from '../../core/cases/dates.js';
import { entryFacts, entryKind } from '../../core/cases/entries.js';
import { createPersonRequest } from '../../core/cases/person.js';
import { closure as closureSchema } from '../../core/cases/work.js';
import { appendAudit } from '../audit/store.js';
import { addTimeline, bumpVersion, fieldsOfCreate, insertCase, setStatus } from '../cases/store.js';
import { insertEntry, updateEntry } from '../cases/entries-store.js';
import type { OrgKeys } from '../crypto/org-keys.js';
import type { Database } from '../db/database.js';
import { fieldsOfRequest, insertPerson } from '../persons/store.js';
import { asOwner } from '../platform/provision.js';
import type { DemoAccount } from './accounts.js';
import type { PlannedCase } from './cases.js';
import { casesInOrder, type DemoOrganisationPlan } from './plan.js';

/**
 * Writes one organisation's demo persons and cases through the stores the API uses, in one tenant
 * transaction (sealed with the organisation's key, search keys written, validated by the same
 * schemas as requests), then back-dates the rows as the owner so that the history reads as months
 * of work rather than one afternoon.
 */

export interface Refs {
  readonly orgIds: ReadonlyMap<string, string>;
  readonly accounts: readonly DemoAccount[];
}

export interface WrittenOrganisation {
  readonly orgId: string;
  readonly persons: number;
  readonly cases: number;
  readonly entries: number;
}

/** Replaces `@user:key` and `@org:key` references by ids, anywhere in a value. */
function resolve(value: unknown, orgKey: string, refs: Refs): unknown {
  if (typeof value === 'string') {
    const m = /^@(user|org):(.+)$/.exec(value);
    if (!m) return value;
    const id = m[1] === 'user' ? refs.accounts.find((a) => a.orgKey === orgKey && a.userKey === m[2])?.id : refs.orgIds.get(m[2] ?? '');
    if (!id) throw new Error(`demo data names an unknown ${m[1]} ${m[2]}`);
    return id;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, orgKey, refs));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, orgKey, refs)]));
  return value;
}

/** A back-dated instant on `date`: from 08:00 UTC, `n` × 7 minutes later (so that lines of one day keep their order). */
const stamp = (date: CalendarDate, n: number) => new Date(Date.parse(`${date}T08:00:00Z`) + (n % 90) * 7 * 60_000).toISOString();

interface Backdates {
  persons: [string, string][];
  cases: [string, string, string, string | null][];
  entries: [string, string, string][];
  timeline: [number, string][];
}

export async function writeOrganisation(db: Database, orgKeys: OrgKeys, plan: DemoOrganisationPlan, refs: Refs): Promise<WrittenOrganisation> {
  const orgId = refs.orgIds.get(plan.org.key);
  const admin = refs.accounts.find((a) => a.orgKey === plan.org.key && a.userKey === 'admin');
  if (!orgId || !admin) throw new Error(`the demo organisation ${plan.org.name} was not created`);
  const userId = (key: string) => resolve(`@user:${key}`, plan.org.key, refs) as string;
  const audit = (c: pg.PoolClient, action: string, recordType: string, recordId: string) =>
    appendAudit(c, { orgId, actorId: null, actorEmail: 'cli', ip: null, outcome: 'success', action, recordType, recordId });
  const back: Backdates = { persons: [], cases: [], entries: [], timeline: [] };
  let entries = 0;
  const ordered = casesInOrder(plan);

  await db.tenant({ orgId, userId: admin.id }, async (c) => {
    const key = await orgKeys.keyFor(c, orgId);
    const personIds: string[] = plan.persons.map(() => randomUUID());
    // Persons in the order they first came, so that lists sorted by date read naturally.
    const firstSeen = [...new Set(ordered.map((x) => x.personIndex))];
    for (const i of firstSeen) {
      const planned = plan.persons[i];
      const id = personIds[i] as string;
      if (!planned) continue;
      const request = createPersonRequest.parse(planned.person.request);
      const creator = planned.cases[0]?.createdBy ?? 'cw1';
      await insertPerson(c, key, orgId, userId(creator), id, request.names, fieldsOfRequest(request));
      await audit(c, 'person.create', 'person', id);
      back.persons.push([id, stamp(planned.cases[0]?.openedOn ?? '2025-01-01', i)]);
    }
    for (const { personIndex, kase } of ordered) {
      const caseId = randomUUID();
      const dates = await writeCase(c, key, orgId, caseId, personIds[personIndex] as string, kase, plan.org.key, refs, userId, back);
      entries += kase.entries.length;
      await audit(c, 'case.create', 'case', caseId);
      const { rows } = await c.query<{ id: number }>('SELECT id FROM case_timeline WHERE org_id = $1 AND case_id = $2 ORDER BY id', [orgId, caseId]);
      for (const [k, r] of rows.entries()) back.timeline.push([r.id, stamp(dates[k] ?? kase.openedOn, k)]);
    }
  });

  await asOwner(db.owner, async (c) => {
    await c.query(
      'UPDATE persons p SET created_at = b.at::timestamptz, updated_at = b.at::timestamptz FROM unnest($1::uuid[], $2::text[]) AS b(id, at) WHERE p.id = b.id',
      [back.persons.map((b) => b[0]), back.persons.map((b) => b[1])],
    );
    await c.query(
      `UPDATE cases k SET created_at = b.created::timestamptz, updated_at = b.updated::timestamptz, closed_at = b.closed::timestamptz
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS b(id, created, updated, closed) WHERE k.id = b.id`,
      [back.cases.map((b) => b[0]), back.cases.map((b) => b[1]), back.cases.map((b) => b[2]), back.cases.map((b) => b[3])],
    );
    await c.query(
      'UPDATE case_entries e SET created_at = b.created::timestamptz, updated_at = b.updated::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[]) AS b(id, created, updated) WHERE e.id = b.id',
      [back.entries.map((b) => b[0]), back.entries.map((b) => b[1]), back.entries.map((b) => b[2])],
    );
    await c.query('UPDATE case_timeline t SET at = b.at::timestamptz FROM unnest($1::bigint[], $2::text[]) AS b(id, at) WHERE t.id = b.id', [
      back.timeline.map((b) => b[0]),
      back.timeline.map((b) => b[1]),
    ]);
  });
  return { orgId, persons: plan.persons.length, cases: ordered.length, entries };
}

/** Writes a case and its history in the order it happened; returns the date of each timeline line written. */
async function writeCase(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  caseId: string,
  personId: string,
  kase: PlannedCase,
  orgKey: string,
  refs: Refs,
  userId: (key: string) => string,
  back: Backdates,
): Promise<CalendarDate[]> {
  const dates: CalendarDate[] = [];
  const creator = userId(kase.createdBy);
  const { personId: _, ...request } = createCaseRequest.parse(resolve({ personId, ...kase.fields }, orgKey, refs));
  const number = await insertCase(c, key, orgId, creator, caseId, personId, kase.openedOn, fieldsOfCreate(request, creator));
  await addTimeline(c, orgId, caseId, creator, 'opened', null, { number });
  dates.push(kase.openedOn);

  // Everything that happened afterwards, in date order (entries, withdrawals, decisions, status moves).
  type Step = { on: CalendarDate; run: () => Promise<void> };
  const steps: Step[] = [];
  for (const e of kase.entries) {
    const k = entryKind(e.kind);
    if (!k) throw new Error(`unknown entry kind ${e.kind}`);
    const id = randomUUID();
    const data = k.create.parse(resolve(e.data, orgKey, refs));
    steps.push({
      on: e.on,
      run: async () => {
        await insertEntry(c, key, orgId, caseId, creator, k, id, data);
        await addTimeline(c, orgId, caseId, creator, 'entry.added', { kind: k.kind, id }, entryFacts(k, data));
        const at = stamp(e.on, dates.length);
        back.entries.push([id, at, at]);
      },
    });
    if (e.withdrawnOn) {
      const withdrawnOn = e.withdrawnOn;
      steps.push({
        on: withdrawnOn,
        run: async () => {
          await updateEntry(c, key, orgId, id, k, 0, { ...data, withdrawnOn });
          await addTimeline(c, orgId, caseId, creator, 'consent.withdrawn', { kind: 'consent', id }, { purpose: data.purpose, withdrawnOn });
          const row = back.entries.find((b) => b[0] === id);
          if (row) row[2] = stamp(withdrawnOn, dates.length);
        },
      });
    }
  }
  if (kase.decidedOn) {
    steps.push({ on: kase.decidedOn, run: () => addTimeline(c, orgId, caseId, creator, 'updated', null, { fields: ['traffickingStatus'] }) });
  }
  let status: CaseStatus = 'active';
  let version = 0;
  for (const move of kase.moves) {
    steps.push({
      on: move.on,
      run: async () => {
        const closure = move.closure ? closureSchema.parse(resolve(move.closure, orgKey, refs)) : null;
        await setStatus(c, key, orgId, caseId, move.to, isClosed(move.to) ? closure : null);
        await bumpVersion(c, orgId, caseId, version);
        version++;
        const event = isReopening(status, move.to) ? 'reopened' : isClosed(move.to) ? 'closed' : 'status-changed';
        await addTimeline(c, orgId, caseId, creator, event, null, { from: status, to: move.to, ...(closure ? { reason: closure.reason } : {}) });
        status = move.to;
      },
    });
  }
  // Stable: same-day steps keep their planned order (an entry before the closure that follows it).
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const s of steps) {
    await s.run();
    dates.push(s.on);
  }
  const last = dates[dates.length - 1] ?? kase.openedOn;
  const lastMove = kase.moves[kase.moves.length - 1];
  const closedOn = lastMove && isClosed(lastMove.to) ? lastMove.on : null;
  back.cases.push([caseId, stamp(kase.openedOn, 0), stamp(last, 7), closedOn ? stamp(closedOn, 8) : null]);
  return dates;
}
