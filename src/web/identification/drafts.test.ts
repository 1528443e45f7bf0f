import { describe, expect, it } from 'vitest';
import { answeredCount, deleteDraft, listDrafts, loadDraft, newDraft, saveDraft } from './drafts.js';
import { MemoryStore } from '../offline/storage.js';

const PERSON = '0b0f5c0e-6c1a-4c1e-9a43-5f1f3c6b2d11';

describe('screening drafts on the device', () => {
  it('keeps every answer and gives it back after a reload', () => {
    const store = new MemoryStore();
    const draft = {
      ...newDraft('d1', new Date('2025-03-01T10:00:00Z'), { personId: PERSON }),
      instrumentId: 'adult-labour' as const,
      answers: { 'excessive-hours': 'yes' as const },
    };
    expect(saveDraft(store, draft, new Date('2025-03-01T10:05:00Z'))).toBe(true);
    const back = loadDraft(store, 'd1');
    expect(back?.answers).toEqual({ 'excessive-hours': 'yes' });
    expect(back?.personId).toBe(PERSON);
    expect(back?.updatedAt).toBe('2025-03-01T10:05:00.000Z');
    expect(answeredCount(back!)).toBe(1);
  });

  it('keeps the contact or encounter the screening is part of; a draft of an earlier release has none', () => {
    const store = new MemoryStore();
    const link = { type: 'contact' as const, id: PERSON };
    saveDraft(store, { ...newDraft('linked', new Date(), { link }), instrumentId: 'adult-labour' }, new Date());
    expect(loadDraft(store, 'linked')?.link).toEqual(link);
    const { link: _none, ...older } = newDraft('older', new Date());
    store.setItem('haven.screening.draft.older', JSON.stringify({ ...older, instrumentId: 'adult-labour' }));
    expect(loadDraft(store, 'older')?.link).toBeNull();
  });

  it('lists the drafts newest first and ignores entries that are not drafts', () => {
    const store = new MemoryStore();
    saveDraft(store, { ...newDraft('old', new Date('2025-01-01T00:00:00Z')), instrumentId: 'adult-labour' }, new Date('2025-01-01T00:00:00Z'));
    saveDraft(store, { ...newDraft('new', new Date('2025-01-02T00:00:00Z')), instrumentId: 'child-sexual' }, new Date('2025-01-03T00:00:00Z'));
    store.setItem('haven.screening.draft.broken', '{not json');
    store.setItem('haven.screening.draft.wrong', JSON.stringify({ id: 'wrong', answers: { x: 'maybe' } }));
    store.setItem('haven.language', 'en');
    expect(listDrafts(store).map((d) => d.id)).toEqual(['new', 'old']);
    expect(loadDraft(store, 'broken')).toBeNull();
  });

  it('deletes one draft and leaves the others', () => {
    const store = new MemoryStore();
    const now = new Date();
    saveDraft(store, { ...newDraft('a', now), instrumentId: 'adult-labour' }, now);
    saveDraft(store, { ...newDraft('b', now), instrumentId: 'adult-labour' }, now);
    deleteDraft(store, 'a');
    expect(listDrafts(store).map((d) => d.id)).toEqual(['b']);
  });

  it('says so when the device refuses to store', () => {
    const full = new MemoryStore();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(saveDraft(full, newDraft('x', new Date()), new Date())).toBe(false);
  });
});
