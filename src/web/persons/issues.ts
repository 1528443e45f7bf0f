/**
 * Zod issues of the shared request schemas turned into messages for form fields, keyed by the
 * dotted path of the field (`names.0.given`, `contact.phones.1.number`). Pure: the components
 * translate the descriptors.
 */

export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly format?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly input?: unknown;
}

/** A message to translate: a key of the `persons` namespace (`validation.*`) and its values. */
export interface FieldMessage {
  readonly key:
    | 'validation.required'
    | 'validation.chooseOne'
    | 'validation.date'
    | 'validation.future'
    | 'validation.after1900'
    | 'validation.dateOrder'
    | 'validation.phone'
    | 'validation.email'
    | 'validation.tooLong'
    | 'validation.range'
    | 'validation.decision'
    | 'validation.duplicate'
    | 'validation.referral'
    | 'validation.invalid';
  readonly values?: Readonly<Record<string, number>>;
}

export type FieldMessages = Readonly<Record<string, FieldMessage>>;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function messageOf(issue: IssueLike, value: unknown, choices: ReadonlySet<string>, path: string): FieldMessage {
  const text = issue.message;
  const leaf = String(issue.path[issue.path.length - 1] ?? '');
  if (isBlank(value) || (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)) {
    return choices.has(leaf) || choices.has(path) ? { key: 'validation.chooseOne' } : { key: 'validation.required' };
  }
  if (/future/.test(text)) return { key: 'validation.future' };
  if (/after 1900/.test(text)) return { key: 'validation.after1900' };
  if (/calendar date/.test(text)) return { key: 'validation.date' };
  if (/must not be before/.test(text)) return { key: 'validation.dateOrder' };
  if (/phone number/.test(text)) return { key: 'validation.phone' };
  if (/deciding authority/.test(text)) return { key: 'validation.decision' };
  if (/referral names/.test(text)) return { key: 'validation.referral' };
  if (/no duplicates|one entry per/.test(text)) return { key: 'validation.duplicate' };
  if (issue.code === 'invalid_format' && issue.format === 'email') return { key: 'validation.email' };
  if (issue.origin === 'number' && (issue.code === 'too_small' || issue.code === 'too_big')) {
    return { key: 'validation.range', values: { min: Number(issue.minimum ?? 0), max: Number(issue.maximum ?? 0) } };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return { key: 'validation.tooLong', values: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_type' && typeof value === 'number' && Number.isNaN(value)) return { key: 'validation.invalid' };
  if (issue.code === 'invalid_value') return { key: 'validation.chooseOne' };
  return { key: 'validation.invalid' };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/**
 * One message per field (the first issue wins), keyed by dotted path. `choices` names the fields
 * filled by choosing (by leaf name or full path): when empty they ask to choose, not to fill in.
 * `rename` maps a request path to the form's own path where they differ.
 */
export function fieldMessages(
  issues: readonly IssueLike[],
  input: unknown,
  choices: Iterable<string> = [],
  rename: (path: string) => string = (path) => path,
): FieldMessages {
  const chosen = new Set(choices);
  const out: Record<string, FieldMessage> = {};
  for (const issue of issues) {
    const path = rename(issue.path.map(String).join('.'));
    if (path in out) continue;
    out[path] = messageOf(issue, valueAt(input, issue.path), chosen, path);
  }
  return out;
}
