import { describe, expect, it } from 'vitest';
import type { RecommendationSummary, StatusChangeView } from '../../core/advocacy/recommendation.js';
import { apiFilters, checkEvidenceFile, filtersOf, groupsOf, statusPoints, withFilters } from './logic.js';

const rec = (id: string, country: string, themes: RecommendationSummary['themes'], status: RecommendationSummary['status']) =>
  ({ id, country, themes, status }) as RecommendationSummary;

describe('advocacy screens', () => {
  it('read and write the filters of the address, dropping what is not valid', () => {
    const f = filtersOf(new URLSearchParams('view=theme&country=GRC&theme=data&status=done&deadlineBefore=2025-01-01&q=law&page=2'));
    expect(f).toMatchObject({ view: 'theme', country: 'GRC', theme: 'data', status: '', deadlineBefore: '2025-01-01', q: 'law', page: 2 });
    expect(apiFilters(f)).toEqual({ country: 'GRC', theme: 'data', deadlineBefore: '2025-01-01', q: 'law' });
    // A change of filter goes back to the first page.
    expect(withFilters(new URLSearchParams('page=3&q=x'), { status: 'implemented' }).toString()).toBe('status=implemented&q=x');
    expect(withFilters(new URLSearchParams('q=x'), { page: 2 }).toString()).toBe('q=x&page=2');
    // A hand-edited or old address: a source that is no id and a date that is no day are dropped, not sent to the API (a 400 for the
    // list, the progress and the reports alike).
    const typed = filtersOf(new URLSearchParams('source=greta&deadlineBefore=2025-02-30'));
    expect([typed.sourceId, typed.deadlineBefore]).toEqual(['', '']);
    expect(apiFilters(typed)).toEqual({});
    const id = '0b9d6a52-3f0c-4c1e-9a43-1e1c2f0a7b11';
    expect(filtersOf(new URLSearchParams(`source=${id}`)).sourceId).toBe(id);
  });

  it('group by country or by theme, with counts by status', () => {
    const items = [
      rec('a', 'GRC', ['data', 'training'], 'implemented'),
      rec('b', 'ALB', ['data'], 'in-progress'),
      rec('c', 'GRC', ['children'], 'in-progress'),
    ];
    expect(groupsOf(items, 'country').map((g) => [g.key, g.items.map((i) => i.id), g.counts['in-progress']])).toEqual([
      ['ALB', ['b'], 1],
      ['GRC', ['a', 'c'], 1],
    ]);
    expect(groupsOf(items, 'theme').map((g) => [g.key, g.items.length])).toEqual([
      ['children', 1],
      ['data', 2],
      ['training', 1],
    ]);
  });

  it('draw a recommendation’s status from its issue to today', () => {
    const history: StatusChangeView[] = [
      { id: 'h', status: 'implemented', previous: 'not-started', date: '2024-05-01', evidence: '', documents: [], recordedBy: '', recordedAt: '' },
    ];
    expect(statusPoints('2024-01-01', history, '2024-06-01')).toEqual([
      { date: '2024-01-01', status: 'not-started', level: 0 },
      { date: '2024-05-01', status: 'implemented', level: 3 },
      { date: '2024-06-01', status: 'implemented', level: 3 },
    ]);
  });

  it('check evidence files before sending them', () => {
    expect(checkEvidenceFile({ name: 'law.pdf', type: 'application/pdf', size: 10 })).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkEvidenceFile({ name: 'photo.JPG', type: '', size: 10 })).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(checkEvidenceFile({ name: 'notes.docx', type: 'application/msword', size: 10 })).toEqual({ ok: false, problem: 'type' });
    expect(checkEvidenceFile({ name: 'big.pdf', type: 'application/pdf', size: 21 * 1024 * 1024 })).toEqual({ ok: false, problem: 'size' });
  });
});
