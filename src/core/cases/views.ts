/**
 * What the Cases API answers: persons, cases, the work on a case and the timeline, as the server
 * sends them and the web app reads them. Dates are 'YYYY-MM-DD'; instants are ISO 8601 strings.
 */
import type { CaseStatus, CaseRecord } from './case.js';
import type { Person } from './person.js';

/** A person as the API returns them: the stored record and what the server computes from it. */
export interface PersonView extends Person {
  /** Age in whole years today, from the birth date or the estimate; null when unknown. */
  readonly age: number | null;
  /** A child today; null when the age is unknown. */
  readonly child: boolean | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The cases of this person the reader may see. */
  readonly cases: readonly CaseSummary[];
}

/** One row of a case list. */
export interface CaseSummary {
  readonly id: string;
  readonly number: number;
  readonly personId: string;
  readonly status: CaseStatus;
  readonly openedOn: string;
  readonly caseworkerId: string | null;
  readonly restricted: boolean;
}

/** A person in search results, best match first. */
export interface PersonHit {
  readonly id: string;
  readonly names: Person['names'];
  readonly birthDate: string | null;
  readonly age: number | null;
  readonly child: boolean | null;
  readonly gender: string | null;
  readonly citizenships: readonly string[];
  readonly cases: readonly CaseSummary[];
  /** Name similarity in [0, 1] when searched by name, else null. */
  readonly score: number | null;
}

export interface PersonSearchResult {
  readonly items: readonly PersonHit[];
}

/** Likely duplicates of a person about to be created, in the organisation. */
export interface DuplicateCheck {
  /** The matches the user may open. */
  readonly items: readonly PersonHit[];
  /** Matches the user may not open (another caseworker's person): counted, not shown. */
  readonly hidden: number;
}

/** A case as the API returns it. */
export interface CaseView extends CaseRecord {
  readonly number: number;
  readonly closedAt: string | null;
  /** When the reminder of the end of the reflection period is due, if a period is set. */
  readonly reflectionReminderOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One entry of the work on a case (consent, assessment, objective, task, service, note, proceeding). */
export interface EntryView<T = Record<string, unknown>> {
  readonly id: string;
  readonly caseId: string;
  readonly kind: string;
  readonly version: number;
  readonly data: T;
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DocumentView {
  readonly id: string;
  readonly caseId: string;
  readonly name: string;
  readonly category: string;
  readonly mediaType: string;
  readonly size: number;
  readonly uploadedBy: string | null;
  readonly uploadedAt: string;
}

/** Every event a case's timeline holds (the web app labels them `caseWork:timeline.<event>`). */
export const TIMELINE_EVENTS = ['opened', 'updated', 'status-changed', 'closed', 'reopened', 'entry.added', 'entry.changed', 'consent.withdrawn', 'document.added', 'document.deleted'] as const;
export type TimelineEventName = (typeof TIMELINE_EVENTS)[number];

/** One line of a case's timeline: what happened, when, by whom; no personal data. */
export interface TimelineEvent {
  readonly id: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  /** opened, updated, status-changed, closed, reopened, entry.added, entry.changed, consent.withdrawn, document.added, document.deleted */
  readonly event: string;
  readonly entryKind: string | null;
  readonly entryId: string | null;
  readonly detail: Record<string, unknown>;
}

/** An open task or appointment in "my tasks", with the case it belongs to. */
export interface MyTask {
  readonly entry: EntryView;
  readonly caseNumber: number;
  readonly personName: string;
  /** The person's age and whether they are a child today (null when unknown): shown wherever a child appears. */
  readonly personAge: number | null;
  readonly personChild: boolean | null;
}

/** A row of the case list: the person's name, age and child status only when the reader may read the case. */
export interface CaseListRow extends Omit<CaseSummary, 'personId'> {
  /** Null for a case the reader may only know exists. */
  readonly personId: string | null;
  readonly personName: string | null;
  readonly personAge: number | null;
  readonly personChild: boolean | null;
}
