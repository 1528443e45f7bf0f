import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../core/cases/entries.js';
import { editableData } from './entryBody.js';

describe('the body of a change to an entry', () => {
  it('keeps what the update schema of every kind accepts, with the version', () => {
    for (const k of ENTRY_KINDS) {
      const stored = { ...k.example, withdrawnOn: '2025-03-03', createdBy: 'someone' };
      const body = { ...editableData(k.kind, stored), version: 1 };
      expect(k.update.safeParse(body).success, k.kind).toBe(true);
      expect(body).not.toHaveProperty('createdBy');
    }
  });

  it('tells risk from needs assessments', () => {
    const needs = { type: 'needs', assessedOn: '2025-03-01', needs: [{ domain: 'legal', priority: 'high' }], level: 'x' };
    expect(editableData('assessment', needs)).toEqual({ type: 'needs', assessedOn: '2025-03-01', needs: [{ domain: 'legal', priority: 'high' }] });
  });

  it('drops nulls', () => {
    expect(editableData('consent', { purpose: 'research', givenBy: 'person', method: 'written', givenOn: '2025-03-01', expiresOn: null })).toEqual({
      purpose: 'research',
      givenBy: 'person',
      method: 'written',
      givenOn: '2025-03-01',
    });
  });

  it('refuses a kind it does not know', () => {
    expect(() => editableData('poem', {})).toThrow();
  });
});
