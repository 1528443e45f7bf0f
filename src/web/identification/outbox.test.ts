import { describe, expect, it } from 'vitest';
import type { CreateScreeningRequest } from '../../core/identification/screening.js';
import { enqueue, flushOutbox, idempotencyKeyOf, readOutbox, removeItem, retryItem, type SendOutcome } from './outbox.js';
import { MemoryStore } from '../offline/storage.js';

const request = (yes: string): CreateScreeningRequest => ({ instrumentId: 'adult-labour', answers: { [yes]: 'yes' } });
const NOW = new Date('2025-05-01T12:00:00Z');

function queued(...ids: string[]): MemoryStore {
  const store = new MemoryStore();
  for (const id of ids) expect(enqueue(store, id, request('excessive-hours'), NOW)).toBe(true);
  return store;
}

describe('the outbox of screenings saved offline', () => {
  it('sends every waiting item once and keeps only the saved id, not the answers', async () => {
    const store = queued('a', 'b');
    const sent: CreateScreeningRequest[] = [];
    const report = await flushOutbox(store, async (r) => {
      sent.push(r);
      return { kind: 'saved', screeningId: `s${sent.length}` };
    });
    expect(report).toEqual({ saved: 2, failed: 0, waiting: 0 });
    expect(sent).toHaveLength(2);
    const items = readOutbox(store);
    expect(items.map((i) => i.status)).toEqual(['saved', 'saved']);
    expect(items[0]).not.toHaveProperty('request');
    expect(items[1]).toMatchObject({ screeningId: 's2' });
    // Nothing is sent twice.
    expect(await flushOutbox(store, async () => ({ kind: 'saved', screeningId: 'again' }))).toEqual({ saved: 0, failed: 0, waiting: 0 });
  });

  it('keeps everything waiting when the server cannot be reached', async () => {
    const store = queued('a', 'b', 'c');
    let calls = 0;
    const report = await flushOutbox(store, async (): Promise<SendOutcome> => {
      calls++;
      return { kind: 'unreachable' };
    });
    expect(calls).toBe(1);
    expect(report.waiting).toBe(3);
    expect(readOutbox(store).map((i) => i.status)).toEqual(['waiting', 'waiting', 'waiting']);
  });

  it('marks a refused item failed with the message, keeps its answers, and can send it again', async () => {
    const store = queued('a', 'b');
    await flushOutbox(store, async () => ({ kind: 'refused', message: 'caseId: no such case.' }));
    const [first] = readOutbox(store);
    expect(first).toMatchObject({ status: 'failed', error: 'caseId: no such case.', request: request('excessive-hours') });
    retryItem(store, 'a');
    expect(readOutbox(store).map((i) => i.status)).toEqual(['waiting', 'failed']);
    await flushOutbox(store, async () => ({ kind: 'saved', screeningId: 'ok' }));
    expect(readOutbox(store).map((i) => i.status)).toEqual(['saved', 'failed']);
    removeItem(store, 'b');
    expect(readOutbox(store).map((i) => i.id)).toEqual(['a']);
  });

  it('sends each item with its own key, the same on every attempt, so that a resend creates nothing new', async () => {
    const store = queued('a', 'b');
    const keys: string[] = [];
    await flushOutbox(store, async (_r, key) => {
      keys.push(key);
      return keys.length === 1 ? { kind: 'saved', screeningId: 's1' } : { kind: 'unreachable' };
    });
    await flushOutbox(store, async (_r, key) => {
      keys.push(key);
      return { kind: 'saved', screeningId: 's2' };
    });
    expect(keys).toEqual([idempotencyKeyOf('a'), idempotencyKeyOf('b'), idempotencyKeyOf('b')]);
    expect(idempotencyKeyOf('a')).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
  });

  it('keeps one entry per item, so that two tabs queueing at once keep both', () => {
    const store = new MemoryStore();
    // Two tabs, each with what it read before the other wrote.
    enqueue(store, 'from-tab-1', request('violence'), NOW);
    enqueue(store, 'from-tab-2', request('debt-bondage'), new Date(NOW.getTime() + 1000));
    expect(readOutbox(store).map((i) => i.id)).toEqual(['from-tab-1', 'from-tab-2']);
  });

  it('splits the single queue of an earlier release into entries', () => {
    const store = new MemoryStore();
    const old = [
      { id: 'old-1', instrumentId: 'adult-labour', status: 'waiting', request: request('violence'), queuedAt: NOW.toISOString() },
      { id: 'old-2', instrumentId: 'adult-labour', status: 'saved', screeningId: 's', savedAt: NOW.toISOString(), queuedAt: NOW.toISOString() },
    ];
    store.setItem('haven.screening.outbox', JSON.stringify(old));
    expect(readOutbox(store).map((i) => [i.id, i.status])).toEqual([
      ['old-1', 'waiting'],
      ['old-2', 'saved'],
    ]);
    expect(store.getItem('haven.screening.outbox')).toBeNull();
    expect(store.getItem('haven.screening.outbox.old-1')).toContain('violence');
  });

  it('does not queue what the device refuses to store, and survives a damaged entry', () => {
    const store = new MemoryStore();
    store.setItem('haven.screening.outbox', '[{"id":1},"x"]');
    store.setItem('haven.screening.outbox.z', 'not json');
    expect(readOutbox(store)).toEqual([]);
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(enqueue(store, 'a', request('violence'), NOW)).toBe(false);
  });
});
