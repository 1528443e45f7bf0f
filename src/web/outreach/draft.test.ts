import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../offline/storage.js';
import {
  deleteDraft,
  type EncounterDraft,
  isBlank,
  listDrafts,
  loadDraft,
  localDateTime,
  newDraft,
  newPerson,
  pruneBlankDrafts,
  saveDraft,
  toRequest,
} from './draft.js';
import { keepTeam, keepZones, readTeam, readZones } from './kept.js';

const NOW = new Date('2025-05-01T20:30:00Z');
const ZONE = '0b0f5c0e-6c1a-4c1e-9a43-5f1f3c6b2d11';

function filled(): EncounterDraft {
  return {
    ...newDraft('d1', NOW, 'Night team'),
    zoneId: ZONE,
    peopleCount: 4,
    people: [
      { ...newPerson('p1'), pseudonym: ' Red jacket, speaks Romanian ', indicators: ['documents-confiscated', 'violence'], engaged: true },
      { ...newPerson('p2'), pseudonym: 'Boy with a blue bag', invited: true },
    ],
    materials: { leaflet: 5, 'hotline-card': '', condoms: 0 },
    otherInvitations: '',
    note: 'Busy night',
  };
}

describe('encounter drafts on the device', () => {
  it('start now, with the team remembered, and give back every field after a reload', () => {
    const store = new MemoryStore();
    keepTeam(store, ' Night team ');
    const draft = { ...newDraft('d1', NOW, readTeam(store)), place: 'Central station' };
    expect(draft.team).toBe('Night team');
    expect(draft.occurredAt).toBe(localDateTime(NOW));
    expect(saveDraft(store, draft, new Date('2025-05-01T20:35:00Z'))).toBe(true);
    expect(loadDraft(store, 'd1')).toMatchObject({ place: 'Central station', updatedAt: '2025-05-01T20:35:00.000Z' });
    deleteDraft(store, 'd1');
    expect(loadDraft(store, 'd1')).toBeNull();
  });

  it('list only the drafts with something typed, newest first, and prune old blank ones', () => {
    const store = new MemoryStore();
    saveDraft(store, newDraft('blank-old', new Date('2025-04-01T00:00:00Z'), 'Team'), new Date('2025-04-01T00:00:00Z'));
    saveDraft(store, newDraft('blank-now', NOW, 'Team'), NOW);
    saveDraft(store, { ...newDraft('typed-old', NOW), note: 'x' }, new Date('2025-04-02T00:00:00Z'));
    saveDraft(store, { ...newDraft('typed-new', NOW), peopleCount: 2 }, NOW);
    store.setItem('haven.encounter.draft.broken', '{nope');
    expect(isBlank(newDraft('x', NOW, 'Team'))).toBe(true);
    expect(listDrafts(store).map((d) => d.id)).toEqual(['typed-new', 'typed-old']);
    pruneBlankDrafts(store, NOW);
    expect(loadDraft(store, 'blank-old')).toBeNull();
    expect(loadDraft(store, 'blank-now')).not.toBeNull();
    expect(loadDraft(store, 'typed-old')).not.toBeNull();
  });

  it('keep the zones read online, for the form offline', () => {
    const store = new MemoryStore();
    expect(readZones(store)).toEqual([]);
    keepZones(store, [{ id: ZONE, name: 'Station district', archived: false }]);
    expect(readZones(store)).toEqual([{ id: ZONE, name: 'Station district', archived: false }]);
    store.setItem('haven.outreach.zones', '[{"id":1}]');
    expect(readZones(store)).toEqual([]);
  });
});

describe('a draft becomes the request the server takes', () => {
  it('with the time in UTC, the zone, the people trimmed, and only the materials handed out', () => {
    const built = toRequest(filled(), NOW);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request).toEqual({
      occurredAt: new Date(localDateTime(NOW)).toISOString(),
      zoneId: ZONE,
      team: 'Night team',
      peopleCount: 4,
      people: [
        { pseudonym: 'Red jacket, speaks Romanian', description: '', indicators: ['documents-confiscated', 'violence'], engaged: true, invited: false },
        { pseudonym: 'Boy with a blue bag', description: '', indicators: [], engaged: false, invited: true },
      ],
      materials: { leaflet: 5 },
      otherInvitations: 0,
      note: 'Busy night',
    });
    // A place without a zone: the place is sent, trimmed.
    const placed = toRequest({ ...filled(), zoneId: '', place: ' Old town ' }, NOW);
    expect(placed.ok && placed.request).toMatchObject({ place: 'Old town' });
    expect(placed.ok && 'zoneId' in placed.request).toBe(false);
  });

  it('names every field that needs attention at once', () => {
    const draft: EncounterDraft = {
      ...filled(),
      zoneId: '',
      place: '  ',
      team: '',
      peopleCount: 1,
      people: [{ ...newPerson('p1'), pseudonym: '' }, newPerson('p2')],
      note: 'n'.repeat(5001),
    };
    const built = toRequest(draft, NOW);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems).toEqual({
      place: { kind: 'zoneOrPlace' },
      team: { kind: 'required' },
      peopleCount: { kind: 'fewerThanDescribed', described: 2 },
      'people.0.pseudonym': { kind: 'required' },
      'people.1.pseudonym': { kind: 'required' },
      note: { kind: 'tooLong', max: 5000 },
    });
  });

  it('asks for the count and the time, and refuses a time in the future', () => {
    const empty = toRequest({ ...filled(), peopleCount: '', occurredAt: '' }, NOW);
    expect(!empty.ok && empty.problems).toMatchObject({ peopleCount: { kind: 'required' }, occurredAt: { kind: 'required' } });
    const later = toRequest({ ...filled(), occurredAt: localDateTime(new Date(NOW.getTime() + 3_600_000)) }, NOW);
    expect(!later.ok && later.problems).toEqual({ occurredAt: { kind: 'future' } });
    const soon = toRequest({ ...filled(), occurredAt: localDateTime(new Date(NOW.getTime() + 60_000)) }, NOW);
    expect(soon.ok).toBe(true);
  });
});
