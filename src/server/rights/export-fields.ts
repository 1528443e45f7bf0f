import type { CodeListName } from '../../core/cases/codes.js';
import type { Labels } from './labels.js';

/**
 * How the report shows the fields of the work on a case: for each entry kind, its fields in order,
 * each with its label (`export:fields.<label>`) and how its value reads (a code by its translated
 * label, a date in the reader's style, a colleague or organisation by name). A field not listed
 * here is still shown, under its own name, so that nothing stored is left out of the report.
 */

export type FieldFormat =
  | { readonly as: 'text' }
  | { readonly as: 'date' }
  | { readonly as: 'bool' }
  | { readonly as: 'code'; readonly list: CodeListName }
  | { readonly as: 'codes'; readonly list: CodeListName }
  | { readonly as: 'user' }
  | { readonly as: 'organisation' }
  | { readonly as: 'money' }
  | { readonly as: 'needs' }
  | { readonly as: 'assessment-type' };

export interface FieldSpec {
  readonly field: string;
  readonly label: string;
  readonly format: FieldFormat;
}

const text = { as: 'text' } as const;
const date = { as: 'date' } as const;
const code = (list: CodeListName) => ({ as: 'code', list }) as const;
const codes = (list: CodeListName) => ({ as: 'codes', list }) as const;
const f = (field: string, format: FieldFormat, label = field): FieldSpec => ({ field, label, format });

export const ENTRY_FIELDS: Readonly<Record<string, readonly FieldSpec[]>> = {
  consent: [
    f('purpose', code('consent-purpose')),
    f('organisationId', { as: 'organisation' }, 'organisation'),
    f('givenBy', code('consent-given-by')),
    f('method', code('consent-method')),
    f('witnessName', text),
    f('givenOn', date),
    f('expiresOn', date),
    f('withdrawnOn', date),
    f('note', text),
  ],
  assessment: [
    f('type', { as: 'assessment-type' }),
    f('assessedOn', date),
    f('level', code('risk-level')),
    f('factors', codes('risk-factor')),
    f('needs', { as: 'needs' }),
    f('note', text),
  ],
  objective: [f('type', code('objective-type')), f('description', text), f('status', code('objective-status')), f('targetOn', date)],
  task: [
    f('kind', code('task-kind')),
    f('title', text),
    f('due', date),
    f('time', text),
    f('assigneeId', { as: 'user' }, 'assignee'),
    f('done', { as: 'bool' }),
  ],
  service: [
    f('type', code('service-type')),
    f('providerOrganisationId', { as: 'organisation' }, 'providerOrganisation'),
    f('provider', text),
    f('from', date),
    f('to', date),
    f('outcome', code('service-outcome')),
    f('note', text),
  ],
  note: [f('text', text)],
  proceeding: [
    f('stage', code('proceeding-stage')),
    f('personRole', code('proceeding-role')),
    f('outcome', code('proceeding-outcome')),
    f('court', text),
    f('reference', text),
    f('startedOn', date),
    f('compensationClaimed', { as: 'money' }),
    f('compensationAwarded', { as: 'money' }),
    f('note', text),
  ],
};

/** Names of the users and organisations records refer to. */
export interface Directory {
  readonly users: ReadonlyMap<string, string>;
  readonly organisations: ReadonlyMap<string, string>;
}

/** Any stored value as text, for fields the table above does not know. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plainValue).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${plainValue(v)}`)
    .join('; ');
}

/** A field's value as the reader sees it; empty when there is nothing to show. */
export function formatValue(l: Labels, d: Directory, format: FieldFormat, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  switch (format.as) {
    case 'text':
      return plainValue(value);
    case 'date':
      return typeof value === 'string' ? l.date(value) : plainValue(value);
    case 'bool':
      return value === true ? l.t('yes') : value === false ? l.t('no') : plainValue(value);
    case 'code':
      return typeof value === 'string' ? l.code(format.list, value) : plainValue(value);
    case 'codes':
      return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? l.code(format.list, v) : plainValue(v))).join(', ') : plainValue(value);
    case 'user':
      return typeof value === 'string' ? (d.users.get(value) ?? value) : plainValue(value);
    case 'organisation':
      return typeof value === 'string' ? (d.organisations.get(value) ?? value) : plainValue(value);
    case 'money': {
      const m = value as { amount?: unknown; currency?: unknown };
      return typeof m.amount === 'string' && typeof m.currency === 'string' ? `${m.amount} ${m.currency}` : plainValue(value);
    }
    case 'needs':
      if (!Array.isArray(value)) return plainValue(value);
      return value
        .map((n: { domain?: string; priority?: string; description?: string }) => {
          const head = `${n.domain ? l.code('need-domain', n.domain) : ''}${n.priority ? ` (${l.code('priority', n.priority)})` : ''}`;
          return n.description ? `${head}: ${n.description}` : head;
        })
        .join('; ');
    case 'assessment-type':
      return typeof value === 'string' ? l.t(`assessmentTypes.${value}`) : plainValue(value);
  }
}

/** The label and value of every field of an entry worth showing, known fields first. */
export function entryLines(l: Labels, d: Directory, kind: string, data: Record<string, unknown>): [string, string][] {
  const specs = ENTRY_FIELDS[kind] ?? [];
  const out: [string, string][] = [];
  for (const s of specs) {
    const shown = formatValue(l, d, s.format, data[s.field]);
    if (shown) out.push([l.t(`fields.${s.label}`), shown]);
  }
  const known = new Set(specs.map((s) => s.field));
  for (const [key, value] of Object.entries(data)) {
    if (known.has(key)) continue;
    const shown = plainValue(value);
    if (shown) out.push([key, shown]);
  }
  return out;
}
