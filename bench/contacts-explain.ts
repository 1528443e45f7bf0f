/**
 * Query plans of the contact log on a large table (`npx tsx bench/contacts-explain.ts --contacts N`):
 * loads N contacts with realistic word hashes straight into a fresh database, then prints
 * EXPLAIN ANALYZE of the list (newest first), a search for a frequent word and for a rare one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createFreshDatabase } from '../src/server/db/fresh-database.js';
import { openDatabase } from '../src/server/db/database.js';
import { openEmbedded } from '../src/server/db/embedded.js';
import { loadMasterKey } from '../src/server/ops/keys.js';
import { asOwner, createNetwork, createOrganisation } from '../src/server/platform/provision.js';
import { sealJson } from '../src/server/crypto/org-keys.js';
import { listContacts, wordHashes } from '../src/server/hotline/store.js';
import { parseArgs } from './lib.js';

const args = parseArgs();
const n = Math.round(args.num('contacts', 70_000));
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-explain-'));
const pgHome = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-explain-pg-'));
const embedded = await openEmbedded(pgHome);
try {
  const { url } = await createFreshDatabase(embedded.url, 'haven_explain');
  const dataDir = path.join(home, 'data');
  fs.mkdirSync(dataDir);
  const masterKey = loadMasterKey(dataDir, {}).key;
  const db = await openDatabase({ dataDir, databaseUrl: url, masterKey, poolSize: 2 });
  const orgId = await asOwner(db.owner, async (c) => {
    await createNetwork(c, 'n', ['en']);
    return createOrganisation(c, masterKey, { name: 'o', country: 'GRC', type: 'ngo' });
  });
  await db.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const key = Buffer.alloc(32, 7);
  const texts = [
    'Caller was offered a cleaning job in Cyprus through a social media advert; the agency asks for a fee and her passport before travel.',
    'A social worker asks how to refer a teenage boy found begging at the station who says his uncle takes the money.',
    'Brother works on a building site twelve hours a day, no pay for two months, documents kept by the foreman.',
    'Woman asks whether a job offer in Norway through an acquaintance is safe; advised on warning signs.',
    'Neighbour reports young women brought at night to a flat above the bakery, windows covered.',
    'Mother says her daughter was invited to work as a model abroad and asked to send photographs and a passport copy.',
  ];
  const batch = 1000;
  for (let i = 0; i < n; i += batch) {
    const rows: unknown[] = [];
    const values: string[] = [];
    for (let j = i; j < Math.min(n, i + batch); j++) {
      const summary = `${texts[j % texts.length]} ${j} ref${j % 997}`;
      const id = randomUUID();
      const k = rows.length;
      values.push(`($${k + 1}, $${k + 2}, 'phone', 'inbound', now(), 'anonymous', 'none', $${k + 3}, $${k + 4})`);
      rows.push(id, orgId, sealJson(key, { summary, advice: 'Advice given', servicesSuggested: '' }, `contacts.sealed:${id}`), wordHashes(key, summary));
    }
    await c.query(`INSERT INTO contacts (id, org_id, channel, direction, started_at, caller, danger, sealed, words) VALUES ${values.join(',')}`, rows);
  }
  // One contact in ten has an open follow-up, as in bench:contacts.
  await c.query(
    `INSERT INTO contact_followups (id, org_id, contact_id, due_on) SELECT gen_random_uuid(), org_id, id, current_date + (seq % 30)::int - 15 FROM contacts WHERE seq % 10 = 0`,
  );
  await c.query('VACUUM ANALYZE contacts');
  const explain = async (label: string, where: string, params: unknown[]) => {
    const plan = await c.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, c.sealed FROM contacts c WHERE c.org_id = $1 ${where} ORDER BY c.seq DESC LIMIT 51`,
      [orgId, ...params],
    );
    console.log(`\n--- ${label}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  };
  await explain('newest first', '', []);
  await explain('frequent word (1 in 6)', 'AND c.words @> $2::bytea[]', [wordHashes(key, 'passport')]);
  await explain('rare word (1 in 997)', 'AND c.words @> $2::bytea[]', [wordHashes(key, 'ref5')]);
  await explain('absent word', 'AND c.words @> $2::bytea[]', [wordHashes(key, 'zanzibar')]);
  await c.end();

  // The server's list (store function and SQL), in the organisation's transaction (app role, row-level security).
  const app = await openDatabase({ dataDir, databaseUrl: url, masterKey, poolSize: 2 });
  for (const [label, q] of [
    ['list', {}],
    ['search, frequent word', { q: 'passport' }],
  ] as const) {
    const ms: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await app.tenant({ orgId }, (tx) => listContacts(tx, key, orgId, { limit: 50, ...q }, '2026-01-01'));
      ms.push(performance.now() - t0);
    }
    ms.sort((a, b) => a - b);
    console.log(`\nlistContacts ${label}: median ${ms[10]?.toFixed(2)} ms`);
  }
  await app.tenant({ orgId }, async (tx) => {
    const plan = await tx.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT c.id, f.n
         FROM (SELECT c.* FROM contacts c WHERE c.org_id = $1 ORDER BY c.seq DESC LIMIT 51) c
         CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM contact_followups WHERE contact_id = c.id AND done_at IS NULL) f`,
      [orgId],
    );
    console.log(`\n--- list with follow-up counts, app role\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  });
  await app.close();
} finally {
  await embedded.stop();
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(pgHome, { recursive: true, force: true });
}
