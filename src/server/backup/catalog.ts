import type pg from 'pg';

/**
 * The tables and sequences of schema public, read from pg_catalog so that
 * tables added by future modules are included without anyone listing them.
 */

export interface TableInfo {
  readonly name: string;
  /** Stored columns in order (generated columns are left out: they are computed again). */
  readonly columns: string[];
  /** Other tables this one references by foreign key. */
  readonly references: string[];
  /** Enabled user triggers that fire on INSERT. */
  readonly insertTriggers: string[];
}

export async function readTables(client: pg.ClientBase): Promise<Map<string, TableInfo>> {
  const { rows } = await client.query<{ name: string; columns: string[]; refs: string[]; triggers: string[] }>(`
    SELECT c.relname::text AS name,
      array(SELECT a.attname::text FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum) AS columns,
      array(SELECT DISTINCT r.relname::text FROM pg_constraint k JOIN pg_class r ON r.oid = k.confrelid
             WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid AND r.relnamespace = n.oid) AS refs,
      array(SELECT t.tgname::text FROM pg_trigger t
             WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled <> 'D' AND (t.tgtype & 4) <> 0
             ORDER BY t.tgname) AS triggers
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relpersistence <> 't'
    ORDER BY c.relname`);
  return new Map(rows.map((r) => [r.name, { name: r.name, columns: r.columns, references: r.refs, insertTriggers: r.triggers }]));
}

export async function readSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relpersistence <> 't' ORDER BY c.relname`);
  return rows.map((r) => r.name);
}

/**
 * Tables ordered so that every table comes after the tables it references
 * (Kahn's algorithm; ties by name, so the order is stable). Tables in a
 * reference cycle follow in name order; their constraints must be deferrable.
 */
export function dependencyOrder(tables: Map<string, TableInfo>): string[] {
  const waiting = new Map<string, Set<string>>();
  for (const t of tables.values()) waiting.set(t.name, new Set(t.references.filter((r) => tables.has(r))));
  const order: string[] = [];
  while (waiting.size > 0) {
    const ready = [...waiting].filter(([, deps]) => deps.size === 0).map(([name]) => name);
    const next = ready.length > 0 ? ready.sort() : [[...waiting.keys()].sort()[0] as string];
    for (const name of next) {
      order.push(name);
      waiting.delete(name);
      for (const deps of waiting.values()) deps.delete(name);
    }
  }
  return order;
}

/** Session settings that make COPY text independent of the server's and role's defaults (as pg_dump does). */
export const STABLE_SETTINGS = [
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'postgres'",
  "SET LOCAL TimeZone = 'UTC'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
  "SET LOCAL client_encoding = 'UTF8'",
  "SET LOCAL standard_conforming_strings = 'on'",
  // Row-level security must not silently hide rows: with it off, a policy that would apply is an error.
  'SET LOCAL row_security = off',
  'SET LOCAL statement_timeout = 0',
  'SET LOCAL idle_in_transaction_session_timeout = 0',
];

export async function applyStableSettings(client: pg.ClientBase): Promise<void> {
  for (const sql of STABLE_SETTINGS) await client.query(sql);
}
