/**
 * Messages for the fields of the service and organisation forms from the issues of the shared
 * schemas, keyed by the form's dotted path. Pure: the general messages are those of the person
 * forms (`persons:validation.*`); the directory's own fields say more precisely what they need.
 */
import { fieldMessages, type IssueLike } from '../persons/issues.js';

export interface Message {
  /** A key with its namespace, e.g. `persons:validation.required` or `directory:form.errors.types`. */
  key: string;
  values?: Readonly<Record<string, number>>;
}

const CHOICES = ['organizationId', 'status', 'country', 'timeZone'];

/** The directory's own message for a path, if it has one. */
function ownMessage(path: string, issue: IssueLike): string | null {
  if (path === 'organizationId') return 'form.errors.organization';
  if (path === 'types') return 'form.errors.types';
  if (path === 'maximumAge' && /minimumAge/.test(issue.message)) return 'form.errors.ageOrder';
  if (path === 'minimumAge' || path === 'maximumAge') return 'form.errors.age';
  if (path === 'url' || path === 'website') return 'form.errors.url';
  if (/^schedules\.\d+\.byday$/.test(path)) return 'form.errors.days';
  if (/^schedules\.\d+\.(opensAt|closesAt)$/.test(path)) return 'form.errors.time';
  if (path === 'timeZone') return 'form.errors.timeZone';
  return null;
}

function pathOf(issue: IssueLike, rename: (path: string) => string): string {
  return rename(issue.path.map(String).join('.'));
}

/** One message per field (the first issue wins). */
export function directoryFieldMessages(issues: readonly IssueLike[], input: unknown, rename: (path: string) => string = (p) => p): Record<string, Message> {
  const general = fieldMessages(issues, input, CHOICES, rename);
  const out: Record<string, Message> = {};
  for (const [path, m] of Object.entries(general)) out[path] = { key: `persons:${m.key}`, ...(m.values ? { values: m.values } : {}) };
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = pathOf(issue, rename);
    if (seen.has(path)) continue;
    seen.add(path);
    const own = ownMessage(path, issue);
    if (own) out[path] = { key: `directory:${own}` };
  }
  return out;
}
