import { describe, expect, it } from 'vitest';
import { type CaseRecord, updateCaseRequest } from '../../core/cases/case.js';
import { proposedEnd, reflectionState } from './reflection.js';
import { compactSituation, emptyEvent, situationChange, situationOf, situationPath } from './situation.js';
import { statusActions, statusChangeBody } from './status.js';

const kase: CaseRecord = {
  id: '7d0d8a52-4a9c-4a4b-9a3e-0a0a0a0a0a0a',
  orgId: '7d0d8a52-4a9c-4a4b-9a3e-0b0b0b0b0b0b',
  personId: '7d0d8a52-4a9c-4a4b-9a3e-0c0c0c0c0c0c',
  status: 'active',
  closure: null,
  version: 2,
  openedOn: '2025-01-01',
  traffickingStatus: { status: 'possible' },
  exploitationForms: ['forced-labour'],
  labourSectors: ['construction'],
  events: [{ stage: 'recruitment', country: 'UKR', place: 'Lviv' }],
};

describe('reflection period', () => {
  const period = { startsOn: '2025-03-01', endsOn: '2025-03-30' };
  it('is running, then ending soon from the reminder day, then ends', () => {
    expect(reflectionState(period, 7, '2025-02-20').phase).toBe('not-started');
    expect(reflectionState(period, 7, '2025-03-10')).toEqual({ ...period, reminderOn: '2025-03-23', daysLeft: 20, phase: 'running' });
    expect(reflectionState(period, 7, '2025-03-23').phase).toBe('ending-soon');
    expect(reflectionState(period, 7, '2025-03-30')).toMatchObject({ phase: 'ends-today', daysLeft: 0 });
    expect(reflectionState(period, 7, '2025-04-02')).toMatchObject({ phase: 'ended', daysLeft: -3 });
  });
  it('proposes the end from the organisation’s length, including the first day', () => {
    expect(proposedEnd('2025-03-01', 30)).toBe('2025-03-30');
    expect(proposedEnd('2025-03-01', 90)).toBe('2025-05-29');
    expect(proposedEnd('2025-03', 30)).toBe('');
  });
});

describe('status changes', () => {
  it('offers what the life cycle allows, named for the user', () => {
    expect(statusActions('active')).toEqual([
      { to: 'follow-up', action: 'follow-up' },
      { to: 'closed', action: 'close' },
      { to: 'closed-referred', action: 'refer' },
    ]);
    expect(statusActions('follow-up').map((a) => a.action)).toEqual(['back-to-active', 'close', 'refer']);
    expect(statusActions('closed')).toEqual([{ to: 'active', action: 'reopen' }]);
  });

  it('sends a closure only when closing, with the organisation only when referring', () => {
    const closure = { reason: 'referred' as const, closedOn: '2025-05-01', referredToOrganisationId: kase.orgId, note: ' moved to Tirana ' };
    expect(statusChangeBody('follow-up', closure, 2)).toEqual({ status: 'follow-up', version: 2 });
    const refer = statusChangeBody('closed-referred', closure, 2);
    expect(refer).toEqual({
      status: 'closed-referred',
      closure: { reason: 'referred', closedOn: '2025-05-01', referredToOrganisationId: kase.orgId, note: 'moved to Tirana' },
      version: 2,
    });
    expect(updateCaseRequest.safeParse(refer).success).toBe(true);
    const close = statusChangeBody('closed', { ...closure, reason: 'goals-achieved', note: '' }, 2);
    expect(close).toEqual({ status: 'closed', closure: { reason: 'goals-achieved', closedOn: '2025-05-01' }, version: 2 });
    const noOrg = updateCaseRequest.safeParse(statusChangeBody('closed-referred', { ...closure, referredToOrganisationId: '' }, 2));
    expect(noOrg.success ? [] : noOrg.error.issues.map((i) => i.path.join('.'))).toEqual(['closure.referredToOrganisationId']);
  });
});

describe('situation', () => {
  it('sends nothing but the version when nothing changed', () => {
    const d = situationOf(kase);
    expect(situationChange(d, d, 2)).toEqual({ version: 2 });
  });

  it('sends the changed fields, nulls for cleared ones, events without empty rows', () => {
    const before = situationOf(kase);
    const after = compactSituation({
      ...before,
      traffickingStatus: 'actual',
      decidedBy: 'National Referral Mechanism',
      decidedOn: '2025-02-01',
      relationshipToTrafficker: '',
      controlMethods: ['debt-bondage', 'withholds-documents'],
      events: [...before.events, emptyEvent(), { stage: 'exploitation', country: 'GRC', place: '', from: '2024-06-01', to: '2024-12-01' }],
    });
    const body = situationChange(before, after, 2);
    expect(body).toEqual({
      version: 2,
      traffickingStatus: { status: 'actual', decidedBy: 'National Referral Mechanism', decidedOn: '2025-02-01' },
      controlMethods: ['debt-bondage', 'withholds-documents'],
      events: [
        { stage: 'recruitment', country: 'UKR', place: 'Lviv' },
        { stage: 'exploitation', country: 'GRC', from: '2024-06-01', to: '2024-12-01' },
      ],
    });
    expect(updateCaseRequest.safeParse(body).success).toBe(true);
    expect(situationChange(after, { ...after, traffickingStatus: '' }, 3)).toEqual({ version: 3, traffickingStatus: null });
  });

  it('names the form fields of a trafficking decision', () => {
    expect(situationPath('traffickingStatus.status')).toBe('traffickingStatus');
    expect(situationPath('traffickingStatus.decidedBy')).toBe('decidedBy');
    expect(situationPath('events.1.to')).toBe('events.1.to');
  });
});
