import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, entryFacts } from '../../../core/cases/entries.js';
import type { TimelineEvent } from '../../../core/cases/views.js';
import { FACT_FIELDS, timelineLine } from './timelineLines.js';

const base: TimelineEvent = {
  id: 1,
  at: '2025-03-05T10:00:00.000Z',
  actorId: null,
  actorName: 'Ada',
  event: 'opened',
  entryKind: null,
  entryId: null,
  detail: {},
};
const ev = (over: Partial<TimelineEvent>): TimelineEvent => ({ ...base, ...over });

describe('timeline lines', () => {
  it('names the case opened with its number', () => {
    expect(timelineLine(ev({ detail: { number: 12 } }))).toMatchObject({ event: 'opened', number: 12, facts: [], kind: null });
  });

  it('gives the statuses of a status change and the closure reason as a code', () => {
    const line = timelineLine(ev({ event: 'closed', detail: { from: 'active', to: 'closed', reason: 'goals-achieved' } }));
    expect(line).toMatchObject({ event: 'closed', from: 'active', to: 'closed' });
    expect(line.facts).toEqual([{ field: 'reason', show: 'code', list: 'closure-reason', value: 'goals-achieved' }]);
  });

  it('lists the changed fields of the case', () => {
    expect(timelineLine(ev({ event: 'updated', detail: { fields: ['caseworkerId', 'teamIds'] } })).facts).toEqual([
      { field: 'changed', show: 'case-fields', value: ['caseworkerId', 'teamIds'] },
    ]);
  });

  it('shows the facts of an entry with codes, dates and flags', () => {
    const line = timelineLine(ev({ event: 'entry.added', entryKind: 'task', detail: { kind: 'appointment', due: '2025-04-01', done: false } }));
    expect(line.kind).toBe('task');
    expect(line.facts).toEqual([
      { field: 'kind', show: 'code', list: 'task-kind', value: 'appointment' },
      { field: 'due', show: 'date', value: '2025-04-01' },
      { field: 'done', show: 'flag', value: false },
    ]);
  });

  it('tells risk from needs assessments', () => {
    expect(timelineLine(ev({ event: 'entry.added', entryKind: 'assessment', detail: { type: 'risk', level: 'high' } })).kind).toBe('risk-assessment');
    expect(timelineLine(ev({ event: 'entry.changed', entryKind: 'assessment', detail: { type: 'needs' } })).kind).toBe('needs-assessment');
  });

  it('labels documents by their category', () => {
    const line = timelineLine(ev({ event: 'document.added', detail: { category: 'medical' } }));
    expect(line).toMatchObject({ event: 'document.added', kind: 'document' });
    expect(line.facts).toEqual([{ field: 'category', show: 'code', list: 'document-category', value: 'medical' }]);
  });

  it('shows every fact the server writes for every kind of entry', () => {
    for (const k of ENTRY_KINDS) {
      const facts = entryFacts(k, k.example);
      for (const field of Object.keys(facts)) {
        if (k.kind === 'assessment' && field === 'type') continue; // part of the kind's name
        expect(FACT_FIELDS as readonly string[], `${k.kind}.${field}`).toContain(field);
        expect(
          timelineLine(ev({ event: 'entry.added', entryKind: k.kind, detail: facts })).facts.map((f) => f.field),
          `${k.kind}.${field}`,
        ).toContain(field);
      }
    }
  });

  it('ignores what it does not know rather than showing raw values', () => {
    const line = timelineLine(ev({ event: 'something.new', detail: { secret: 'x', level: 42 } }));
    expect(line).toMatchObject({ event: 'unknown', facts: [] });
  });
});
