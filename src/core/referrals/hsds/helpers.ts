/** Small helpers the HSDS export and import share. Pure: no I/O. */

/** Drops absent values (HSDS JSON leaves them out). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

export const present = (v: unknown) => v !== undefined && v !== null && v !== '';

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
