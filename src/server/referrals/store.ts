/**
 * Referrals as both of their organisations see them. Every query names the caller's organisation
 * as one of the two sides; row-level security enforces the same underneath. What the referral
 * carries about the person (the snapshot, notes, messages) is sealed with the referral's own key.
 */
import type pg from 'pg';
import {
  type Liaison,
  type ReferralListItem,
  type ReferralMessage,
  type ReferralQuery,
  type ReferralStatus,
  type ReferralView,
  type SharedField,
  type SharedSnapshot,
  type TrmPhase,
  referralReference,
} from '../../core/referrals/referral.js';
import type { UiLanguage } from '../../core/platform/roles.js';
import { openJson, openValue, sealJson, sealValue } from '../crypto/org-keys.js';
import { referralKey } from '../crypto/referral-keys.js';
import { Params } from '../cases/access.js';

export interface ReferralRow {
  id: string;
  org_id: string;
  to_org_id: string;
  from_name: string;
  to_name: string;
  case_id: string | null;
  case_number: number | null;
  receiver_case_id: string | null;
  service_id: string | null;
  service_name: string;
  service_types: string[];
  status: ReferralStatus;
  phase: TrmPhase | null;
  from_country: string;
  to_country: string;
  from_language: UiLanguage;
  to_language: UiLanguage;
  from_liaison: Liaison | null;
  to_liaison: Liaison | null;
  shared_fields: SharedField[];
  wrapped_key: Buffer;
  sealed_shared: Buffer | null;
  basis: 'consent' | 'override';
  consent_id: string | null;
  sealed_override: Buffer | null;
  consent_withdrawn_at: Date | null;
  erased_at: Date | null;
  sent_by: string | null;
  sent_at: Date;
  accepted_by: string | null;
  accepted_at: Date | null;
  declined_at: Date | null;
  closed_at: Date | null;
  version: number;
  unread: number;
}

export type Side = 'sender' | 'receiver';

export const sideOf = (r: Pick<ReferralRow, 'org_id' | 'to_org_id'>, orgId: string): Side | undefined =>
  r.org_id === orgId ? 'sender' : r.to_org_id === orgId ? 'receiver' : undefined;

const COLUMNS = `r.id, r.org_id, r.to_org_id, fo.name AS from_name, tor.name AS to_name,
  CASE WHEN r.org_id = $1 THEN r.case_id END AS case_id,
  CASE WHEN r.org_id = $1 THEN (SELECT number FROM cases WHERE id = r.case_id) END AS case_number,
  CASE WHEN r.to_org_id = $1 THEN r.receiver_case_id END AS receiver_case_id,
  r.service_id, r.service_name, r.service_types, r.status, r.phase, r.from_country, r.to_country, r.from_language, r.to_language,
  r.from_liaison, r.to_liaison, r.shared_fields, r.wrapped_key, r.sealed_shared, r.basis, r.consent_id, r.sealed_override,
  r.consent_withdrawn_at, r.erased_at, r.sent_by, r.sent_at, r.accepted_by, r.accepted_at, r.declined_at, r.closed_at, r.version,
  (SELECT count(*)::int FROM notifications n WHERE n.referral_id = r.id AND n.user_id = $2 AND n.read_at IS NULL) AS unread`;
const FROM = 'referrals r JOIN organisations fo ON fo.id = r.org_id JOIN organisations tor ON tor.id = r.to_org_id';

export const sharedPlace = (id: string) => `referrals.sealed_shared:${id}`;
export const overridePlace = (id: string) => `referrals.sealed_override:${id}`;
/** A note of the history is bound to its referral (whose own key seals it): it opens on no other. */
export const eventPlace = (referralId: string) => `referral_events.sealed_note:${referralId}`;
export const messagePlace = (id: string) => `referral_messages.sealed_body:${id}`;

/** The referral as the caller's organisation sees it (undefined: not one of its two sides). */
export async function referralRow(c: pg.PoolClient, orgId: string, userId: string, id: string, lock = false): Promise<ReferralRow | undefined> {
  const { rows } = await c.query<ReferralRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $3 AND (r.org_id = $1 OR r.to_org_id = $1)${lock ? ' FOR UPDATE OF r' : ''}`,
    [orgId, userId, id],
  );
  return rows[0];
}

export interface Viewing {
  readonly orgId: string;
  readonly masterKey: Buffer;
  /** The sender's organisation key, to open an override reason (sender side only). */
  readonly senderKey?: Buffer;
  /** May read the override's reason (the sender's supervisors, and the user who wrote it). */
  readonly userId: string;
  readonly oversee: boolean;
}

function baseView(r: ReferralRow, v: Viewing): Omit<ReferralView, 'history' | 'shared'> {
  const side = sideOf(r, v.orgId)!;
  const sender = side === 'sender';
  const seesOverride = sender && r.sealed_override && v.senderKey && (v.oversee || r.sent_by === v.userId);
  return {
    id: r.id,
    reference: referralReference(r.id),
    direction: sender ? 'outgoing' : 'incoming',
    status: r.status,
    version: r.version,
    from: { id: r.org_id, name: r.from_name, country: r.from_country },
    to: { id: r.to_org_id, name: r.to_name, country: r.to_country },
    service: { id: r.service_id, name: r.service_name, types: r.service_types },
    ...(sender ? { caseId: r.case_id, caseNumber: r.case_number } : { receiverCaseId: r.receiver_case_id }),
    transnational: r.from_country !== r.to_country,
    phase: r.phase,
    fromCountry: r.from_country,
    toCountry: r.to_country,
    fromLanguage: r.from_language,
    toLanguage: r.to_language,
    fromLiaison: r.from_liaison,
    toLiaison: r.to_liaison,
    sharedFields: r.shared_fields,
    basis: r.basis,
    ...(sender
      ? {
          consentId: r.consent_id,
          overrideReason: seesOverride ? openValue(v.senderKey!, r.sealed_override!, overridePlace(r.id)) : null,
        }
      : {}),
    consentWithdrawn: r.consent_withdrawn_at !== null,
    erased: r.erased_at !== null,
    sentAt: r.sent_at.toISOString(),
    acceptedAt: r.accepted_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    unread: r.unread,
  };
}

export function openShared(r: ReferralRow, masterKey: Buffer): SharedSnapshot | null {
  if (!r.sealed_shared) return null;
  return openJson<SharedSnapshot>(referralKey(masterKey, r.id, r.wrapped_key), r.sealed_shared, sharedPlace(r.id));
}

export async function toReferralView(c: pg.PoolClient, r: ReferralRow, v: Viewing): Promise<ReferralView> {
  const key = referralKey(v.masterKey, r.id, r.wrapped_key);
  const { rows } = await c.query<{ id: string; status: ReferralStatus; side: Side; actor_name: string; sealed_note: Buffer | null; at: Date }>(
    'SELECT id, status, side, actor_name, sealed_note, at FROM referral_events WHERE referral_id = $1 ORDER BY id',
    [r.id],
  );
  return {
    ...baseView(r, v),
    shared: openShared(r, v.masterKey),
    history: rows.map((e) => ({
      status: e.status,
      at: e.at.toISOString(),
      by: e.actor_name,
      side: e.side,
      ...(e.sealed_note ? { note: openValue(key, e.sealed_note, eventPlace(r.id)) } : {}),
    })),
  };
}

export function toListItem(r: ReferralRow, v: Viewing): ReferralListItem {
  const shared = openShared(r, v.masterKey);
  return { ...baseView(r, v), givenName: shared?.givenName ?? null };
}

export async function listReferrals(
  c: pg.PoolClient,
  orgId: string,
  userId: string,
  q: ReferralQuery,
  /** For outgoing referrals: only those of cases this predicate (on alias `c`) lets the caller read. */
  caseReadable: (params: Params) => string,
  /** May see the sender's referrals whose case is gone (erased or purged); else only those the caller sent. */
  oversee: boolean,
): Promise<{ rows: ReferralRow[]; total: number }> {
  const params = new Params();
  params.add(orgId);
  params.add(userId);
  const where: string[] = [];
  const outgoing = () =>
    `(r.org_id = $1 AND (CASE WHEN r.case_id IS NULL THEN ${oversee ? 'true' : 'r.sent_by = $2'}
       ELSE EXISTS (SELECT 1 FROM cases c WHERE c.id = r.case_id AND ${caseReadable(params)}) END))`;
  if (q.direction === 'incoming') where.push('r.to_org_id = $1');
  else if (q.direction === 'outgoing') where.push(outgoing());
  else where.push(`(r.to_org_id = $1 OR ${outgoing()})`);
  if (q.status) where.push(`r.status = ${params.add(q.status)}`);
  if (q.caseId) where.push(`r.org_id = $1 AND r.case_id = ${params.add(q.caseId)}`);
  if (q.receiverCaseId) where.push(`r.to_org_id = $1 AND r.receiver_case_id = ${params.add(q.receiverCaseId)}`);
  if (q.override !== undefined) where.push(`r.basis = ${params.add(q.override ? 'override' : 'consent')}`);
  const whereSql = where.join(' AND ');
  // $2 (the user) is used by the columns only: named here too so that the count takes the same parameters.
  const total =
    (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM referrals r WHERE $2::uuid IS NOT NULL AND ${whereSql}`, params.values)).rows[0]?.n ?? 0;
  const limit = params.add(q.perPage);
  const offset = params.add((q.page - 1) * q.perPage);
  const { rows } = await c.query<ReferralRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${whereSql} ORDER BY r.sent_at DESC, r.id LIMIT ${limit} OFFSET ${offset}`,
    params.values,
  );
  return { rows, total };
}

export interface NewReferral {
  readonly id: string;
  readonly orgId: string;
  readonly toOrgId: string;
  readonly caseId: string;
  readonly serviceId: string;
  readonly serviceName: string;
  readonly serviceTypes: readonly string[];
  readonly phase: TrmPhase | null;
  readonly fromCountry: string;
  readonly toCountry: string;
  readonly fromLanguage: UiLanguage;
  readonly toLanguage: UiLanguage;
  readonly fromLiaison: Liaison;
  readonly sharedFields: readonly SharedField[];
  readonly wrappedKey: Buffer;
  readonly sealedShared: Buffer;
  readonly basis: 'consent' | 'override';
  readonly consentId: string | null;
  readonly sealedOverride: Buffer | null;
  readonly sentBy: string;
}

export async function insertReferral(c: pg.PoolClient, n: NewReferral): Promise<void> {
  await c.query(
    `INSERT INTO referrals (id, org_id, to_org_id, case_id, service_id, service_name, service_types, status, phase, from_country, to_country,
       from_language, to_language, from_liaison, shared_fields, wrapped_key, sealed_shared, basis, consent_id, sealed_override, sent_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'sent', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
    [
      n.id,
      n.orgId,
      n.toOrgId,
      n.caseId,
      n.serviceId,
      n.serviceName,
      n.serviceTypes,
      n.phase,
      n.fromCountry,
      n.toCountry,
      n.fromLanguage,
      n.toLanguage,
      JSON.stringify(n.fromLiaison),
      n.sharedFields,
      n.wrappedKey,
      n.sealedShared,
      n.basis,
      n.consentId,
      n.sealedOverride,
      n.sentBy,
    ],
  );
}

export async function addEvent(
  c: pg.PoolClient,
  r: Pick<ReferralRow, 'id' | 'org_id' | 'to_org_id' | 'wrapped_key'>,
  masterKey: Buffer,
  e: { status: ReferralStatus; side: Side; actorId: string; actorName: string; note?: string | undefined },
): Promise<void> {
  // One statement: the receiver may add to the history but not change it afterwards (row-level security).
  const note = e.note ? sealValue(referralKey(masterKey, r.id, r.wrapped_key), e.note, eventPlace(r.id)) : null;
  await c.query(
    `INSERT INTO referral_events (referral_id, org_id, to_org_id, status, side, actor_id, actor_name, sealed_note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [r.id, r.org_id, r.to_org_id, e.status, e.side, e.actorId, e.actorName, note],
  );
}

export async function listMessages(c: pg.PoolClient, r: ReferralRow, masterKey: Buffer): Promise<ReferralMessage[]> {
  const key = referralKey(masterKey, r.id, r.wrapped_key);
  const { rows } = await c.query<{ id: string; side: Side; author_name: string; sealed_body: Buffer; created_at: Date }>(
    'SELECT id, side, author_name, sealed_body, created_at FROM referral_messages WHERE referral_id = $1 ORDER BY created_at, id',
    [r.id],
  );
  return rows.map((m) => ({
    id: m.id,
    side: m.side,
    author: m.author_name,
    organisation: m.side === 'sender' ? r.from_name : r.to_name,
    body: openValue(key, m.sealed_body, messagePlace(m.id)),
    at: m.created_at.toISOString(),
  }));
}

export async function insertMessage(
  c: pg.PoolClient,
  r: ReferralRow,
  masterKey: Buffer,
  m: { id: string; side: Side; authorId: string; authorName: string; body: string },
): Promise<ReferralMessage> {
  const key = referralKey(masterKey, r.id, r.wrapped_key);
  const { rows } = await c.query<{ created_at: Date }>(
    `INSERT INTO referral_messages (id, referral_id, org_id, to_org_id, side, author_id, author_name, sealed_body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING created_at`,
    [m.id, r.id, r.org_id, r.to_org_id, m.side, m.authorId, m.authorName, sealValue(key, m.body, messagePlace(m.id))],
  );
  return {
    id: m.id,
    side: m.side,
    author: m.authorName,
    organisation: m.side === 'sender' ? r.from_name : r.to_name,
    body: m.body,
    at: rows[0]!.created_at.toISOString(),
  };
}

export function sealShared(key: Buffer, id: string, snapshot: SharedSnapshot): Buffer {
  return sealJson(key, snapshot, sharedPlace(id));
}
