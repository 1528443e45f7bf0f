import { CODE_LISTS, type CodeListName } from '../../core/cases/codes.js';

/**
 * HTCDS (IOM's Human Trafficking Case Data Standard) field names and values for Haven's codes, as
 * the code lists give them (src/core/cases/codes.ts): a list names its HTCDS field and each id its
 * HTCDS value; a value written `Field=Value` belongs to another HTCDS field than the list's; ids with
 * no HTCDS value (Haven's own additions) are left out. Exports carry these next to Haven's own fields.
 */

export type HtcdsFields = Record<string, string | string[]>;

/** One Haven field: its code list, its value (one code or several), whether HTCDS holds it as a list. */
export interface HtcdsSource {
  readonly list: CodeListName;
  readonly value: string | readonly string[] | null | undefined;
}

/** The HTCDS fields of these Haven fields; a multi-valued Haven field gives multi-valued HTCDS fields. */
export function htcdsFields(sources: readonly HtcdsSource[]): HtcdsFields {
  const out: HtcdsFields = {};
  for (const { list, value } of sources) {
    if (value === null || value === undefined) continue;
    const codes = CODE_LISTS[list] as { htcdsField: string | null; htcds: Readonly<Record<string, string | null>> };
    const many = Array.isArray(value);
    for (const id of many ? (value as readonly string[]) : [value as string]) {
      const mapped = codes.htcds[id];
      if (!mapped) continue;
      const eq = mapped.indexOf('=');
      const field = eq > 0 ? mapped.slice(0, eq) : codes.htcdsField;
      const htcdsValue = eq > 0 ? mapped.slice(eq + 1) : mapped;
      if (!field) continue;
      if (!many) {
        out[field] = htcdsValue;
        continue;
      }
      const current = out[field];
      const values = Array.isArray(current) ? current : current === undefined ? [] : [current];
      if (!values.includes(htcdsValue)) values.push(htcdsValue);
      out[field] = values;
    }
  }
  return out;
}
