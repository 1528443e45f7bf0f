import { describe, expect, it } from 'vitest';
import { createContactRequest, updateContactRequest } from '../../core/hotline/contact.js';
import { createBody, emptyFields, fieldsRequest, newFollowUp, patchOf, rebase, stepsToSend, toggleStep } from './draft.js';

const ME = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

describe('the contact form', () => {
  it('starts as an anonymous incoming phone call with no danger', () => {
    expect(emptyFields()).toMatchObject({ channel: 'phone', direction: 'inbound', caller: 'anonymous', danger: 'none', reasons: [] });
  });

  it('becomes a request the server accepts, with its timing and follow-ups', () => {
    const fields = { ...emptyFields(), channel: 'chat' as const, summary: 'Asked about a job offer', reasons: ['seeking-help'], danger: 'immediate' as const };
    fields.emergencySteps = toggleStep(toggleStep([], 'supervisor-informed'), 'location-confirmed');
    const followUps = [newFollowUp('a', '2025-12-31', ME), { ...newFollowUp('b', '2025-03-01', ''), note: 'Call back' }];
    const body = createBody(fields, followUps, { startedAt: '2025-03-01T10:00:00.000Z', durationSeconds: 75 });
    const parsed = createContactRequest.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(body.emergencySteps).toEqual(['location-confirmed', 'supervisor-informed']);
    expect(body.followUps).toEqual([
      { due: '2026-01-01', assigneeId: ME, note: '' },
      { due: '2025-03-02', assigneeId: null, note: 'Call back' },
    ]);
  });

  it('is refused without a summary, at the summary', () => {
    const parsed = createContactRequest.safeParse(createBody(emptyFields(), [], { startedAt: '2025-03-01T10:00:00.000Z', durationSeconds: 1 }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['summary']);
  });

  it('sends the checklist only in immediate danger', () => {
    expect(stepsToSend({ danger: 'at-risk', emergencySteps: ['location-confirmed'] })).toEqual([]);
    expect(stepsToSend({ danger: 'immediate', emergencySteps: ['callback-agreed', 'location-confirmed'] })).toEqual(['location-confirmed', 'callback-agreed']);
  });

  it('makes an edit that the server accepts', () => {
    const body = { ...fieldsRequest({ ...emptyFields(), summary: 'x' }), version: 3 };
    expect(updateContactRequest.safeParse(body).success).toBe(true);
  });

  it('toggles checklist steps off again', () => {
    expect(toggleStep(['location-confirmed', 'callback-agreed'], 'location-confirmed')).toEqual(['callback-agreed']);
  });
});

describe('an edit of a contact', () => {
  const original = { ...emptyFields(), summary: 'First words', reasons: ['seeking-help'] };

  it('sends only what the user changed', () => {
    expect(patchOf({ ...original, advice: 'Stay on the line' }, original)).toEqual({ advice: 'Stay on the line' });
    expect(patchOf(original, original)).toEqual({});
  });

  it('clears the checklist when the danger is lowered', () => {
    const before = { ...original, danger: 'immediate' as const, emergencySteps: ['location-confirmed' as const] };
    expect(patchOf({ ...before, danger: 'at-risk' }, before)).toEqual({ danger: 'at-risk', emergencySteps: [] });
  });

  it('after a conflict, keeps the user’s changes over the other version and shows the other’s elsewhere', () => {
    const mine = { ...original, advice: 'Mine' };
    const theirs = { ...original, summary: 'Their summary', advice: 'Theirs' };
    expect(rebase(mine, original, theirs)).toEqual({ ...original, summary: 'Their summary', advice: 'Mine' });
  });
});
