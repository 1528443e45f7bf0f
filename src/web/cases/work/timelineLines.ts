/**
 * What one line of a case's timeline says, before translation: the event's locale key and its
 * parameters, and the plain facts it carries (codes, dates, flags), each with how to show it.
 * The server puts no personal data in the timeline; this shows only the fields it knows.
 */
import type { CodeListName } from '../../../core/cases/codes.js';
import { TIMELINE_EVENTS, type TimelineEvent, type TimelineEventName } from '../../../core/cases/views.js';

/** The labels of the kinds of entries: `caseWork:kinds.<kind>`. */
export const KIND_LABELS = [
  'consent',
  'risk-assessment',
  'needs-assessment',
  'assessment',
  'objective',
  'task',
  'service',
  'note',
  'proceeding',
  'document',
] as const;
export type KindLabel = (typeof KIND_LABELS)[number];

/** Fields a timeline line may show, labelled `caseWork:fields.<field>`. */
export const FACT_FIELDS = [
  'purpose',
  'givenBy',
  'method',
  'givenOn',
  'expiresOn',
  'withdrawnOn',
  'level',
  'assessedOn',
  'type',
  'status',
  'targetOn',
  'kind',
  'due',
  'done',
  'from',
  'to',
  'outcome',
  'stage',
  'personRole',
  'startedOn',
  'reason',
  'category',
  'changed',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export type Fact =
  | { readonly field: FactField; readonly show: 'code'; readonly list: CodeListName; readonly value: string }
  | { readonly field: FactField; readonly show: 'date'; readonly value: string }
  | { readonly field: FactField; readonly show: 'flag'; readonly value: boolean }
  /** Names of fields of the case that changed (`caseWork:caseFields.<name>`). */
  | { readonly field: FactField; readonly show: 'case-fields'; readonly value: readonly string[] };

export interface TimelineLine {
  /** `caseWork:timeline.<event>`, or 'unknown' for an event this version of the app does not know. */
  readonly event: TimelineEventName | 'unknown';
  readonly kind: KindLabel | null;
  /** Case statuses (`codes:case-status.<id>`) of a status change. */
  readonly from: string | null;
  readonly to: string | null;
  readonly number: number | null;
  readonly facts: readonly Fact[];
}

const CODE_FIELDS: Readonly<Record<string, Readonly<Partial<Record<FactField, CodeListName>>>>> = {
  consent: { purpose: 'consent-purpose', givenBy: 'consent-given-by', method: 'consent-method' },
  assessment: { level: 'risk-level' },
  objective: { type: 'objective-type', status: 'objective-status' },
  task: { kind: 'task-kind' },
  service: { type: 'service-type', outcome: 'service-outcome' },
  proceeding: { stage: 'proceeding-stage', personRole: 'proceeding-role', outcome: 'proceeding-outcome' },
  document: { category: 'document-category' },
  case: { reason: 'closure-reason' },
};
const DATE_FIELDS: ReadonlySet<string> = new Set(['givenOn', 'expiresOn', 'withdrawnOn', 'assessedOn', 'targetOn', 'due', 'from', 'to', 'startedOn']);
const FLAG_FIELDS: ReadonlySet<string> = new Set(['done']);
const STATUS_EVENTS: ReadonlySet<string> = new Set(['status-changed', 'closed', 'reopened']);

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function kindOf(e: TimelineEvent): KindLabel | null {
  const kind = e.entryKind ?? (e.event.startsWith('document.') ? 'document' : null);
  if (kind === 'assessment') {
    if (e.detail.type === 'risk') return 'risk-assessment';
    if (e.detail.type === 'needs') return 'needs-assessment';
  }
  return (KIND_LABELS as readonly string[]).includes(kind ?? '') ? (kind as KindLabel) : null;
}

export function timelineLine(e: TimelineEvent): TimelineLine {
  const known = (TIMELINE_EVENTS as readonly string[]).includes(e.event);
  const d = e.detail;
  const status = STATUS_EVENTS.has(e.event);
  const codes = CODE_FIELDS[status ? 'case' : (e.entryKind ?? (e.event.startsWith('document.') ? 'document' : ''))] ?? {};
  const facts: Fact[] = [];
  for (const field of FACT_FIELDS) {
    const value = d[field];
    if (status && (field === 'from' || field === 'to')) continue;
    const list = codes[field];
    if (list && isString(value)) facts.push({ field, show: 'code', list, value });
    else if (!status && DATE_FIELDS.has(field) && isString(value)) facts.push({ field, show: 'date', value });
    else if (FLAG_FIELDS.has(field) && typeof value === 'boolean') facts.push({ field, show: 'flag', value });
  }
  if (e.event === 'updated' && Array.isArray(d.fields)) {
    const names = d.fields.filter(isString);
    if (names.length) facts.push({ field: 'changed', show: 'case-fields', value: names });
  }
  return {
    event: known ? (e.event as TimelineEventName) : 'unknown',
    kind: kindOf(e),
    from: status && isString(d.from) ? d.from : null,
    to: status && isString(d.to) ? d.to : null,
    number: typeof d.number === 'number' ? d.number : null,
    facts,
  };
}
