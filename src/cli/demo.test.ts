import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Run, runHaven } from './testing.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transliterate } from '../core/persons/transliterate.js';
import { loadConfig } from '../server/config.js';
import { DEMO_ORGANISATIONS } from '../server/demo/network.js';
import { createLogger } from '../server/ops/logger.js';
import { type Platform, startPlatform } from '../server/platform-server.js';
import { ApiClient, totp } from '../server/testing/client.js';
import { freshDatabaseUrl } from '../server/testing/harness.js';

function haven(args: string[], env: Record<string, string>): Promise<Run> {
  return runHaven(args, env);
}

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-demo-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('haven demo on a fresh instance', () => {
  let env: Record<string, string>;
  let run: Run;
  let db: pg.Client;

  beforeAll(async () => {
    env = { HAVEN_DATA_DIR: tmp(), DATABASE_URL: await freshDatabaseUrl() };
    run = await haven(['demo'], env);
    db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
  }, 180_000);
  afterAll(async () => {
    await db?.end();
  });

  it('loads the network, prints the accounts and says it is not for production', () => {
    expect(run.stderr).toMatch(/Demo data loaded/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Never use this instance, these accounts or this password in production/);
    expect(run.stdout).toMatch(/password: try haven with demo data/);
    expect(run.stdout).toMatch(/eleni\.georgiou@stegi-elpidas\.example\s+network-admin,org-admin\s+[A-Z2-7]{32}\s+Stegi Elpidas/);
    expect(run.stdout).toMatch(/otpauth:\/\/totp\/.*secret=[A-Z2-7]{32}/);
  });

  it('gives every organisation its staff, persons and cases at every stage', async () => {
    const orgs = await db.query<{ name: string; persons: number; cases: number; users: number; supervised: number }>(
      `SELECT o.name, (SELECT count(*)::int FROM persons p WHERE p.org_id = o.id AND NOT EXISTS (SELECT 1 FROM cases c JOIN referrals r ON r.receiver_case_id = c.id WHERE c.person_id = p.id)) AS persons,
              (SELECT count(*)::int FROM cases c WHERE c.org_id = o.id AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.receiver_case_id = c.id)) AS cases,
              (SELECT count(*)::int FROM users u WHERE u.org_id = o.id) AS users,
              (SELECT count(*)::int FROM users u WHERE u.org_id = o.id AND u.supervisor_id IS NOT NULL) AS supervised
         FROM organisations o ORDER BY o.created_at`,
    );
    expect(orgs.rows.map((r) => r.name)).toEqual(DEMO_ORGANISATIONS.map((o) => o.name));
    for (const r of orgs.rows) expect(r).toMatchObject({ persons: 24, cases: 27, users: 6, supervised: 2 });
    const statuses = await db.query<{ org_id: string; statuses: string[]; restricted: number }>(
      'SELECT org_id, array_agg(DISTINCT status ORDER BY status) AS statuses, count(*) FILTER (WHERE restricted_to IS NOT NULL)::int AS restricted FROM cases GROUP BY org_id',
    );
    expect(statuses.rows).toHaveLength(6);
    for (const r of statuses.rows) {
      expect(r.statuses).toEqual(['active', 'closed', 'closed-referred', 'follow-up']);
      expect(r.restricted).toBeGreaterThan(0);
    }
    const events = await db.query<{ event: string }>('SELECT DISTINCT event FROM case_timeline ORDER BY event');
    expect(events.rows.map((r) => r.event).sort()).toEqual(['closed', 'consent.withdrawn', 'entry.added', 'opened', 'reopened', 'status-changed', 'updated']);
    // Back-dated: months of history, not one afternoon.
    const span = await db.query<{ days: number }>('SELECT extract(day FROM max(at) - min(at))::int AS days FROM case_timeline');
    expect(span.rows[0]?.days).toBeGreaterThan(300);
  });

  it('holds names in Greek, Cyrillic and Latin script, aliases, and children', async () => {
    const scripts = await db.query<{ script: string; kind: string }>('SELECT DISTINCT script, kind FROM person_names');
    const pairs = scripts.rows.map((r) => `${r.kind}:${r.script}`);
    for (const p of ['legal:greek', 'legal:cyrillic', 'legal:latin', 'alias:latin', 'nickname:cyrillic']) expect(pairs).toContain(p);
    const children = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM persons
        WHERE birth_date > current_date - interval '18 years' OR estimated_age + extract(year FROM age(current_date, estimated_on)) < 18`,
    );
    expect(children.rows[0]?.n).toBeGreaterThanOrEqual(12);
  });

  it('records work of every kind: a withdrawn consent, overdue and upcoming tasks, reflection periods ending soon', async () => {
    const kinds = await db.query<{ kind: string }>('SELECT DISTINCT kind FROM case_entries ORDER BY kind');
    expect(kinds.rows.map((r) => r.kind)).toEqual(['assessment', 'consent', 'note', 'objective', 'proceeding', 'service', 'task']);
    const facts = await db.query<{ withdrawn: number; overdue: number; upcoming: number; ending: number }>(
      `SELECT (SELECT count(*)::int FROM case_entries WHERE kind = 'consent' AND data ? 'withdrawnOn') AS withdrawn,
              (SELECT count(*)::int FROM case_entries WHERE kind = 'task' AND data->>'done' = 'false' AND (data->>'due')::date < current_date) AS overdue,
              (SELECT count(*)::int FROM case_entries WHERE kind = 'task' AND data->>'done' = 'false' AND (data->>'due')::date > current_date AND data ? 'assigneeId') AS upcoming,
              (SELECT count(*)::int FROM cases WHERE status = 'active' AND reflection_ends BETWEEN current_date AND current_date + 10) AS ending`,
    );
    expect(facts.rows[0]?.withdrawn).toBeGreaterThanOrEqual(6);
    expect(facts.rows[0]?.overdue).toBeGreaterThanOrEqual(6);
    expect(facts.rows[0]?.upcoming).toBeGreaterThanOrEqual(6);
    expect(facts.rows[0]?.ending).toBeGreaterThanOrEqual(6);
  });

  it('seals narratives and contact details: no plain text in the sealed columns', async () => {
    const sealed = await db.query<{ notes: number; plain: number; contact: number; leaks: number }>(
      `SELECT (SELECT count(*)::int FROM case_entries WHERE kind = 'note' AND sealed IS NOT NULL AND get_byte(sealed, 0) = 1) AS notes,
              (SELECT count(*)::int FROM case_entries WHERE kind = 'note' AND data ? 'text') AS plain,
              (SELECT count(*)::int FROM persons WHERE contact IS NOT NULL) AS contact,
              (SELECT count(*)::int FROM case_entries WHERE position(convert_to('the', 'UTF8') IN sealed) > 0 AND position(convert_to(' the ', 'UTF8') IN sealed) > 0)
            + (SELECT count(*)::int FROM persons WHERE position(convert_to('"phones"', 'UTF8') IN contact) > 0 OR position(convert_to('"number"', 'UTF8') IN documents) > 0) AS leaks`,
    );
    expect(sealed.rows[0]?.notes).toBeGreaterThan(100);
    expect(sealed.rows[0]?.plain).toBe(0);
    expect(sealed.rows[0]?.contact).toBe(144);
    expect(sealed.rows[0]?.leaks).toBe(0);
  });

  it('keeps the audit trail intact and refuses to load twice', async () => {
    expect((await haven(['audit', 'verify'], env)).stdout).toMatch(/^OK: \d+ entries/);
    const again = await haven(['demo', '--force'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/demo network is already loaded/);
  });

  it('lets a demo account sign in with its second factor and find a person by a transliterated name', async () => {
    const line = run.stdout.split('\n').find((l) => l.includes('eleni.georgiou@'));
    const secret = /\s([A-Z2-7]{32})\s/.exec(line ?? '')?.[1];
    expect(secret).toBeDefined();
    // A person of the Greek shelter whose names are all in Cyrillic, on a case the administrator may read.
    const target = await db.query<{ id: string; given: string; family: string }>(
      `SELECT p.id, n.given, n.family FROM persons p JOIN organisations o ON o.id = p.org_id JOIN person_names n ON n.person_id = p.id AND n.ord = 0
        WHERE o.name LIKE 'Stegi%' AND n.script = 'cyrillic' AND NOT EXISTS (SELECT 1 FROM person_names m WHERE m.person_id = p.id AND m.script <> 'cyrillic')
          AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id AND c.restricted_to IS NOT NULL) LIMIT 1`,
    );
    const person = target.rows[0];
    expect(person).toBeDefined();
    if (!person || !secret) return;
    const config = loadConfig({ HAVEN_DATA_DIR: env.HAVEN_DATA_DIR ?? '', DATABASE_URL: env.DATABASE_URL ?? '', PORT: '0', HOST: '127.0.0.1' });
    const platform: Platform = await startPlatform({ config, log: createLogger('silent'), serveWeb: false, pidFile: false });
    try {
      const api = new ApiClient(platform.url);
      const signIn = await api.post('/api/auth/sign-in', {
        email: 'eleni.georgiou@stegi-elpidas.example',
        password: 'try haven with demo data',
        totp: totp(secret),
      });
      expect(signIn.status).toBe(200);
      const q = `${transliterate(person.family)} ${transliterate(person.given)}`;
      expect(q).toMatch(/^[a-z' -]+$/);
      const found = await api.get<{ items: { id: string }[] }>(`/api/persons?q=${encodeURIComponent(q)}`);
      expect(found.status).toBe(200);
      expect(found.body.items.map((i) => i.id)).toContain(person.id);
      const page = await api.get<{ cases: { id: string }[] }>(`/api/persons/${person.id}`);
      const caseId = page.body.cases[0]?.id;
      const timeline = await api.get<{ items: { event: string }[] }>(`/api/cases/${caseId}/timeline`);
      expect(timeline.body.items.at(-1)?.event).toBe('opened');
    } finally {
      await platform.close();
    }
  });
});

describe('haven demo on an instance that was set up', () => {
  it('refuses an instance with data unless --force, and then adds the network to it', async () => {
    const env = { HAVEN_DATA_DIR: tmp(), DATABASE_URL: await freshDatabaseUrl() };
    const init = await haven(
      [
        'init',
        '--network',
        'Our network',
        '--org',
        'Our org',
        '--country',
        'GRC',
        '--admin-email',
        'a@example.org',
        '--admin-password',
        'correct horse battery staple',
      ],
      env,
    );
    expect(init.code).toBe(0);
    expect((await haven(['org', 'add', '--name', 'Second org', '--country', 'SRB'], env)).code).toBe(0);
    const refused = await haven(['demo'], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds data .*--force/);
    const forced = await haven(['demo', '--force', '--persons', '12'], env);
    expect(forced.stderr).toMatch(/Demo data loaded/);
    expect(forced.code).toBe(0);
    // The network and its administrator stay; the demo names no network administrator of its own.
    expect(forced.stdout).not.toMatch(/network-admin/);
    expect(forced.stdout).toMatch(/otpauth:\/\/totp\/Our%20network:/);
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    try {
      expect((await db.query('SELECT name FROM network')).rows[0]).toEqual({ name: 'Our network' });
      // The planned persons (people recorded by receivers of demo referrals come on top).
      const planned =
        'SELECT count(*)::int AS n FROM persons p WHERE NOT EXISTS (SELECT 1 FROM cases c JOIN referrals r ON r.receiver_case_id = c.id WHERE c.person_id = p.id)';
      expect((await db.query<{ n: number }>(planned)).rows[0]?.n).toBe(72);
    } finally {
      await db.end();
    }
  }, 180_000);
});
