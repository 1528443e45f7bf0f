/**
 * Screenings saved while offline wait here (`haven.screening.outbox`) until they are sent. An item
 * is never dropped by a failed send: a lost connection leaves it waiting, a refusal by the server
 * marks it failed with the server's message (it can be sent again or discarded by the user). Once
 * saved, the answers are removed from the device and only the saved screening's id is kept.
 */
import { z } from 'zod';
import { createScreeningRequest, type CreateScreeningRequest } from '../../core/identification/screening.js';
import { INSTRUMENT_IDS } from '../../core/identification/instrument.js';
import { type KeyValueStore, readJson, writeJson } from './storage.js';

const KEY = 'haven.screening.outbox';

const common = { id: z.string().min(1), instrumentId: z.enum(INSTRUMENT_IDS), queuedAt: z.string() };
export const outboxItem = z.discriminatedUnion('status', [
  z.object({ ...common, status: z.literal('waiting'), request: createScreeningRequest }),
  z.object({ ...common, status: z.literal('failed'), request: createScreeningRequest, error: z.string(), failedAt: z.string() }),
  z.object({ ...common, status: z.literal('saved'), screeningId: z.string(), savedAt: z.string() }),
]);
export type OutboxItem = z.infer<typeof outboxItem>;

export function readOutbox(store: KeyValueStore): OutboxItem[] {
  const raw = readJson(store, KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = outboxItem.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function writeOutbox(store: KeyValueStore, items: readonly OutboxItem[]): boolean {
  return writeJson(store, KEY, items);
}

/** Queues a screening to send; false when the device refused to store it (nothing was queued). */
export function enqueue(store: KeyValueStore, id: string, request: CreateScreeningRequest, now: Date): boolean {
  const item: OutboxItem = { id, instrumentId: request.instrumentId, status: 'waiting', request, queuedAt: now.toISOString() };
  return writeOutbox(store, [...readOutbox(store).filter((i) => i.id !== id), item]);
}

/** Removes an item (a saved one the user has seen, or a failed one the user discards). */
export function removeItem(store: KeyValueStore, id: string): void {
  writeOutbox(
    store,
    readOutbox(store).filter((i) => i.id !== id),
  );
}

/** Puts a failed item back in the queue, to be sent again. */
export function retryItem(store: KeyValueStore, id: string): void {
  writeOutbox(
    store,
    readOutbox(store).map((i) =>
      i.id === id && i.status === 'failed' ? { id: i.id, instrumentId: i.instrumentId, status: 'waiting', request: i.request, queuedAt: i.queuedAt } : i,
    ),
  );
}

function update(store: KeyValueStore, id: string, next: OutboxItem): void {
  writeOutbox(
    store,
    readOutbox(store).map((i) => (i.id === id ? next : i)),
  );
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
  send: (request: CreateScreeningRequest) => Promise<SendOutcome>,
  now: () => Date = () => new Date(),
): Promise<FlushReport> {
  const report: FlushReport = { saved: 0, failed: 0, waiting: 0 };
  const waiting = readOutbox(store).filter((i) => i.status === 'waiting');
  for (const [index, item] of waiting.entries()) {
    if (item.status !== 'waiting') continue;
    const outcome = await send(item.request);
    const base = { id: item.id, instrumentId: item.instrumentId, queuedAt: item.queuedAt };
    if (outcome.kind === 'unreachable') {
      report.waiting = waiting.length - index;
      break;
    }
    if (outcome.kind === 'saved') {
      update(store, item.id, { ...base, status: 'saved', screeningId: outcome.screeningId, savedAt: now().toISOString() });
      report.saved++;
    } else {
      update(store, item.id, { ...base, status: 'failed', request: item.request, error: outcome.message, failedAt: now().toISOString() });
      report.failed++;
    }
  }
  return report;
}
