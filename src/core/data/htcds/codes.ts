/**
 * The code mapping of the HTCDS exchange: where each Haven code goes in HTCDS (field and value),
 * the zod fields that read HTCDS values (in any letter case, Haven ids and older spellings taken
 * too), lists, countries (alpha-2 in HTCDS, alpha-3 in Haven) and the small helpers the record
 * schema (record.ts) and the two directions of the mapping (from-haven.ts, to-haven.ts) share.
 * Pure: no I/O.
 */
import { z } from 'zod';
import type { CodeList } from '../../cases/codes.js';
import { ALPHA2_OF, alpha3Of } from '../../referrals/countries.js';

/** Values match without regard to letter case or spaces ("Domestic Work" is DomesticWork). */
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Where a code goes in HTCDS: its field and value, or null (no HTCDS value). */
export function targetOf(list: CodeList, id: string): { field: string; value: string } | null {
  const mapped = (list.htcds as Record<string, string | null>)[id];
  if (!mapped) return null;
  const eq = mapped.indexOf('=');
  if (eq > 0) return { field: mapped.slice(0, eq), value: mapped.slice(eq + 1) };
  return list.htcdsField ? { field: list.htcdsField, value: mapped } : null;
}

/** The ids of a list whose HTCDS value lives in `field`. */
export function idsIn(list: CodeList, field: string): string[] {
  return list.ids.filter((id) => targetOf(list, id)?.field === field);
}

/** The ids in the order of their code list (the exchange writes lists in that order). */
export function inListOrder<Id extends string>(list: CodeList<Id>, ids: readonly string[]): Id[] {
  const set = new Set(ids);
  return list.ids.filter((id) => set.has(id));
}

/**
 * A field holding one of these HTCDS values. The import also takes them in any letter case, the
 * Haven ids of the codes that map to them, and the aliases (older HTCDS spellings).
 */
export function oneOf(values: readonly string[], haven: Readonly<Record<string, string>> = {}, aliases: Readonly<Record<string, string>> = {}) {
  const canon = new Map<string, string>();
  for (const v of values) canon.set(norm(v), v);
  for (const [k, v] of [...Object.entries(haven), ...Object.entries(aliases)]) canon.set(norm(k), v);
  const message = (input: unknown) => `unknown value ${JSON.stringify(input)}: one of ${values.join(', ')}`;
  return z.preprocess(
    (v) => (typeof v === 'string' ? (canon.get(norm(v)) ?? v.trim()) : v),
    z.enum(values as [string, ...string[]], { error: (issue) => message(issue.input) }),
  );
}

/** The HTCDS values of a code list in one of its fields (by default its own), Haven ids accepted. */
export function codeField(list: CodeList, field = list.htcdsField ?? '', aliases: Readonly<Record<string, string>> = {}) {
  const ids = idsIn(list, field);
  const haven = Object.fromEntries(ids.map((id) => [id, (targetOf(list, id) as { value: string }).value]));
  return oneOf(
    ids.map((id) => haven[id] as string),
    haven,
    aliases,
  );
}

/** HTCDS 1.x types of labour exploitation: those Haven does not write are read as a sector of forced labour. */
export const LABOUR_TYPES: Readonly<Record<string, { form?: string; sector?: string }>> = {
  Agriculture: { sector: 'agriculture-forestry-fishing' },
  Aquafarming: { sector: 'agriculture-forestry-fishing' },
  Begging: { form: 'forced-begging' },
  Construction: { sector: 'construction' },
  DomesticWork: { form: 'domestic-servitude' },
  Hospitality: { sector: 'accommodation-food-service' },
  IllicitActivities: { form: 'forced-criminality' },
  Manufacturing: { sector: 'manufacturing' },
  MiningOrDrilling: { sector: 'mining-quarrying' },
  Peddling: { sector: 'wholesale-retail-vehicle-repair' },
  Transportation: { sector: 'transportation-storage' },
  Other: {},
};

export const REFERRAL_REASONS = ['AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other'] as const;

/** A list: an array in JSON; a single value is taken as a list of one. */
export function listOf<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z
      .array(item)
      .max(max)
      .refine((xs) => new Set(xs as unknown[]).size === xs.length, 'no duplicates'),
  );
}

/** ISO 3166-1 alpha-2 (HTCDS), or alpha-3 (Haven's codes that have no alpha-2, and other systems'). */
export const htcdsCountry = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().refine((s) => (s.length === 2 ? alpha3Of(s) !== undefined : /^[A-Z]{3}$/.test(s)), 'an ISO 3166-1 country code, alpha-2 (GR) or alpha-3 (GRC)'),
);

/** Haven's alpha-3 country as HTCDS writes it. */
export function toHtcdsCountry(alpha3: string): string {
  return Object.hasOwn(ALPHA2_OF, alpha3) ? (ALPHA2_OF[alpha3] as string) : alpha3;
}

/** An HTCDS country as Haven stores it (alpha-3). */
export function fromHtcdsCountry(code: string): string {
  return code.length === 2 ? (alpha3Of(code) as string) : code;
}

/** Drops the keys whose value is null or an empty string: an empty cell or value is unknown. */
export function dropEmpty(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== ''));
}

export const text = (max: number) => z.string().trim().max(max);

/** A UTF-16 surrogate without its other half: not a character (JSON's "\ud800" escape makes one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text value that no field may hold, or undefined: the character U+0000
 * (PostgreSQL stores no such text; the JSON routes refuse it too) or a lone surrogate (not Unicode
 * text: it could not be written back as UTF-8).
 */
export function textProblem(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain the character U+0000 (NUL)';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode text (it holds half of a UTF-16 surrogate pair)';
  return undefined;
}

/** Every text value (and key) in a value with what is wrong with it, by path. */
export function textProblems(value: unknown, path: PropertyKey[] = [], out: { path: PropertyKey[]; message: string }[] = []) {
  if (typeof value === 'string') {
    const message = textProblem(value);
    if (message) out.push({ path, message });
  } else if (Array.isArray(value)) {
    value.forEach((x, i) => {
      textProblems(x, [...path, i], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) {
      const message = textProblem(k);
      if (message) out.push({ path: [...path, k], message: `its name ${message}` });
      textProblems(x, [...path, k], out);
    }
  }
  return out;
}
