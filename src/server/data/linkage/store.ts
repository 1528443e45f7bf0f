import type pg from 'pg';
import { Params, personReadableSql, type Viewer } from '../../cases/access.js';
import { prepared } from '../../db/prepared.js';

/**
 * The organisation's side of counting people once: the people it assisted (for the browser that
 * computes their keys), and the keys it uploaded.
 */

/** What the browser needs to compute one person's key: nothing more. */
export interface LinkagePersonRow {
  readonly personId: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly dateOfBirth: string | null;
  /** 'f', 'm' or 'x'; null when not recorded. */
  readonly sex: 'f' | 'm' | 'x' | null;
}

const SEX_OF_GENDER: Readonly<Record<string, 'f' | 'm' | 'x'>> = {
  feminine: 'f',
  masculine: 'm',
  'transgender-feminine': 'f',
  'transgender-masculine': 'm',
  'non-conforming': 'x',
};

/**
 * The people assisted (a person with at least one case) whom the viewer may read, with their first
 * name entry; and how many assisted people are left out because the viewer may not read them (a
 * person whose cases are all restricted to other users).
 */
export async function linkagePeople(c: pg.PoolClient, v: Viewer): Promise<{ people: LinkagePersonRow[]; unreadable: number }> {
  const params = new Params();
  const org = params.add(v.orgId);
  const readable = personReadableSql('p', v, params);
  const { rows } = await c.query<{
    id: string;
    given: string | null;
    family: string | null;
    birth_date: string | null;
    gender: string | null;
    readable: boolean;
  }>(
    prepared(
      `SELECT p.id, n.given, n.family, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.gender, ${readable} AS readable
         FROM persons p
         LEFT JOIN LATERAL (SELECT given, family FROM person_names WHERE person_id = p.id ORDER BY ord LIMIT 1) n ON true
        WHERE p.org_id = ${org} AND EXISTS (SELECT 1 FROM cases k WHERE k.person_id = p.id)
        ORDER BY p.id`,
      params.values,
    ),
  );
  const people: LinkagePersonRow[] = [];
  let unreadable = 0;
  for (const r of rows) {
    if (!r.readable) {
      unreadable++;
      continue;
    }
    people.push({
      personId: r.id,
      givenName: r.given,
      surname: r.family,
      dateOfBirth: r.birth_date,
      sex: r.gender ? (SEX_OF_GENDER[r.gender] ?? null) : null,
    });
  }
  return { people, unreadable };
}

export interface UploadRow {
  readonly scheme: string;
  readonly fingerprint: string;
  readonly keys: number;
  readonly uploadedAt: string;
  readonly uploadedBy: string | null;
}

export async function lastUpload(c: pg.PoolClient, orgId: string): Promise<UploadRow | null> {
  const { rows } = await c.query<{ scheme: string; fingerprint: string; keys: number; uploaded_at: Date; name: string | null }>(
    prepared(
      `SELECT u.scheme, u.fingerprint, u.keys, u.uploaded_at, us.name
         FROM linkage_uploads u LEFT JOIN users us ON us.id = u.uploaded_by WHERE u.org_id = $1`,
      [orgId],
    ),
  );
  const r = rows[0];
  return r ? { scheme: r.scheme, fingerprint: r.fingerprint, keys: r.keys, uploadedAt: r.uploaded_at.toISOString(), uploadedBy: r.name } : null;
}

/** Replaces the organisation's keys with these (person id → key bytes). */
export async function replaceKeys(
  c: pg.PoolClient,
  orgId: string,
  userId: string,
  scheme: string,
  fingerprint: string,
  keys: ReadonlyMap<string, Buffer>,
): Promise<void> {
  await c.query(prepared('DELETE FROM linkage_keys WHERE org_id = $1', [orgId]));
  const ids = [...keys.keys()];
  const CHUNK = 5_000;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    await c.query('INSERT INTO linkage_keys (org_id, person_id, key) SELECT $1, unnest($2::uuid[]), unnest($3::bytea[])', [
      orgId,
      part,
      part.map((id) => keys.get(id) as Buffer),
    ]);
  }
  await c.query(
    prepared(
      `INSERT INTO linkage_uploads (org_id, scheme, fingerprint, keys, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (org_id) DO UPDATE SET scheme = excluded.scheme, fingerprint = excluded.fingerprint, keys = excluded.keys,
         uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at`,
      [orgId, scheme, fingerprint, ids.length, userId],
    ),
  );
}

/** Withdraws the organisation's keys: it is no longer counted. */
export async function withdrawKeys(c: pg.PoolClient, orgId: string): Promise<number> {
  const { rowCount } = await c.query(prepared('DELETE FROM linkage_keys WHERE org_id = $1', [orgId]));
  await c.query(prepared('DELETE FROM linkage_uploads WHERE org_id = $1', [orgId]));
  return rowCount ?? 0;
}
