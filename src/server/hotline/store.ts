/**
 * Hotline contacts of one organisation. What was said (summary, advice, services suggested) and
 * follow-up notes are sealed with the organisation's key; the contact's words are kept only as
 * keyed hashes (`words`), so a search by whole words works without the text being readable in the
 * database. Every query names the organisation; row-level security enforces it underneath.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import type pg from 'pg';
import {
  type ContactListItem,
  type ContactQuery,
  type ContactView,
  type CreateContactRequest,
  type FollowUpRequest,
  type FollowUpView,
  SUMMARY_PREVIEW,
} from '../../core/hotline/contact.js';
import { searchWords } from '../../core/platform/words.js';
import { Params } from '../cases/access.js';
import { prepared } from '../db/prepared.js';
import { openJson, openValue, sealJson, sealValue } from '../crypto/org-keys.js';

interface ContactRow {
  id: string;
  seq: string;
  channel: ContactView['channel'];
  direction: ContactView['direction'];
  started_at: Date;
  duration_seconds: number | null;
  language: string | null;
  caller: ContactView['caller'];
  reasons: string[];
  danger: ContactView['danger'];
  emergency_steps: ContactView['emergencySteps'];
  sealed: Buffer;
  person_id: string | null;
  case_id: string | null;
  operator_id: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  open_follow_ups?: number;
  overdue_follow_ups?: number;
}

interface FollowUpRow {
  id: string;
  contact_id: string;
  due_on: string;
  assignee_id: string | null;
  sealed_note: Buffer | null;
  done_at: Date | null;
  done_by: string | null;
}

/** What is sealed of a contact. */
export interface ContactText {
  summary: string;
  advice: string;
  servicesSuggested: string;
}

/** The plain facts of a contact, as stored. */
export interface ContactFacts {
  channel: ContactView['channel'];
  direction: ContactView['direction'];
  startedAt: string;
  durationSeconds: number | null;
  language: string | null;
  caller: ContactView['caller'];
  reasons: string[];
  danger: ContactView['danger'];
  emergencySteps: ContactView['emergencySteps'];
  personId: string | null;
  caseId: string | null;
}

const COLUMNS = `c.id, c.seq, c.channel, c.direction, c.started_at, c.duration_seconds, c.language, c.caller, c.reasons, c.danger,
  c.emergency_steps, c.sealed, c.person_id, c.case_id, c.operator_id, c.created_at, c.updated_at, c.version`;
const place = (id: string) => `contacts.sealed:${id}`;
const notePlace = (id: string) => `contact_followups.note:${id}`;

const wordKeys = new WeakMap<Buffer, Buffer>();

/** The key of the organisation's blind word index (derived from its data key, never stored; kept while the data key is). */
function wordKey(key: Buffer): Buffer {
  let k = wordKeys.get(key);
  if (!k) {
    k = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'haven contact words', 32));
    wordKeys.set(key, k);
  }
  return k;
}

/** Keyed hashes of the words of a text (8 bytes each: enough to tell words apart, too short to be a dictionary). */
export function wordHashes(key: Buffer, text: string): Buffer[] {
  const k = wordKey(key);
  return searchWords(text).map((w) => createHmac('sha256', k).update(w).digest().subarray(0, 8));
}

export function factsOfCreate(r: CreateContactRequest, now: Date): ContactFacts {
  return {
    channel: r.channel,
    direction: r.direction,
    startedAt: r.startedAt ?? now.toISOString(),
    durationSeconds: r.durationSeconds ?? null,
    language: r.language ?? null,
    caller: r.caller,
    reasons: r.reasons,
    danger: r.danger,
    emergencySteps: r.emergencySteps,
    personId: r.personId ?? null,
    caseId: r.caseId ?? null,
  };
}

function textOf(t: ContactText): string {
  return `${t.summary}\n${t.advice}\n${t.servicesSuggested}`;
}

/** Stores a new contact; answers when it was stored. `userId` null: no operator (a message from the public help page). */
export async function insertContact(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  userId: string | null,
  id: string,
  f: ContactFacts,
  t: ContactText,
): Promise<Date> {
  // A named statement: logging contacts is the hotline's hot path.
  const { rows } = await c.query<{ created_at: Date }>(
    prepared(
      `INSERT INTO contacts (id, org_id, channel, direction, started_at, duration_seconds, language, caller, reasons, danger, emergency_steps,
                             sealed, words, person_id, case_id, operator_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING created_at`,
      [
        id,
        orgId,
        f.channel,
        f.direction,
        f.startedAt,
        f.durationSeconds,
        f.language,
        f.caller,
        f.reasons,
        f.danger,
        f.emergencySteps,
        sealJson(key, t, place(id)),
        wordHashes(key, textOf(t)),
        f.personId,
        f.caseId,
        userId,
      ],
    ),
  );
  return rows[0]!.created_at;
}

/** The view of a contact just created, from what was written (no second read). */
export function newContactView(
  id: string,
  operatorId: string,
  f: ContactFacts,
  t: ContactText,
  followUps: readonly (FollowUpRequest & { id: string })[],
  createdAt: Date,
): ContactView {
  const at = createdAt.toISOString();
  return {
    id,
    ...f,
    startedAt: new Date(f.startedAt).toISOString(),
    ...t,
    operatorId,
    followUps: [...followUps]
      .sort((a, b) => a.due.localeCompare(b.due))
      .map((x) => ({ id: x.id, due: x.due, assigneeId: x.assigneeId ?? null, note: x.note, doneAt: null, doneBy: null })),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** Writes a change if the version is still the one read; false when someone else changed it first. */
export async function updateContact(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  id: string,
  version: number,
  f: ContactFacts,
  t: ContactText,
): Promise<boolean> {
  const { rowCount } = await c.query(
    `UPDATE contacts SET channel = $4, direction = $5, started_at = $6, duration_seconds = $7, language = $8, caller = $9, reasons = $10,
            danger = $11, emergency_steps = $12, sealed = $13, words = $14, person_id = $15, case_id = $16, updated_at = now(), version = version + 1
      WHERE org_id = $1 AND id = $2 AND version = $3`,
    [
      orgId,
      id,
      version,
      f.channel,
      f.direction,
      f.startedAt,
      f.durationSeconds,
      f.language,
      f.caller,
      f.reasons,
      f.danger,
      f.emergencySteps,
      sealJson(key, t, place(id)),
      wordHashes(key, textOf(t)),
      f.personId,
      f.caseId,
    ],
  );
  return rowCount === 1;
}

export async function insertFollowUps(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  contactId: string,
  items: readonly (FollowUpRequest & { id: string })[],
): Promise<void> {
  for (const f of items) {
    await c.query(`INSERT INTO contact_followups (id, org_id, contact_id, due_on, assignee_id, sealed_note) VALUES ($1, $2, $3, $4, $5, $6)`, [
      f.id,
      orgId,
      contactId,
      f.due,
      f.assigneeId ?? null,
      f.note ? sealValue(key, f.note, notePlace(f.id)) : null,
    ]);
  }
}

/** Marks a follow-up done (once); false when there is no such open follow-up on this contact. */
export async function completeFollowUp(c: pg.PoolClient, orgId: string, contactId: string, id: string, userId: string): Promise<boolean> {
  const { rowCount } = await c.query(
    'UPDATE contact_followups SET done_at = now(), done_by = $4 WHERE org_id = $1 AND contact_id = $2 AND id = $3 AND done_at IS NULL',
    [orgId, contactId, id, userId],
  );
  return rowCount === 1;
}

function followUpOf(key: Buffer, r: FollowUpRow): FollowUpView {
  return {
    id: r.id,
    due: r.due_on,
    assigneeId: r.assignee_id,
    note: r.sealed_note ? openValue(key, r.sealed_note, notePlace(r.id)) : '',
    doneAt: r.done_at?.toISOString() ?? null,
    doneBy: r.done_by,
  };
}

function base(key: Buffer, r: ContactRow): Omit<ContactView, 'followUps'> {
  const t = openJson<ContactText>(key, r.sealed, place(r.id));
  return {
    id: r.id,
    channel: r.channel,
    direction: r.direction,
    startedAt: r.started_at.toISOString(),
    durationSeconds: r.duration_seconds,
    language: r.language,
    caller: r.caller,
    reasons: r.reasons,
    summary: t.summary,
    advice: t.advice,
    servicesSuggested: t.servicesSuggested,
    danger: r.danger,
    emergencySteps: r.emergency_steps,
    personId: r.person_id,
    caseId: r.case_id,
    operatorId: r.operator_id,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export async function contactById(c: pg.PoolClient, key: Buffer, orgId: string, id: string, lock = false): Promise<ContactView | undefined> {
  const { rows } = await c.query<ContactRow>(`SELECT ${COLUMNS} FROM contacts c WHERE c.org_id = $1 AND c.id = $2${lock ? ' FOR UPDATE' : ''}`, [orgId, id]);
  const row = rows[0];
  if (!row) return undefined;
  const followUps = await c.query<FollowUpRow>(
    `SELECT id, contact_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, sealed_note, done_at, done_by
       FROM contact_followups WHERE org_id = $1 AND contact_id = $2 ORDER BY due_on, created_at`,
    [orgId, id],
  );
  return { ...base(key, row), followUps: followUps.rows.map((f) => followUpOf(key, f)) };
}

export interface ContactPage {
  items: ContactListItem[];
  /** Pass as `before` for the next page; null on the last one. */
  next: number | null;
}

/** Contacts newest first, filtered; `today` decides what is overdue. */
export async function listContacts(c: pg.PoolClient, key: Buffer, orgId: string, q: ContactQuery, today: string): Promise<ContactPage> {
  const params = new Params();
  const where = [`c.org_id = ${params.add(orgId)}`];
  if (q.q) {
    const hashes = wordHashes(key, q.q);
    // A query with no whole word (too short) matches nothing rather than everything.
    if (hashes.length === 0) return { items: [], next: null };
    where.push(`c.words @> ${params.add(hashes)}::bytea[]`);
  }
  if (q.channel) where.push(`c.channel = ${params.add(q.channel)}`);
  if (q.caller) where.push(`c.caller = ${params.add(q.caller)}`);
  if (q.reason) where.push(`${params.add(q.reason)} = ANY(c.reasons)`);
  if (q.danger) where.push(`c.danger = ${params.add(q.danger)}`);
  if (q.operatorId) where.push(`c.operator_id = ${params.add(q.operatorId)}::uuid`);
  if (q.personId) where.push(`c.person_id = ${params.add(q.personId)}::uuid`);
  if (q.caseId) where.push(`c.case_id = ${params.add(q.caseId)}::uuid`);
  if (q.from) where.push(`c.started_at >= ${params.add(q.from)}::date`);
  if (q.to) where.push(`c.started_at < ${params.add(q.to)}::date + 1`);
  if (q.before) where.push(`c.seq < ${params.add(q.before)}`);
  const day = params.add(today);
  if (q.followUp === 'open') where.push(`EXISTS (SELECT 1 FROM contact_followups f WHERE f.contact_id = c.id AND f.done_at IS NULL)`);
  if (q.followUp === 'overdue')
    where.push(`EXISTS (SELECT 1 FROM contact_followups f WHERE f.contact_id = c.id AND f.done_at IS NULL AND f.due_on < ${day}::date)`);
  const { rows } = await c.query<ContactRow>(
    `SELECT ${COLUMNS}, f.open_follow_ups, f.overdue_follow_ups
       FROM (SELECT c.* FROM contacts c WHERE ${where.join(' AND ')} ORDER BY c.seq DESC LIMIT ${params.add(q.limit + 1)}) c
       CROSS JOIN LATERAL (SELECT count(*)::int AS open_follow_ups, (count(*) FILTER (WHERE due_on < ${day}::date))::int AS overdue_follow_ups
                             FROM contact_followups WHERE contact_id = c.id AND done_at IS NULL) f
      ORDER BY c.seq DESC`,
    params.values,
  );
  const more = rows.length > q.limit;
  const page = rows.slice(0, q.limit);
  const items = page.map((r) => {
    const { advice: _a, servicesSuggested: _s, ...rest } = base(key, r);
    const summary = rest.summary.length > SUMMARY_PREVIEW ? `${rest.summary.slice(0, SUMMARY_PREVIEW - 1)}…` : rest.summary;
    return { ...rest, summary, openFollowUps: r.open_follow_ups ?? 0, overdueFollowUps: r.overdue_follow_ups ?? 0 };
  });
  return { items, next: more ? Number(page[page.length - 1]!.seq) : null };
}
