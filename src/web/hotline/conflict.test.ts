import { describe, expect, it } from 'vitest';
import type { ContactView } from '../../core/hotline/contact.js';
import { changedContactFields } from './conflict.js';

const base: ContactView = {
  id: '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
  channel: 'phone',
  direction: 'inbound',
  startedAt: '2025-03-01T10:00:00.000Z',
  durationSeconds: 60,
  language: null,
  caller: 'anonymous',
  reasons: ['seeking-help'],
  summary: 'First words',
  advice: '',
  servicesSuggested: '',
  danger: 'none',
  emergencySteps: [],
  personId: null,
  caseId: null,
  operatorId: null,
  followUps: [],
  createdAt: '2025-03-01T10:01:00.000Z',
  updatedAt: '2025-03-01T10:01:00.000Z',
  version: 1,
};

describe('a contact changed meanwhile', () => {
  it('names the fields someone else changed, not the version or the follow-ups', () => {
    const after: ContactView = { ...base, version: 2, advice: 'Stay on the line', reasons: ['seeking-help', 'other'], updatedAt: 'later', followUps: [] };
    expect(changedContactFields(base, after)).toEqual(['reasons', 'advice']);
  });

  it('names nothing when only the version moved', () => {
    expect(changedContactFields(base, { ...base, version: 5 })).toEqual([]);
  });
});
