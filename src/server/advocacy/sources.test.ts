import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecommendationView, SourceList, SourceView } from '../../core/advocacy/recommendation.js';
import { addOrganisation, addUser, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';

/**
 * Sources of recommendations corrected and removed through the real HTTP server: a change with the
 * version read (a stale one refused), only by the owner's writers or a network administrator (and
 * row-level security refusing the rest underneath), a removal only while no recommendation uses
 * the source, each audited; and a bad body refused at its field.
 */

type ErrorBody = { error: { code: string; field?: string; message: string } };

let p: TestPlatform;
/** Network administrator (and administrator) of organisation A. */
let admin: SignedInUser;
let analyst: SignedInUser;
let caseworker: SignedInUser;
/** Administrator of organisation B (not a network administrator). */
let other: SignedInUser;

const GRETA = {
  kind: 'greta-evaluation',
  name: 'GRETA third evaluation round, Greese, 2023',
  country: 'GRC',
  date: '2023-06-20',
  link: 'https://rm.coe.int/greta-2023',
} as const;

async function source(who: SignedInUser, body: Record<string, unknown> = GRETA): Promise<SourceView> {
  const res = await who.client.post<SourceView>('/api/recommendations/sources', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const put = (who: SignedInUser, id: string, body: Record<string, unknown>) =>
  who.client.put<SourceView & ErrorBody>(`/api/recommendations/sources/${id}`, body);
const remove = (who: SignedInUser, id: string) => who.client.delete<{ ok: true } & ErrorBody>(`/api/recommendations/sources/${id}`);

async function audited(recordId: string): Promise<{ action: string; org_id: string; actor_id: string }[]> {
  const res = await p.db.owner.query<{ action: string; org_id: string; actor_id: string }>(
    'SELECT action, org_id, actor_id FROM audit_log WHERE record_id = $1 ORDER BY seq',
    [recordId],
  );
  return res.rows;
}

async function stored(id: string): Promise<{ name: string; version: number } | undefined> {
  return (await p.db.owner.query<{ name: string; version: number }>('SELECT name, version FROM advocacy_sources WHERE id = $1', [id])).rows[0];
}

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Anti-trafficking coalition Greece');
  analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  other = await addOrganisation(admin.client, 'Partner Serbia', 'SRB', 'admin@partner.example.org');
});

afterAll(async () => {
  await p?.close();
});

describe('correcting a source', () => {
  it('replaces its fields with the version read, audited; a stale version is refused and nothing changes', async () => {
    const s = await source(analyst);
    expect(s).toMatchObject({ version: 0, editable: true });
    const fixed = await put(analyst, s.id, { ...GRETA, name: 'GRETA third evaluation round, Greece, 2023', date: '2023-06-21', version: 0 });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({ id: s.id, name: 'GRETA third evaluation round, Greece, 2023', date: '2023-06-21', version: 1, editable: true });
    expect(fixed.body.link).toBe(GRETA.link);
    const listed = await analyst.client.get<SourceList>('/api/recommendations/sources');
    expect(listed.body.items.find((x) => x.id === s.id)).toMatchObject({ name: 'GRETA third evaluation round, Greece, 2023', version: 1 });
    expect((await audited(s.id)).map((a) => a.action)).toEqual(['recommendation.source-create', 'recommendation.source-update']);

    // Someone who read version 0 is refused: nothing saved, nothing audited.
    const stale = await put(analyst, s.id, { ...GRETA, name: 'Overwritten', version: 0 });
    expect([stale.status, stale.body.error.code, stale.body.error.field]).toEqual([409, 'stale_version', 'version']);
    expect(await stored(s.id)).toEqual({ name: 'GRETA third evaluation round, Greece, 2023', version: 1 });
    expect(await audited(s.id)).toHaveLength(2);

    // A field left out is cleared: the body replaces the source.
    const cleared = await put(analyst, s.id, { kind: 'greta-evaluation', name: 'GRETA third evaluation round, Greece, 2023', version: 1 });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ country: null, date: null, link: null, version: 2 });
  });

  it('of a national action plan is audited as the plan’s', async () => {
    const plan = await source(analyst, {
      kind: 'national-action-plan',
      name: 'National action plan 2024–2027',
      country: 'GRC',
      periodStart: '2024-01-01',
      adoptedBy: 'Council of Ministers',
    });
    const res = await put(analyst, plan.id, {
      kind: 'national-action-plan',
      name: 'National action plan against trafficking 2024–2027',
      country: 'GRC',
      periodStart: '2024-01-01',
      periodEnd: '2027-12-31',
      adoptedBy: 'Council of Ministers',
      version: 0,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ periodEnd: '2027-12-31', version: 1 });
    expect((await audited(plan.id)).map((a) => a.action)).toEqual(['action-plan.create', 'action-plan.update']);
  });

  it('refuses a bad body at its field, and a reader without recommendations:write', async () => {
    const s = await source(analyst, { kind: 'upr', name: 'UPR third cycle, Greece' });
    const bad: [Record<string, unknown>, string][] = [
      [{ kind: 'upr', name: '', version: 0 }, 'name'],
      [{ kind: 'upr', name: 'UPR', link: 'javascript:alert(1)', version: 0 }, 'link'],
      [{ kind: 'upr', name: 'UPR', periodStart: '2024-01-01', version: 0 }, 'periodStart'],
      [{ kind: 'national-action-plan', name: 'Plan', version: 0 }, 'periodStart'],
      [{ kind: 'upr', name: 'UPR' }, 'version'],
      [{ kind: 'upr', name: 'UPR', version: -1 }, 'version'],
      [{ kind: 'nothing', name: 'UPR', version: 0 }, 'kind'],
    ];
    for (const [body, field] of bad) {
      const res = await put(analyst, s.id, body);
      expect([res.status, res.body.error.field], JSON.stringify(body)).toEqual([400, field]);
    }
    expect((await put(caseworker, s.id, { kind: 'upr', name: 'Not allowed', version: 0 })).status).toBe(403);
    expect((await remove(caseworker, s.id)).status).toBe(403);
    expect(await stored(s.id)).toEqual({ name: 'UPR third cycle, Greece', version: 0 });
    const missing = await put(analyst, '00000000-0000-4000-8000-000000000000', { kind: 'upr', name: 'UPR', version: 0 });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('another organisation', () => {
  it('reads the source but may not change or delete it (403), and row-level security refuses underneath', async () => {
    const ours = await source(analyst, { kind: 'osce', name: 'OSCE country visit, Greece, 2024', country: 'GRC' });
    const listed = await other.client.get<SourceList>('/api/recommendations/sources');
    expect(listed.body.items.find((s) => s.id === ours.id)?.editable).toBe(false);

    const changed = await put(other, ours.id, { kind: 'osce', name: 'Taken over', version: 0 });
    const deleted = await remove(other, ours.id);
    expect([
      [changed.status, changed.body.error.code],
      [deleted.status, deleted.body.error.code],
    ]).toEqual([
      [403, 'forbidden'],
      [403, 'forbidden'],
    ]);
    expect(await stored(ours.id)).toEqual({ name: 'OSCE country visit, Greece, 2024', version: 0 });
    expect(await audited(ours.id)).toHaveLength(1);

    await p.db.tenant({ orgId: other.orgId }, async (c) => {
      expect((await c.query("UPDATE advocacy_sources SET name = 'x', version = version + 1 WHERE id = $1", [ours.id])).rowCount).toBe(0);
      expect((await c.query('DELETE FROM advocacy_sources WHERE id = $1', [ours.id])).rowCount).toBe(0);
    });
    expect(await stored(ours.id)).toEqual({ name: 'OSCE country visit, Greece, 2024', version: 0 });
  });

  it('a network administrator corrects and deletes another organisation’s source, audited in its trail', async () => {
    const theirs = await source(other, { kind: 'un-treaty-body', name: 'CEDAW concluding observations, Serbia, 2024', country: 'SRB' });
    const fixed = await put(admin, theirs.id, {
      kind: 'un-treaty-body',
      name: 'CEDAW concluding observations, Serbia, 2024',
      country: 'SRB',
      date: '2024-02-01',
      version: 0,
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({ orgId: other.orgId, date: '2024-02-01', editable: true, version: 1 });
    expect((await remove(admin, theirs.id)).status).toBe(200);
    expect(await stored(theirs.id)).toBeUndefined();
    expect(await audited(theirs.id)).toEqual([
      { action: 'recommendation.source-create', org_id: other.orgId, actor_id: other.id },
      { action: 'recommendation.source-update', org_id: other.orgId, actor_id: admin.id },
      { action: 'recommendation.source-delete', org_id: other.orgId, actor_id: admin.id },
    ]);
  });
});

describe('deleting a source', () => {
  it('removes one that no recommendation uses, audited', async () => {
    const mistake = await source(analyst, { kind: 'other', name: 'Recorded by mistake' });
    const res = await remove(analyst, mistake.id);
    expect([res.status, res.body]).toEqual([200, { ok: true }]);
    expect(await stored(mistake.id)).toBeUndefined();
    expect((await audited(mistake.id)).map((a) => a.action)).toEqual(['recommendation.source-create', 'recommendation.source-delete']);
    const listed = await analyst.client.get<SourceList>('/api/recommendations/sources');
    expect(listed.body.items.map((s) => s.id)).not.toContain(mistake.id);
    expect((await remove(analyst, mistake.id)).status).toBe(404);

    const plan = await source(analyst, { kind: 'national-action-plan', name: 'Draft plan, never adopted', periodStart: '2025-01-01' });
    expect((await remove(analyst, plan.id)).status).toBe(200);
    expect((await audited(plan.id)).map((a) => a.action)).toEqual(['action-plan.create', 'action-plan.delete']);
  });

  it('keeps one that recommendations use (409 saying how many), and deletes nothing', async () => {
    const used = await source(analyst, { kind: 'greta-evaluation', name: 'GRETA second evaluation round, Greece, 2017', country: 'GRC', date: '2017-10-01' });
    for (const text of ['Identify victims of labour exploitation.', 'Ensure compensation for victims.']) {
      const rec = await analyst.client.post<RecommendationView>('/api/recommendations', {
        sourceId: used.id,
        text,
        country: 'GRC',
        themes: ['identification'],
      });
      expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    }
    const res = await remove(analyst, used.id);
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
    expect(res.body.error.message).toContain('used by 2 recommendations');
    expect(await stored(used.id)).toEqual({ name: used.name, version: 0 });
    const count = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM recommendations WHERE source_id = $1', [used.id]);
    expect(count.rows[0]?.n).toBe(2);
    expect((await audited(used.id)).map((a) => a.action)).toEqual(['recommendation.source-create']);
    // Still correctable, and the recommendations show the new name.
    const fixed = await put(analyst, used.id, { kind: 'greta-evaluation', name: 'GRETA second evaluation round, Greece, 2018', country: 'GRC', version: 0 });
    expect(fixed.body).toMatchObject({ recommendations: 2, version: 1 });
    const recs = await analyst.client.get<{ items: RecommendationView[] }>(`/api/recommendations?sourceId=${used.id}`);
    expect(recs.body.items.map((r) => r.source.name)).toEqual(['GRETA second evaluation round, Greece, 2018', 'GRETA second evaluation round, Greece, 2018']);
  });
});
