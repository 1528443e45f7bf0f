import type pg from 'pg';
import { open, seal, unwrapOrgKey } from '../ops/keys.js';

/**
 * Encryption of personal data in the application: every organisation has its
 * own 256-bit data key, stored wrapped by the master key; a value is sealed
 * with AES-256-GCM under its organisation's key and bound (as associated
 * data) to where it belongs, e.g. `persons.contacts:<id>`, so that a sealed
 * value copied to another row or column does not open.
 *
 * Sealed values start with a format byte, so that a later format can be told apart.
 */

const FORMAT_V1 = 1;

export class OrgKeys {
  private readonly cache = new Map<string, Buffer>();

  constructor(private readonly masterKey: Buffer) {}

  /** The organisation's data key, unwrapped once per process. The client must be in that organisation's transaction. */
  async keyFor(client: pg.PoolClient, orgId: string): Promise<Buffer> {
    const cached = this.cache.get(orgId);
    if (cached) return cached;
    const { rows } = await client.query<{ key: Buffer | null }>('SELECT org_data_key($1) AS key', [orgId]);
    const wrapped = rows[0]?.key;
    if (!wrapped) throw new Error('no data key for this organisation in this transaction');
    const key = unwrapOrgKey(this.masterKey, orgId, wrapped);
    this.cache.set(orgId, key);
    return key;
  }

  /** Forget unwrapped keys (after a master-key rotation). */
  clear(): void {
    this.cache.clear();
  }
}

export function sealValue(key: Buffer, plain: string, place: string): Buffer {
  return Buffer.concat([Buffer.from([FORMAT_V1]), seal(key, Buffer.from(plain, 'utf8'), place)]);
}

export function openValue(key: Buffer, sealed: Buffer, place: string): string {
  if (sealed[0] !== FORMAT_V1) throw new Error('unknown sealed-value format');
  return open(key, sealed.subarray(1), place).toString('utf8');
}

/** Binary values (uploaded files) sealed the same way. */
export function sealBytes(key: Buffer, plain: Buffer, place: string): Buffer {
  return Buffer.concat([Buffer.from([FORMAT_V1]), seal(key, plain, place)]);
}

export function openBytes(key: Buffer, sealed: Buffer, place: string): Buffer {
  if (sealed[0] !== FORMAT_V1) throw new Error('unknown sealed-value format');
  return open(key, sealed.subarray(1), place);
}

/** JSON values (contact details, identity documents, ...) sealed the same way. */
export function sealJson(key: Buffer, value: unknown, place: string): Buffer {
  return sealValue(key, JSON.stringify(value), place);
}

export function openJson<T>(key: Buffer, sealed: Buffer, place: string): T {
  return JSON.parse(openValue(key, sealed, place)) as T;
}
