/**
 * Encounter drafts kept on this device as the worker types, one entry per draft
 * (`haven.encounter.draft.<id>`), so that a closed tab or a lost connection loses nothing. Numbers
 * are kept as typed (an empty box stays empty); `toRequest` turns a draft into the request the
 * server takes, or says which fields need attention. An entry that does not read as a draft is
 * ignored, never thrown on.
 */
import { z } from 'zod';
import { type CreateEncounterRequest, createEncounterRequest, MATERIALS, QUICK_INDICATORS } from '../../core/outreach/encounter.js';
import { type KeyValueStore, keysWithPrefix, readJson, writeJson } from '../offline/storage.js';

const PREFIX = 'haven.encounter.draft.';

/** A number box: a whole number, or empty. */
const typedCount = z.union([z.number(), z.literal('')]);
export type TypedCount = z.infer<typeof typedCount>;

/** A number box's value as the draft keeps it: a whole number, or empty. */
export const asCount = (value: number | string): TypedCount => (typeof value === 'number' && Number.isFinite(value) ? value : '');

export const personDraft = z.object({
  /** Tells the rows apart on screen (not sent). */
  key: z.string().min(1),
  pseudonym: z.string(),
  description: z.string(),
  indicators: z.array(z.enum(QUICK_INDICATORS)),
  engaged: z.boolean(),
  invited: z.boolean(),
});
export type PersonDraft = z.infer<typeof personDraft>;

export const encounterDraft = z.object({
  id: z.string().min(1),
  /** As a `datetime-local` box holds it: local time, to the minute. */
  occurredAt: z.string(),
  zoneId: z.string(),
  place: z.string(),
  team: z.string(),
  peopleCount: typedCount,
  people: z.array(personDraft),
  materials: z.partialRecord(z.enum(MATERIALS), typedCount),
  otherInvitations: typedCount,
  note: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EncounterDraft = z.infer<typeof encounterDraft>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a `datetime-local` box shows it, in the device's time zone. */
export function localDateTime(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function newDraft(id: string, now: Date, team = ''): EncounterDraft {
  const at = now.toISOString();
  return {
    id,
    occurredAt: localDateTime(now),
    zoneId: '',
    place: '',
    team,
    peopleCount: '',
    people: [],
    materials: {},
    otherInvitations: '',
    note: '',
    createdAt: at,
    updatedAt: at,
  };
}

export function newPerson(key: string): PersonDraft {
  return { key, pseudonym: '', description: '', indicators: [], engaged: false, invited: false };
}

/** Nothing typed yet beyond what a new draft starts with (the time and the remembered team). */
export function isBlank(draft: EncounterDraft): boolean {
  return (
    draft.zoneId === '' &&
    draft.place.trim() === '' &&
    draft.peopleCount === '' &&
    draft.people.length === 0 &&
    Object.values(draft.materials).every((n) => n === '' || n === 0) &&
    (draft.otherInvitations === '' || draft.otherInvitations === 0) &&
    draft.note.trim() === ''
  );
}

export function loadDraft(store: KeyValueStore, id: string): EncounterDraft | null {
  const parsed = encounterDraft.safeParse(readJson(store, PREFIX + id));
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}

/** Keeps the draft (stamped now); false when the device refused to store it. */
export function saveDraft(store: KeyValueStore, draft: EncounterDraft, now: Date): boolean {
  return writeJson(store, PREFIX + draft.id, { ...draft, updatedAt: now.toISOString() });
}

export function deleteDraft(store: KeyValueStore, id: string): void {
  try {
    store.removeItem(PREFIX + id);
  } catch {
    // The entry stays, and is listed again.
  }
}

function allDrafts(store: KeyValueStore): EncounterDraft[] {
  const drafts: EncounterDraft[] = [];
  for (const key of keysWithPrefix(store, PREFIX)) {
    const parsed = encounterDraft.safeParse(readJson(store, key));
    if (parsed.success && key === PREFIX + parsed.data.id) drafts.push(parsed.data);
  }
  return drafts;
}

/** The drafts worth continuing (something typed), the most recently changed first. */
export function listDrafts(store: KeyValueStore): EncounterDraft[] {
  return allDrafts(store)
    .filter((d) => !isBlank(d))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Removes the blank drafts left by forms opened and never filled in (older than a day: not one open now). */
export function pruneBlankDrafts(store: KeyValueStore, now: Date): void {
  const before = new Date(now.getTime() - 86_400_000).toISOString();
  for (const d of allDrafts(store)) if (isBlank(d) && d.updatedAt < before) deleteDraft(store, d.id);
}

// --- from a draft to a request ---

/** Why a field cannot be sent, by its path (`team`, `people.0.pseudonym`, `materials.leaflet`...). */
export type DraftProblem =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'zoneOrPlace' }
  | { kind: 'fewerThanDescribed'; described: number }
  | { kind: 'future' }
  | { kind: 'invalid' };
export type DraftProblems = Record<string, DraftProblem>;

const countOf = (n: TypedCount | undefined): number => (n === '' || n === undefined ? 0 : n);

/** The request for a draft, or the problems to show (each field once). Allows a clock a few minutes ahead, as the server does. */
export function toRequest(draft: EncounterDraft, now: Date): { ok: true; request: CreateEncounterRequest } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const at = new Date(draft.occurredAt);
  if (draft.occurredAt === '') problems.occurredAt = { kind: 'required' };
  else if (Number.isNaN(at.getTime())) problems.occurredAt = { kind: 'invalid' };
  else if (at.getTime() > now.getTime() + 5 * 60_000) problems.occurredAt = { kind: 'future' };
  if (draft.peopleCount === '') problems.peopleCount = { kind: 'required' };
  else if (draft.peopleCount < draft.people.length) problems.peopleCount = { kind: 'fewerThanDescribed', described: draft.people.length };
  // Checked here too (not only by the schema's refinements, which wait for the fields): every problem shows at once.
  if (!draft.zoneId && draft.place.trim() === '') problems.place = { kind: 'zoneOrPlace' };

  const materials: Partial<Record<(typeof MATERIALS)[number], number>> = {};
  for (const m of MATERIALS) if (countOf(draft.materials[m]) > 0) materials[m] = countOf(draft.materials[m]);
  const candidate = {
    ...(problems.occurredAt ? {} : { occurredAt: at.toISOString() }),
    ...(draft.zoneId ? { zoneId: draft.zoneId } : { place: draft.place.trim() }),
    team: draft.team,
    peopleCount: countOf(draft.peopleCount),
    people: draft.people.map((p) => ({
      pseudonym: p.pseudonym,
      description: p.description,
      indicators: p.indicators,
      engaged: p.engaged,
      invited: p.invited,
    })),
    materials,
    otherInvitations: countOf(draft.otherInvitations),
    note: draft.note,
  };
  const parsed = createEncounterRequest.safeParse(candidate);
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, request: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.join('.');
    if (problems[path]) continue;
    problems[path] = problemOf(issue, path, draft);
  }
  return { ok: false, problems };
}

function problemOf(issue: z.core.$ZodIssue, path: string, draft: EncounterDraft): DraftProblem {
  if (issue.code === 'custom' && path === 'place') return { kind: 'zoneOrPlace' };
  if (issue.code === 'custom' && path === 'peopleCount') return { kind: 'fewerThanDescribed', described: draft.people.length };
  if (issue.code === 'too_small' && issue.origin === 'string') return { kind: 'required' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { kind: 'tooLong', max: Number(issue.maximum) };
  if (issue.code === 'too_big') return { kind: 'tooMany', max: Number(issue.maximum) };
  return { kind: 'invalid' };
}

/** How the form's parts change the draft (each change is kept on the device at once). */
export type DraftUpdate = (change: (d: EncounterDraft) => EncounterDraft) => void;
