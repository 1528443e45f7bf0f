/**
 * Screenings saved while offline wait here until they are sent, one entry per screening
 * (`haven.screening.outbox.<id>`, so that two tabs never overwrite each other's queue). An item is
 * never dropped by a failed send: a lost connection leaves it waiting, a refusal by the server marks
 * it failed with the server's message (it can be sent again or discarded by the user). Each item is
 * sent with its id as idempotency key, so a send the server saved but whose answer was lost creates
 * nothing new when repeated. Once saved, the answers are removed from the device and only the saved
 * screening's id is kept.
 */
import { z } from 'zod';
import { createScreeningRequest, type CreateScreeningRequest } from '../../core/identification/screening.js';
import { INSTRUMENT_IDS } from '../../core/identification/instrument.js';
import { type KeyValueStore, keysWithPrefix, readJson, writeJson } from '../offline/storage.js';

const PREFIX = 'haven.screening.outbox.';
/** The queue of earlier releases: one array under one key, split into entries when read. */
const LEGACY_KEY = 'haven.screening.outbox';

const common = { id: z.string().min(1), instrumentId: z.enum(INSTRUMENT_IDS), queuedAt: z.string() };
export const outboxItem = z.discriminatedUnion('status', [
  z.object({ ...common, status: z.literal('waiting'), request: createScreeningRequest }),
  z.object({ ...common, status: z.literal('failed'), request: createScreeningRequest, error: z.string(), failedAt: z.string() }),
  z.object({ ...common, status: z.literal('saved'), screeningId: z.string(), savedAt: z.string() }),
]);
export type OutboxItem = z.infer<typeof outboxItem>;

export function readOutbox(store: KeyValueStore): OutboxItem[] {
  splitLegacyQueue(store);
  const items: OutboxItem[] = [];
  for (const key of keysWithPrefix(store, PREFIX)) {
    const parsed = outboxItem.safeParse(readJson(store, key));
    if (parsed.success && key === PREFIX + parsed.data.id) items.push(parsed.data);
  }
  return items.sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

function splitLegacyQueue(store: KeyValueStore): void {
  const raw = readJson(store, LEGACY_KEY);
  if (raw === undefined) return;
  for (const item of Array.isArray(raw) ? raw : []) {
    const parsed = outboxItem.safeParse(item);
    if (parsed.success && !writeItem(store, parsed.data)) return;
  }
  store.removeItem(LEGACY_KEY);
}

function writeItem(store: KeyValueStore, item: OutboxItem): boolean {
  return writeJson(store, PREFIX + item.id, item);
}

/** The idempotency key a queued screening is sent with (the same on every attempt). */
export function idempotencyKeyOf(id: string): string {
  return `screening-${id}`;
}

/** Queues a screening to send; false when the device refused to store it (nothing was queued). */
export function enqueue(store: KeyValueStore, id: string, request: CreateScreeningRequest, now: Date): boolean {
  return writeItem(store, { id, instrumentId: request.instrumentId, status: 'waiting', request, queuedAt: now.toISOString() });
}

/** Removes an item (a saved one the user has seen, or a failed one the user discards). */
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
  if (item?.status === 'failed')
    writeItem(store, { id: item.id, instrumentId: item.instrumentId, status: 'waiting', request: item.request, queuedAt: item.queuedAt });
}

/** What sending one request gave: saved with its id, refused with a message, or not reached. */
export type SendOutcome = { kind: 'saved'; screeningId: string } | { kind: 'refused'; message: string; error?: unknown } | { kind: 'unreachable' };

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
  send: (request: CreateScreeningRequest, idempotencyKey: string) => Promise<SendOutcome>,
  now: () => Date = () => new Date(),
): Promise<FlushReport> {
  const report: FlushReport = { saved: 0, failed: 0, waiting: 0 };
  const waiting = readOutbox(store).filter((i) => i.status === 'waiting');
  for (const [index, item] of waiting.entries()) {
    if (item.status !== 'waiting') continue;
    const outcome = await send(item.request, idempotencyKeyOf(item.id));
    const base = { id: item.id, instrumentId: item.instrumentId, queuedAt: item.queuedAt };
    if (outcome.kind === 'unreachable') {
      report.waiting = waiting.length - index;
      break;
    }
    if (outcome.kind === 'saved') {
      writeItem(store, { ...base, status: 'saved', screeningId: outcome.screeningId, savedAt: now().toISOString() });
      report.saved++;
    } else {
      writeItem(store, { ...base, status: 'failed', request: item.request, error: outcome.message, failedAt: now().toISOString() });
      report.failed++;
    }
  }
  return report;
}
