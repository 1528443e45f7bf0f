/** Writing a checked HSDS import into the directory, all or nothing. */
import type pg from 'pg';
import type { HsdsImport } from '../../core/referrals/hsds/to-haven.js';
import type { ImportSummary } from '../../core/referrals/hsds/import.js';
import { Problems } from '../../core/referrals/hsds/problems.js';
import type { Source } from '../../core/referrals/hsds/tables.js';
import { childIdsInUse, insertOrganization, insertService, updateOrganization, updateService } from './directory-store.js';

/** How an import was refused: the records of other organisations, or ids already used elsewhere. */
export class ImportRefusal extends Error {
  constructor(
    readonly kind: 'forbidden' | 'invalid' | 'conflict',
    readonly problems: Problems,
  ) {
    super(kind);
  }
}

/**
 * Writes a checked import in the caller's transaction: organisations and services inserted or
 * updated by id (versions bumped). An organisation that is not a curator changes only entries it
 * maintains; new entries are maintained by the caller's organisation (a new service: by the
 * organisation that maintains its directory organisation). `memberOrgId` is kept on update and
 * left empty on new organisations. Throws ImportRefusal, having written nothing, when refused.
 */
export async function applyImport(c: pg.PoolClient, callerOrgId: string, curate: boolean, data: HsdsImport): Promise<ImportSummary> {
  const orgIds = [...new Set([...data.organizations.map((o) => o.id), ...data.services.map((s) => s.value.organizationId)])];
  const existingOrgs = new Map(
    (
      await c.query<{ id: string; org_id: string; member_org_id: string | null }>(
        'SELECT id, org_id, member_org_id FROM directory_organizations WHERE id = ANY($1::uuid[])',
        [orgIds],
      )
    ).rows.map((r) => [r.id, r]),
  );
  const existingServices = new Map(
    (
      await c.query<{ id: string; org_id: string }>('SELECT id, org_id FROM directory_services WHERE id = ANY($1::uuid[])', [data.services.map((s) => s.id)])
    ).rows.map((r) => [r.id, r]),
  );
  const forbidden = new Problems();
  const notYours = 'maintained by another organisation: only that organisation or a network administrator can change this entry';
  for (const o of data.organizations) {
    const found = existingOrgs.get(o.id);
    if (found && found.org_id !== callerOrgId && !curate) forbidden.add(o.src, 'id', notYours);
  }
  for (const s of data.services) {
    const found = existingServices.get(s.id);
    if (found && found.org_id !== callerOrgId && !curate) forbidden.add(s.src, 'id', notYours);
  }
  if (forbidden.list.length > 0) throw new ImportRefusal('forbidden', forbidden);

  const childIds = data.services.flatMap((s) => [...s.value.phones.map((ph) => ph.id!), ...s.value.schedules.map((sc) => sc.id!)]);
  const inUse = await childIdsInUse(
    c,
    childIds,
    data.services.map((s) => s.id),
  );
  if (inUse.size > 0) {
    const invalid = new Problems();
    for (const s of data.services) {
      for (const [kind, list] of [
        ['phones', s.value.phones],
        ['schedules', s.value.schedules],
      ] as const) {
        list.forEach((x, i) => {
          const other = inUse.get(x.id!);
          if (other)
            invalid.add(
              s.src,
              `${kind}.${i}.id`,
              `this id is already used by service ${other}: give the ${kind === 'phones' ? 'phone' : 'schedule'} an id of its own`,
            );
        });
      }
    }
    throw new ImportRefusal('invalid', invalid);
  }

  let created = 0;
  let updated = 0;
  const maintainerOf = new Map<string, string>();
  for (const o of data.organizations) {
    const found = existingOrgs.get(o.id);
    if (found) {
      if (!(await updateOrganization(c, o.id, null, o.value, found.member_org_id))) throw conflict(o.src);
      maintainerOf.set(o.id, found.org_id);
      updated++;
    } else {
      if (!(await insertOrganization(c, o.id, callerOrgId, o.value, null))) throw conflict(o.src);
      maintainerOf.set(o.id, callerOrgId);
      created++;
    }
  }
  for (const s of data.services) {
    const maintainer = maintainerOf.get(s.value.organizationId) ?? existingOrgs.get(s.value.organizationId)?.org_id ?? callerOrgId;
    if (existingServices.has(s.id)) {
      if (!(await updateService(c, s.id, null, maintainer, s.value))) throw conflict(s.src);
      updated++;
    } else {
      if (!(await insertService(c, s.id, maintainer, s.value))) throw conflict(s.src);
      created++;
    }
  }
  return {
    organizations: data.organizations.length,
    services: data.services.length,
    locations: data.services.reduce((n, s) => n + s.value.locations.length, 0),
    phones: data.services.reduce((n, s) => n + s.value.phones.length, 0),
    schedules: data.services.reduce((n, s) => n + s.value.schedules.length, 0),
    created,
    updated,
    skipped: data.skipped,
  };
}

function conflict(src: Source): ImportRefusal {
  const p = new Problems();
  p.add(src, 'id', 'this entry was changed by someone else while the file was being imported: import it again');
  return new ImportRefusal('conflict', p);
}
