/**
 * Encounters saved while offline wait here until they are sent, one entry per encounter
 * (`haven.encounter.outbox.<id>`, so that two tabs never overwrite each other's queue), as the
 * screenings do (identification/outbox.ts). A lost connection leaves an item waiting; a refusal
 * marks it failed with the server's message (the user sends it again or discards it). Each item is
 * sent with a key made from its id, the same on every attempt, so a send the server saved but whose
 * answer was lost creates nothing new when repeated. Once saved, the people met leave the device:
 * only the encounter's id and a summary without them stay.
 */
import { z } from 'zod';
import { type CreateEncounterRequest, createEncounterRequest } from '../../core/outreach/encounter.js';
import { type KeyValueStore, keysWithPrefix, readJson, writeJson } from '../offline/storage.js';

const PREFIX = 'haven.encounter.outbox.';

/** What the queue shows of an encounter: where, when, who went, how many were met (no one described). */
export const encounterSummary = z.object({
  occurredAt: z.string(),
  zoneId: z.string().nullable(),
  place: z.string().nullable(),
  team: z.string(),
  peopleCount: z.number(),
  described: z.number(),
});
export type EncounterSummary = z.infer<typeof encounterSummary>;

const common = { id: z.string().min(1), queuedAt: z.string(), summary: encounterSummary };
export const outboxItem = z.discriminatedUnion('status', [
  z.object({ ...common, status: z.literal('waiting'), request: createEncounterRequest }),
  z.object({ ...common, status: z.literal('failed'), request: createEncounterRequest, error: z.string(), failedAt: z.string() }),
  z.object({ ...common, status: z.literal('saved'), encounterId: z.string(), savedAt: z.string() }),
]);
export type OutboxItem = z.infer<typeof outboxItem>;

export function summaryOf(request: CreateEncounterRequest, now: Date): EncounterSummary {
  return {
    occurredAt: request.occurredAt ?? now.toISOString(),
    zoneId: request.zoneId ?? null,
    place: request.place ?? null,
    team: request.team,
    peopleCount: request.peopleCount,
    described: request.people.length,
  };
}

export function readOutbox(store: KeyValueStore): OutboxItem[] {
  const items: OutboxItem[] = [];
  for (const key of keysWithPrefix(store, PREFIX)) {
    const parsed = outboxItem.safeParse(readJson(store, key));
    if (parsed.success && key === PREFIX + parsed.data.id) items.push(parsed.data);
  }
  return items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

function writeItem(store: KeyValueStore, item: OutboxItem): boolean {
  return writeJson(store, PREFIX + item.id, item);
}

/** The idempotency key an encounter is sent with, online or from the queue (the same on every attempt). */
export function idempotencyKeyOf(id: string): string {
  return `encounter-${id}`;
}

/**
 * Queues an encounter to send; false when the device refused to store it (nothing was queued). The
 * time is fixed now, so that every attempt sends the same request.
 */
export function enqueue(store: KeyValueStore, id: string, request: CreateEncounterRequest, now: Date): boolean {
  const fixed: CreateEncounterRequest = { ...request, occurredAt: request.occurredAt ?? now.toISOString() };
  return writeItem(store, { id, status: 'waiting', request: fixed, summary: summaryOf(fixed, now), queuedAt: now.toISOString() });
}

/** Removes an item (a sent one the user has seen, or a failed one the user discards). */
export function removeItem(store: KeyValueStore, id: string): void {
  try {
    store.removeItem(PREFIX + id);
  } catch {
    // The entry stays and is listed again.
  }
}

/** Puts a failed item back in the queue, to be sent again. */
export function retryItem(store: KeyValueStore, id: string): void {
  const item = readOutbox(store).find((i) => i.id === id);
  if (item?.status === 'failed') writeItem(store, { id: item.id, status: 'waiting', request: item.request, summary: item.summary, queuedAt: item.queuedAt });
}

/** What sending one request gave: saved with its id, refused with a message, or not reached. */
export type SendOutcome = { kind: 'saved'; encounterId: string } | { kind: 'refused'; message: string; error?: unknown } | { kind: 'unreachable' };

export interface FlushReport {
  saved: number;
  failed: number;
  /** Still waiting because the server could not be reached. */
  waiting: number;
}

/**
 * Sends every waiting item, oldest first, each on its own. Stops at the first unreachable send
 * (the connection is gone; the rest stay waiting). Each outcome is stored before the next send.
 */
export async function flushOutbox(
  store: KeyValueStore,
  send: (request: CreateEncounterRequest, idempotencyKey: string) => Promise<SendOutcome>,
  now: () => Date = () => new Date(),
): Promise<FlushReport> {
  const report: FlushReport = { saved: 0, failed: 0, waiting: 0 };
  const waiting = readOutbox(store).filter((i) => i.status === 'waiting');
  for (const [index, item] of waiting.entries()) {
    if (item.status !== 'waiting') continue;
    // Another tab may have sent or discarded it meanwhile.
    if (readOutbox(store).find((i) => i.id === item.id)?.status !== 'waiting') continue;
    const outcome = await send(item.request, idempotencyKeyOf(item.id));
    const base = { id: item.id, queuedAt: item.queuedAt, summary: item.summary };
    if (outcome.kind === 'unreachable') {
      report.waiting = waiting.length - index;
      break;
    }
    if (outcome.kind === 'saved') {
      writeItem(store, { ...base, status: 'saved', encounterId: outcome.encounterId, savedAt: now().toISOString() });
      report.saved++;
    } else {
      writeItem(store, { ...base, status: 'failed', request: item.request, error: outcome.message, failedAt: now().toISOString() });
      report.failed++;
    }
  }
  return report;
}
