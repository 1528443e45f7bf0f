/**
 * The answers of the Cases API as Zod schemas: the OpenAPI document describes them, and the fuzz
 * test checks every successful answer against them. Each schema is checked at compile time against
 * the type of views.ts that the server builds and the web app reads.
 */
import { z } from 'zod';
import { caseRecord, caseStatus } from './case.js';
import { person, personNameEntry } from './person.js';
import { TIMELINE_EVENTS } from './views.js';
import type { CaseSummary, CaseView, DuplicateCheck, EntryView, MyTask, PersonHit, PersonView, TimelineEvent } from './views.js';

const instant = z.string();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const caseSummaryView = z.object({
  id: z.uuid(),
  number: z.number().int().positive(),
  personId: z.uuid(),
  status: caseStatus,
  openedOn: day,
  caseworkerId: z.uuid().nullable(),
  restricted: z.boolean(),
}) satisfies z.ZodType<CaseSummary>;

export const personView = person.extend({
  age: z.number().int().min(0).nullable(),
  child: z.boolean().nullable(),
  createdAt: instant,
  updatedAt: instant,
  cases: z.array(caseSummaryView),
}) satisfies z.ZodType<PersonView>;

export const personHit = z.object({
  id: z.uuid(),
  names: z.array(personNameEntry),
  birthDate: day.nullable(),
  age: z.number().int().min(0).nullable(),
  child: z.boolean().nullable(),
  gender: z.string().nullable(),
  citizenships: z.array(z.string()),
  cases: z.array(caseSummaryView),
  score: z.number().min(0).max(1).nullable(),
}) satisfies z.ZodType<PersonHit>;

export const personSearchAnswer = z.object({ items: z.array(personHit) });
export const duplicateCheckAnswer = z.object({ items: z.array(personHit), hidden: z.number().int().min(0) }) satisfies z.ZodType<DuplicateCheck>;
export const eraseAnswer = z.object({ erased: z.uuid() });

export const caseView = caseRecord.extend({
  number: z.number().int().positive(),
  closedAt: instant.nullable(),
  reflectionReminderOn: day.nullable(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<CaseView>;

export const caseListAnswer = z.object({
  items: z.array(
    caseSummaryView.extend({ personId: z.uuid().nullable(), personName: z.string().nullable(), personAge: z.number().int().min(0).nullable(), personChild: z.boolean().nullable() }),
  ),
});

/** A case the caller opened but may not read (restricted to others): what they may know. */
export const caseOpenedElsewhere = z.object({ id: z.uuid(), number: z.number().int().positive() });

export const entryView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  kind: z.string(),
  version: z.number().int().min(0),
  data: z.record(z.string(), z.unknown()),
  createdBy: z.uuid().nullable(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<EntryView>;
export const entryListAnswer = z.object({ items: z.array(entryView) });

export const timelineEvent = z.object({
  id: z.number().int(),
  at: instant,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  event: z.enum(TIMELINE_EVENTS),
  entryKind: z.string().nullable(),
  entryId: z.uuid().nullable(),
  detail: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<TimelineEvent>;
export const timelineAnswer = z.object({ items: z.array(timelineEvent) });

export const myTask = z.object({
  entry: entryView,
  caseNumber: z.number().int().positive(),
  personName: z.string(),
  personAge: z.number().int().min(0).nullable(),
  personChild: z.boolean().nullable(),
}) satisfies z.ZodType<MyTask>;
export const myTasksAnswer = z.object({
  tasks: z.array(myTask),
  reflectionEnding: z.array(z.object({ caseId: z.uuid(), caseNumber: z.number().int().positive(), endsOn: day })),
});
