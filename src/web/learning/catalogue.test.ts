import { describe, expect, it } from 'vitest';
import type { EnrolmentView } from '../../core/learning/course.js';
import { catalogueSections, learnable } from './catalogue.js';

const enrolment = { id: 'e' } as EnrolmentView;
const item = (id: string, status: 'draft' | 'published' | 'archived', over: { editable?: boolean; enrolled?: boolean } = {}) => ({
  id,
  status,
  version: status === 'draft' ? null : 1,
  editable: over.editable ?? false,
  enrolment: over.enrolled ? enrolment : null,
});

describe('the catalogue', () => {
  it('keeps an archived course the learner follows, so that they finish it and find their certificate', () => {
    const followed = item('followed', 'archived', { enrolled: true });
    expect(learnable(followed)).toBe(true);
    expect(catalogueSections([followed, item('gone', 'archived')]).network.map((c) => c.id)).toEqual(['followed']);
  });

  it('lists published courses to follow and, for authors, their drafts and archived courses once', () => {
    const items = [
      item('pub', 'published'),
      item('draft', 'draft', { editable: true }),
      item('old', 'archived', { editable: true }),
      item('old-followed', 'archived', { editable: true, enrolled: true }),
    ];
    const { network, preparing } = catalogueSections(items);
    expect(network.map((c) => c.id)).toEqual(['pub', 'old-followed']);
    expect(preparing.map((c) => c.id)).toEqual(['draft', 'old']);
    expect(learnable(item('draft', 'draft', { editable: true }))).toBe(false);
  });
});
