import { describe, expect, it } from 'vitest';
import type { CreateEncounterRequest } from '../../core/outreach/encounter.js';
import { MemoryStore } from '../offline/storage.js';
import { currentStage, onDay, stagesAhead } from './labels.js';
import { enqueue, flushOutbox, idempotencyKeyOf, readOutbox, removeItem, retryItem, type SendOutcome } from './outbox.js';

const NOW = new Date('2025-05-01T21:00:00Z');
const request = (pseudonym: string): CreateEncounterRequest => ({
  occurredAt: '2025-05-01T20:00:00.000Z',
  place: 'Central station',
  team: 'Night team',
  peopleCount: 3,
  people: [{ pseudonym, description: '', indicators: ['violence'], engaged: true, invited: false }],
  materials: { leaflet: 2 },
  otherInvitations: 0,
  note: '',
});

function queued(...ids: string[]): MemoryStore {
  const store = new MemoryStore();
  for (const [i, id] of ids.entries()) expect(enqueue(store, id, request(`person ${id}`), new Date(NOW.getTime() + i))).toBe(true);
  return store;
}

describe('the queue of encounters saved offline', () => {
  it('sends each waiting encounter once, then keeps its id and a summary but not the people met', async () => {
    const store = queued('a', 'b');
    const sent: CreateEncounterRequest[] = [];
    const report = await flushOutbox(store, async (r) => {
      sent.push(r);
      return { kind: 'saved', encounterId: `e${sent.length}` };
    });
    expect(report).toEqual({ saved: 2, failed: 0, waiting: 0 });
    expect(sent.map((r) => r.people[0]?.pseudonym)).toEqual(['person a', 'person b']);
    const items = readOutbox(store);
    expect(items.map((i) => i.status)).toEqual(['saved', 'saved']);
    expect(items[0]).toMatchObject({ encounterId: 'e1', summary: { place: 'Central station', team: 'Night team', peopleCount: 3, described: 1 } });
    expect(JSON.stringify(items)).not.toContain('person a');
    expect(await flushOutbox(store, async () => ({ kind: 'saved', encounterId: 'again' }))).toEqual({ saved: 0, failed: 0, waiting: 0 });
  });

  it('sends with the same key on every attempt, whatever happened to the one before', async () => {
    const store = queued('a', 'b');
    const keys: string[] = [];
    const bodies: string[] = [];
    const outcomes: SendOutcome[] = [
      { kind: 'unreachable' },
      { kind: 'saved', encounterId: 'e1' },
      { kind: 'unreachable' },
      { kind: 'saved', encounterId: 'e2' },
    ];
    for (let round = 0; round < 3; round++) {
      await flushOutbox(store, async (r, key) => {
        keys.push(key);
        bodies.push(JSON.stringify(r));
        return outcomes.shift()!;
      });
    }
    expect(keys).toEqual([idempotencyKeyOf('a'), idempotencyKeyOf('a'), idempotencyKeyOf('b'), idempotencyKeyOf('b')]);
    expect(bodies[0]).toBe(bodies[1]);
    expect(idempotencyKeyOf('0b0f5c0e-6c1a-4c1e-9a43-5f1f3c6b2d11')).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(readOutbox(store).map((i) => i.status)).toEqual(['saved', 'saved']);
  });

  it('keeps everything waiting when the server cannot be reached', async () => {
    const store = queued('a', 'b', 'c');
    let calls = 0;
    const report = await flushOutbox(store, async () => {
      calls++;
      return { kind: 'unreachable' };
    });
    expect(calls).toBe(1);
    expect(report.waiting).toBe(3);
  });

  it('marks a refused encounter failed with the message, and sends it again or discards it on request', async () => {
    const store = queued('a', 'b');
    await flushOutbox(store, async () => ({ kind: 'refused', message: 'zoneId: no such zone.' }));
    expect(readOutbox(store)[0]).toMatchObject({ status: 'failed', error: 'zoneId: no such zone.', request: request('person a') });
    retryItem(store, 'a');
    expect(readOutbox(store).map((i) => i.status)).toEqual(['waiting', 'failed']);
    await flushOutbox(store, async () => ({ kind: 'saved', encounterId: 'ok' }));
    removeItem(store, 'b');
    expect(readOutbox(store).map((i) => [i.id, i.status])).toEqual([['a', 'saved']]);
  });

  it('fixes the time when queued, keeps one entry per encounter, and survives damaged entries', () => {
    const store = new MemoryStore();
    const { occurredAt: _, ...noTime } = request('x');
    enqueue(store, 'one', noTime, NOW);
    enqueue(store, 'two', request('y'), NOW);
    store.setItem('haven.encounter.outbox.bad', 'not json');
    store.setItem('haven.encounter.outbox.other', JSON.stringify({ ...readOutbox(store)[0], id: 'elsewhere' }));
    const items = readOutbox(store);
    expect(items.map((i) => i.id)).toEqual(['one', 'two']);
    expect(items[0]?.status === 'waiting' && items[0].request.occurredAt).toBe(NOW.toISOString());
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(enqueue(store, 'three', request('z'), NOW)).toBe(false);
  });
});

describe('the stages of a person met', () => {
  it('are the furthest reached, and those still ahead', () => {
    const identified = { identified: '2025-05-01', engaged: null, visited: null, 'case-opened': null };
    expect(currentStage(identified)).toBe('identified');
    expect(stagesAhead(identified)).toEqual(['engaged', 'visited', 'case-opened']);
    const visited = { ...identified, visited: '2025-05-03' };
    expect(currentStage(visited)).toBe('visited');
    expect(stagesAhead(visited)).toEqual(['case-opened']);
    expect(stagesAhead({ ...visited, 'case-opened': '2025-05-04' })).toEqual([]);
    // A stage's date is shown on its own day, whatever the device's time zone.
    expect(new Date(onDay('2025-05-03')).getDate()).toBe(3);
  });
});
