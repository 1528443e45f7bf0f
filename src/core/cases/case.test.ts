import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { type CaseStatus, canTransition, createCaseRequest, isClosed, isReopening, nextStatuses, updateCaseRequest } from './case.js';
import { CASE_STATUS } from './codes.js';

const ORG = '7b0c1b62-2f0e-4c61-9a57-6f7a8a1d2e3f';
const PERSON = '0f8fad5b-d9cb-469f-a165-70867728950e';
const status = fc.constantFrom(...CASE_STATUS.ids);

function failedPaths(r: z.ZodSafeParseResult<unknown>): string[] {
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('case status transitions', () => {
  it('follow the life cycle', () => {
    const allowed: [CaseStatus, CaseStatus][] = [
      ['active', 'follow-up'],
      ['active', 'closed'],
      ['active', 'closed-referred'],
      ['follow-up', 'active'],
      ['follow-up', 'closed'],
      ['follow-up', 'closed-referred'],
      ['closed', 'active'],
      ['closed-referred', 'active'],
    ];
    for (const from of CASE_STATUS.ids)
      for (const to of CASE_STATUS.ids) expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.some(([a, b]) => a === from && b === to));
  });

  it('never stays put, reopens only into active, and every status can reach every other', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        if (from === to) expect(canTransition(from, to)).toBe(false);
        if (isClosed(from) && canTransition(from, to)) {
          expect(to).toBe('active');
          expect(isReopening(from, to)).toBe(true);
        }
        expect(nextStatuses(from).includes(to)).toBe(canTransition(from, to));
        // reachable in at most three steps
        const reach = new Set<CaseStatus>([from]);
        for (let i = 0; i < 3; i++) for (const s of [...reach]) for (const n of nextStatuses(s)) reach.add(n);
        expect(reach.has(to)).toBe(true);
      }),
    );
  });
});

describe('case requests', () => {
  it('accept a minimal and a full new case', () => {
    expect(createCaseRequest.safeParse({ personId: PERSON }).success).toBe(true);
    const r = createCaseRequest.safeParse({
      personId: PERSON,
      traffickingStatus: { status: 'actual', decidedBy: 'National Referral Mechanism', decidedOn: '2025-02-01' },
      exploitationForms: ['forced-labour', 'forced-begging'],
      labourSectors: ['agriculture-forestry-fishing'],
      controlMethods: ['debt-bondage', 'withholds-documents'],
      recruitmentMethods: ['job-offer'],
      relationshipToTrafficker: 'acquainted',
      events: [
        { stage: 'recruitment', country: 'UKR', place: 'Odesa', from: '2024-05-01', to: '2024-05-10' },
        { stage: 'exploitation', country: 'GRC', place: 'Manolada' },
      ],
      reflectionPeriod: { startsOn: '2025-02-01', endsOn: '2025-03-02' },
      restrictedTo: null,
    });
    expect(failedPaths(r)).toEqual([]);
  });

  it('name the field of what is wrong', () => {
    expect(failedPaths(createCaseRequest.safeParse({ personId: 'x' }))).toEqual(['personId']);
    expect(failedPaths(createCaseRequest.safeParse({ personId: PERSON, orgId: ORG }))).toEqual(['']);
    expect(failedPaths(createCaseRequest.safeParse({ personId: PERSON, traffickingStatus: { status: 'actual' } }))).toEqual(['traffickingStatus.decidedBy']);
    expect(createCaseRequest.safeParse({ personId: PERSON, traffickingStatus: { status: 'possible' } }).success).toBe(true);
    expect(
      failedPaths(createCaseRequest.safeParse({ personId: PERSON, events: [{ stage: 'transit', country: 'TUR', from: '2024-05-10', to: '2024-05-01' }] })),
    ).toEqual(['events.0.to']);
    expect(failedPaths(createCaseRequest.safeParse({ personId: PERSON, events: [{ stage: 'transit', country: 'TUR', from: '2024-02-30' }] }))).toEqual([
      'events.0.from',
    ]);
    expect(failedPaths(createCaseRequest.safeParse({ personId: PERSON, exploitationForms: ['slavery'] }))).toEqual(['exploitationForms.0']);
    expect(failedPaths(createCaseRequest.safeParse({ personId: PERSON, events: [{ stage: 'transit', country: 'TUR', place: 'x'.repeat(201) }] }))).toEqual([
      'events.0.place',
    ]);
  });

  it('update: version required; closing needs a closure, a referral names the organisation', () => {
    expect(updateCaseRequest.safeParse({ version: 1, status: 'follow-up' }).success).toBe(true);
    expect(failedPaths(updateCaseRequest.safeParse({ status: 'follow-up' }))).toEqual(['version']);
    expect(failedPaths(updateCaseRequest.safeParse({ version: 1, status: 'closed' }))).toEqual(['closure']);
    expect(updateCaseRequest.safeParse({ version: 1, status: 'closed', closure: { reason: 'goals-achieved', closedOn: '2025-03-01' } }).success).toBe(true);
    expect(
      failedPaths(updateCaseRequest.safeParse({ version: 1, status: 'closed-referred', closure: { reason: 'referred', closedOn: '2025-03-01' } })),
    ).toEqual(['closure.referredToOrganisationId']);
    expect(failedPaths(updateCaseRequest.safeParse({ version: 1, closure: { reason: 'other', closedOn: '2025-03-01' } }))).toEqual(['closure']);
  });
});
