import { createHash } from 'node:crypto';
import type pg from 'pg';

const names = new Map<string, string>();

/**
 * A named (prepared) statement for a query on a hot path: PostgreSQL parses and plans it once per
 * connection instead of on every request (with row-level security and the visibility predicates,
 * planning costs more than running these index look-ups). The name is derived from the text, so
 * one text is one statement whatever calls it.
 */
export function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `h${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values: [...values] };
}
