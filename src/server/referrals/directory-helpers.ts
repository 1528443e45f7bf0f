/** What the directory's routes share: the audit entry, the query flag, and the checks before a change. */
import type pg from 'pg';
import { z } from 'zod';
import { can } from '../../core/platform/policy.js';
import type { DirectoryOrganization, ServiceRequest } from '../../core/referrals/directory.js';
import { appendAudit } from '../audit/store.js';
import { HttpError, forbidden, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type StoredService, organizationById, serviceById } from './directory-reads.js';
import { childIdsInUse, havenOrganisationExists } from './directory-store.js';

export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export type RecordType = 'directory-service' | 'directory-organization';

export function audit(c: pg.PoolClient, p: Principal, ip: string, action: string, recordType: RecordType | null, recordId: string | null): Promise<number> {
  return appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}

/** Whether the caller may change an entry maintained by `orgId`. */
export function mayMaintain(p: Principal, orgId: string): boolean {
  return orgId === p.orgId || can(p, 'directory:curate', { orgId });
}

/**
 * A service the caller is about to change, locked: 404 when there is none, 403 when another
 * organisation maintains it. (Read first without a lock: row-level security hides from
 * SELECT ... FOR UPDATE the rows the caller may not change, which would answer 404.)
 */
export async function serviceToChange(c: pg.PoolClient, p: Principal, id: string): Promise<StoredService> {
  const seen = await serviceById(c, id);
  if (!seen) throw notFound('No such service.');
  if (!mayMaintain(p, seen.orgId)) throw forbidden();
  const locked = await serviceById(c, id, true);
  if (!locked) throw notFound('No such service.');
  return locked;
}

/** A directory organisation the caller is about to change, locked (as serviceToChange). */
export async function organizationToChange(c: pg.PoolClient, p: Principal, id: string): Promise<DirectoryOrganization> {
  const seen = await organizationById(c, id);
  if (!seen) throw notFound('No such organization.');
  if (!mayMaintain(p, seen.maintainedBy)) throw forbidden();
  const locked = await organizationById(c, id, true);
  if (!locked) throw notFound('No such organization.');
  return locked;
}

/** The directory organisation a service goes under: it must exist, and the caller must maintain it. */
export async function targetOrganization(c: pg.PoolClient, p: Principal, id: string): Promise<DirectoryOrganization> {
  const org = await organizationById(c, id);
  if (!org) throw new HttpError(400, 'validation_failed', 'organizationId: no such organization in the directory.', 'organizationId');
  if (!mayMaintain(p, org.maintainedBy))
    throw new HttpError(
      403,
      'forbidden',
      'organizationId: another organisation maintains this organization; only it or a network administrator can add or move services there.',
      'organizationId',
    );
  return org;
}

/** Ids of the parts of a service: distinct within it, and phones' and schedules' not used by another service. */
export async function checkChildIds(c: pg.PoolClient, serviceId: string, s: ServiceRequest): Promise<void> {
  for (const kind of ['locations', 'phones', 'schedules'] as const) {
    const seen = new Set<string>();
    s[kind].forEach((x, i) => {
      if (x.id && seen.has(x.id)) throw new HttpError(400, 'validation_failed', `${kind}.${i}.id: the same id twice.`, `${kind}.${i}.id`);
      if (x.id) seen.add(x.id);
    });
  }
  const ids = [...s.phones, ...s.schedules].map((x) => x.id).filter((x): x is string => !!x);
  const inUse = await childIdsInUse(c, ids, [serviceId]);
  for (const kind of ['phones', 'schedules'] as const) {
    s[kind].forEach((x, i) => {
      if (x.id && inUse.has(x.id)) throw new HttpError(400, 'validation_failed', `${kind}.${i}.id: this id belongs to another service.`, `${kind}.${i}.id`);
    });
  }
}

/** memberOrgId: an existing Haven organisation; a non-curator may name only their own (or keep what is there). */
export async function checkMember(c: pg.PoolClient, p: Principal, memberOrgId: string | null, current: string | null): Promise<void> {
  if (memberOrgId === null || memberOrgId === current) return;
  if (memberOrgId !== p.orgId && !can(p, 'directory:curate', { orgId: memberOrgId }))
    throw new HttpError(403, 'forbidden', 'memberOrgId: you may link an entry only to your own organisation.', 'memberOrgId');
  if (!(await havenOrganisationExists(c, memberOrgId)))
    throw new HttpError(400, 'validation_failed', 'memberOrgId: no such organisation on Haven.', 'memberOrgId');
}
