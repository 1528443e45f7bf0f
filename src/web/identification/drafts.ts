/**
 * Screening drafts kept on this device: every answer is written at once, so that a closed tab or a
 * lost connection loses nothing. One storage entry per draft (`haven.screening.draft.<id>`); an
 * entry that does not read as a draft is ignored, never thrown on.
 */
import { z } from 'zod';
import { ANSWERS, INSTRUMENT_IDS } from '../../core/identification/instrument.js';
import { uuid } from '../../core/platform/schemas.js';
import { type KeyValueStore, keysWithPrefix, readJson, writeJson } from '../offline/storage.js';

const PREFIX = 'haven.screening.draft.';

export const screeningDraft = z.object({
  id: z.string().min(1),
  instrumentId: z.enum(INSTRUMENT_IDS).nullable(),
  answers: z.record(z.string(), z.enum(ANSWERS)),
  personId: uuid.nullable(),
  caseId: uuid.nullable(),
  /** A hotline contact or an outreach encounter the screening is part of (drafts of earlier releases have none). */
  link: z
    .object({ type: z.enum(['contact', 'encounter']), id: uuid })
    .nullable()
    .default(null),
  /** The dimension shown (0-based); the number of dimensions means the result. */
  step: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScreeningDraft = z.infer<typeof screeningDraft>;

export function newDraft(
  id: string,
  now: Date,
  context: { personId?: string | null; caseId?: string | null; link?: ScreeningDraft['link'] } = {},
): ScreeningDraft {
  const at = now.toISOString();
  return {
    id,
    instrumentId: null,
    answers: {},
    personId: context.personId ?? null,
    caseId: context.caseId ?? null,
    link: context.link ?? null,
    step: 0,
    createdAt: at,
    updatedAt: at,
  };
}

export function loadDraft(store: KeyValueStore, id: string): ScreeningDraft | null {
  const parsed = screeningDraft.safeParse(readJson(store, PREFIX + id));
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}

/** Keeps the draft (stamped now); false when the device refused to store it. */
export function saveDraft(store: KeyValueStore, draft: ScreeningDraft, now: Date): boolean {
  return writeJson(store, PREFIX + draft.id, { ...draft, updatedAt: now.toISOString() });
}

export function deleteDraft(store: KeyValueStore, id: string): void {
  try {
    store.removeItem(PREFIX + id);
  } catch {
    // Nothing to do: the entry stays, and is listed again.
  }
}

/** The drafts on this device worth continuing (a set chosen or an answer given), the most recently changed first. */
export function listDrafts(store: KeyValueStore): ScreeningDraft[] {
  const drafts: ScreeningDraft[] = [];
  for (const key of keysWithPrefix(store, PREFIX)) {
    const parsed = screeningDraft.safeParse(readJson(store, key));
    if (parsed.success && (parsed.data.instrumentId !== null || answeredCount(parsed.data) > 0)) drafts.push(parsed.data);
  }
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The number of answers given (yes, no or don't know). */
export function answeredCount(draft: Pick<ScreeningDraft, 'answers'>): number {
  return Object.keys(draft.answers).length;
}
