import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, type SignedInUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { appendAudit, chainAudit, verifyChain } from './store.js';

let p: TestPlatform;
let admin: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url);
  await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  await Promise.all(Array.from({ length: 20 }, (_, i) => admin.client.patch('/api/me', { name: `Ada ${i}` })));
});
afterAll(async () => {
  await p?.close();
});

describe('audit trail', () => {
  it('chains concurrent entries into one unbroken line', async () => {
    const result = await verifyChain(p.db.owner);
    expect(result.ok).toBe(true);
    expect(result.entries).toBeGreaterThanOrEqual(25);
  });

  it('shows an organisation its own entries, filtered and paged', async () => {
    const page1 = await admin.client.get<{ entries: { seq: number; action: string }[]; nextBefore: number }>('/api/audit?limit=5&action=user.update-profile');
    expect(page1.body.entries).toHaveLength(5);
    expect(page1.body.entries.every((e) => e.action === 'user.update-profile')).toBe(true);
    const page2 = await admin.client.get<{ entries: { seq: number }[] }>(`/api/audit?limit=5&action=user.update-profile&before=${page1.body.nextBefore}`);
    expect(page2.body.entries[0]?.seq).toBeLessThan(page1.body.entries.at(-1)?.seq ?? 0);
    expect((await admin.client.get('/api/audit?outcome=maybe')).body).toMatchObject({ error: { code: 'validation_failed', field: 'outcome' } });
  });

  it('cannot be changed through the application role', async () => {
    await expect(p.db.tenant({ orgId: admin.orgId }, (c) => c.query("UPDATE audit_log SET action = 'x'"))).rejects.toThrow();
    await expect(p.db.owner.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
  });

  it('appends without waiting and chains each entry once, in order, a moment later', async () => {
    // An entry appended in a transaction that has not committed yet does not hold anyone up.
    const slow = await p.db.owner.connect();
    try {
      await slow.query('BEGIN');
      const pendingId = await appendAudit(slow, { orgId: admin.orgId, actorId: null, actorEmail: null, action: 'user.update-profile', ip: null, outcome: 'success' });
      const t0 = performance.now();
      const other = await appendAudit(p.db.owner, { orgId: admin.orgId, actorId: null, actorEmail: null, action: 'user.update-profile', ip: null, outcome: 'success' });
      expect(performance.now() - t0).toBeLessThan(1000);
      // Chained by this call or, a moment before, by the platform's own chainer: either way, now.
      await chainAudit(p.db.owner);
      const rows = await p.db.owner.query<{ id: string; seq: string | null }>('SELECT id, seq FROM audit_log WHERE id = ANY($1::bigint[])', [[pendingId, other]]);
      expect(rows.rows.find((r) => Number(r.id) === other)?.seq).not.toBeNull();
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    // The chain stays whole; no entry is left unchained once chained again.
    expect((await verifyChain(p.db.owner)).ok).toBe(true);
    expect((await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE seq IS NULL')).rows[0]?.n).toBe(0);
  });

  it('lets the chainer set only the chain fields of an unchained entry, once', async () => {
    const c = await p.db.owner.connect();
    try {
      await c.query('BEGIN');
      const id = await appendAudit(c, { orgId: admin.orgId, actorId: null, actorEmail: null, action: 'user.update-profile', ip: null, outcome: 'success' });
      await expect(c.query("UPDATE audit_log SET action = 'tampered' WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      const id2 = await appendAudit(c, { orgId: admin.orgId, actorId: null, actorEmail: null, action: 'user.update-profile', ip: null, outcome: 'success' });
      await expect(c.query("UPDATE audit_log SET seq = 999999, prev_hash = '\\x', hash = '\\x', action = 'tampered' WHERE id = $1", [id2])).rejects.toThrow(/append-only/);
      await c.query('ROLLBACK');
    } finally {
      c.release();
    }
    await chainAudit(p.db.owner);
    await expect(p.db.owner.query("UPDATE audit_log SET seq = seq + 1000000 WHERE seq = 1")).rejects.toThrow(/append-only/);
  });

  it('names the first changed, and the first deleted, entry', async () => {
    const c = await p.db.owner.connect();
    try {
      await c.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await c.query("UPDATE audit_log SET ip = '10.9.9.9' WHERE seq = 7");
      expect(await verifyChain(p.db.owner)).toMatchObject({ ok: false, brokenAt: 7, reason: expect.stringContaining('changed') });
      await c.query("UPDATE audit_log SET ip = '10.9.9.9', payload = replace(payload, '\"127.0.0.1\"', '\"10.9.9.9\"') WHERE seq = 7");
      expect(await verifyChain(p.db.owner)).toMatchObject({ ok: false, brokenAt: 7 });
      await c.query('DELETE FROM audit_log WHERE seq = 7');
      expect(await verifyChain(p.db.owner)).toMatchObject({ ok: false, brokenAt: 7, reason: expect.stringContaining('missing') });
      await c.query('DELETE FROM audit_log WHERE seq <= 3');
      expect(await verifyChain(p.db.owner)).toMatchObject({ ok: false, brokenAt: 1 });
    } finally {
      await c.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      c.release();
    }
  });
});
