import type { NAME_SCRIPT } from '../../core/cases/codes.js';
import type { PersonNameEntry } from '../../core/cases/person.js';
import { detectScript } from '../../core/persons/transliterate.js';

/** Names as the persons screens show them: which script, which name first, how well a search matched. */

export type NameScript = (typeof NAME_SCRIPT.ids)[number];

/** The script of a name as typed, in the code list's terms; undefined while nothing is typed. */
export function scriptOf(text: string): NameScript | undefined {
  const script = detectScript(text);
  if (script === 'none') return undefined;
  if (script === 'mixed') return 'other';
  return script;
}

type NameLike = Pick<PersonNameEntry, 'given' | 'family'>;

/** Given and family name, as one line. */
export function fullName(name: NameLike): string {
  return `${name.given} ${name.family}`.trim();
}

/** The name to show first: the first legal name, else the first name. */
export function primaryName<T extends NameLike & { kind?: string }>(names: readonly T[]): T | undefined {
  return names.find((name) => name.kind === 'legal') ?? names[0];
}

/** The person's main name, or '' when they have none. */
export function displayName(names: readonly (NameLike & { kind?: string })[]): string {
  const first = primaryName(names);
  return first ? fullName(first) : '';
}

/** A name's script: the one recorded, else the one detected from its letters. */
export function nameScript(name: NameLike & { script?: NameScript | undefined }): NameScript | undefined {
  return name.script ?? scriptOf(fullName(name));
}

/** A search score in [0, 1] as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
