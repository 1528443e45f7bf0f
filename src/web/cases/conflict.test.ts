import { describe, expect, it } from 'vitest';
import { changedCaseFields } from './conflict.js';

describe('changedCaseFields', () => {
  it('lists the fields that differ; an empty list equals an absent one', () => {
    const before = { status: 'active' as const, exploitationForms: ['forced-labour' as const], teamIds: [] };
    expect(changedCaseFields(before, { status: 'active', exploitationForms: ['forced-labour'] })).toEqual([]);
    expect(
      changedCaseFields(before, {
        status: 'follow-up',
        exploitationForms: ['forced-labour', 'forced-begging'],
        reflectionPeriod: { startsOn: '2025-01-01', endsOn: '2025-01-30' },
      }),
    ).toEqual(['status', 'exploitationForms', 'reflectionPeriod']);
  });
});
