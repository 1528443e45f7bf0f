/** The problems an HSDS import finds, each with where it is. Pure: no I/O. */
import type { ErrorDetail } from '../../platform/schemas.js';
import { MAX_PROBLEMS } from './limits.js';
import type { Source } from './tables.js';

/**
 * The problems found, each with where it is: the first `max` of them kept (a file of a million bad
 * records does not make a million objects), the rest only counted.
 */
export class Problems {
  readonly list: ErrorDetail[] = [];
  /** Problems found beyond those listed. */
  more = 0;
  constructor(readonly max = MAX_PROBLEMS) {}
  /** Every problem found, listed or not. */
  get count(): number {
    return this.list.length + this.more;
  }
  add(src: Source, field: string, message: string): void {
    if (this.list.length >= this.max) {
      this.more++;
      return;
    }
    const path = src.path ? (field ? `${src.path}.${field}` : src.path) : field;
    this.list.push({ ...(src.file ? { file: src.file } : {}), ...(src.row !== undefined ? { row: src.row } : {}), field: path || '(record)', message });
  }
}

/** Where a record is, for a message naming an earlier one. */
export function where(src: Source): string {
  const parts = [src.file, src.row !== undefined ? (src.file ? `row ${src.row}` : `item ${src.row}`) : undefined, src.path].filter(Boolean);
  return parts.join(', ') || 'earlier';
}
