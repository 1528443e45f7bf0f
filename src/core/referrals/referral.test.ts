import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureReferrals, quantile, type ReferralFact } from './measures.js';
import { pathwayFits, pathwayProgress } from './pathway.js';
import { FINAL_STATUSES, MINIMUM_SHARED, REFERRAL_ACTION_NAMES, REFERRAL_STATUSES, type ReferralStatus, SHARED_FIELDS, createReferralRequest, nextStatus } from './referral.js';
import { buildSnapshot } from './snapshot.js';

const status = fc.constantFrom(...REFERRAL_STATUSES);
const action = fc.constantFrom(...REFERRAL_ACTION_NAMES);
const side = fc.constantFrom('sender' as const, 'receiver' as const);

describe('referral states', () => {
  it('nothing leaves a final state, only the sender withdraws and only the receiver answers', () => {
    fc.assert(
      fc.property(status, action, side, (st, a, sd) => {
        const to = nextStatus(st, a, sd);
        if (FINAL_STATUSES.has(st)) expect(to).toBeUndefined();
        if (a === 'withdraw' && sd === 'receiver') expect(to).toBeUndefined();
        if (a !== 'withdraw' && sd === 'sender') expect(to).toBeUndefined();
        if (to) expect(to).not.toBe(st);
      }),
    );
  });

  it('every state is reachable from sent, and every path ends in a final state', () => {
    const reach = new Set<ReferralStatus>(['sent']);
    for (let i = 0; i < 5; i++)
      for (const st of [...reach]) for (const a of REFERRAL_ACTION_NAMES) for (const sd of ['sender', 'receiver'] as const) {
        const to = nextStatus(st, a, sd);
        if (to) reach.add(to);
      }
    expect([...reach].sort()).toEqual([...REFERRAL_STATUSES].sort());
    expect(nextStatus('sent', 'accept', 'receiver')).toBe('accepted');
    expect(nextStatus('sent', 'start', 'receiver')).toBeUndefined();
    expect(nextStatus('in-progress', 'complete', 'receiver')).toBe('completed');
  });

  it('shares the minimum set by default and refuses both a consent and an override', () => {
    const base = { caseId: crypto.randomUUID(), serviceId: crypto.randomUUID(), note: 'n' };
    expect(createReferralRequest.parse(base).share).toEqual(MINIMUM_SHARED);
    expect(createReferralRequest.safeParse({ ...base, consentId: crypto.randomUUID(), overrideReason: 'a long enough reason' }).success).toBe(false);
  });
});

describe('the shared snapshot', () => {
  const source = {
    names: [
      { given: 'Olya', family: '', kind: 'nickname' },
      { given: 'Olena', family: 'Kovalenko', kind: 'legal' },
    ],
    birthDate: '1999-04-02',
    age: 27,
    gender: 'feminine',
    languages: ['uk'],
    citizenships: ['UKR'],
    contact: { phones: [{ number: '+30 690 000 0000' }], emails: ['o@example.org'] },
    exploitationForms: ['sexual-exploitation'],
    traffickingStatus: { status: 'possible' },
  };

  it('holds exactly the chosen fields, whatever the choice (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...SHARED_FIELDS]), (fields) => {
        const snap = buildSnapshot(source, fields, 'why');
        const keys = Object.keys(snap).filter((k) => k !== 'note' && k !== 'ageEstimated');
        expect(keys.sort()).toEqual([...fields].sort());
        expect(snap.note).toBe('why');
      }),
    );
  });

  it('takes the legal name, an age rather than the birth date by default, and flags an estimate', () => {
    expect(buildSnapshot(source, MINIMUM_SHARED, 'n')).toEqual({ note: 'n', givenName: 'Olena', age: 27, gender: 'feminine', languages: ['uk'] });
    const estimated = buildSnapshot({ names: [{ given: 'A', family: '' }], age: 16, estimatedAge: { years: 16 } }, ['age'], 'n');
    expect(estimated).toEqual({ note: 'n', age: 16, ageEstimated: true });
  });
});

describe('pathway progress', () => {
  const steps = [
    { serviceType: 'shelter' as const, label: 'Shelter' },
    { serviceType: 'medical' as const, label: 'Health check' },
    { serviceType: 'shelter' as const, label: 'Long-term housing' },
  ];

  it('counts one referral for one step, accepted ones as done and waiting ones as referred', () => {
    const got = pathwayProgress(
      steps,
      [
        { id: 'a', types: ['shelter'], status: 'accepted' },
        { id: 'b', types: ['shelter'], status: 'sent' },
        { id: 'c', types: ['medical'], status: 'declined' },
      ],
      [],
    );
    expect(got.map((s) => [s.state, s.referralId])).toEqual([
      ['done', 'a'],
      ['open', null],
      ['referred', 'b'],
    ]);
    expect(pathwayProgress(steps, [], ['medical']).map((s) => s.state)).toEqual(['open', 'done', 'open']);
  });

  it('never marks more steps done than there are referrals taken and services completed (property)', () => {
    const fact = fc.record({ id: fc.uuid(), types: fc.subarray(['shelter', 'medical', 'legal-aid']), status });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 6 }), fc.array(fc.constantFrom('shelter', 'medical'), { maxLength: 3 }), (refs, services) => {
        const got = pathwayProgress(steps, refs, services);
        const taken = refs.filter((r) => ['accepted', 'in-progress', 'completed'].includes(r.status)).length;
        expect(got.filter((s) => s.state === 'done').length).toBeLessThanOrEqual(taken + services.length);
        const used = got.map((s) => s.referralId).filter((x) => x !== null);
        expect(new Set(used).size).toBe(used.length);
      }),
    );
  });

  it('fits a case by age group and forms', () => {
    expect(pathwayFits({ ageGroup: 'child', exploitationForms: [] }, false, [])).toBe(false);
    expect(pathwayFits({ ageGroup: 'adult', exploitationForms: ['forced-labour'] }, false, ['sexual-exploitation'])).toBe(false);
    expect(pathwayFits({ ageGroup: 'any', exploitationForms: ['forced-labour'] }, undefined, ['forced-labour'])).toBe(true);
  });
});

describe('referral measures', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
  const fact = (over: Partial<ReferralFact>): ReferralFact => ({
    fromOrg: 'A',
    toOrg: 'B',
    fromCountry: 'GRC',
    toCountry: 'GRC',
    status: 'sent',
    sentAt: at(0),
    acceptedAt: null,
    declinedAt: null,
    ...over,
  });

  it('gives the acceptance rate among answered referrals and the hours to accept', () => {
    const m = measureReferrals([
      fact({ status: 'accepted', acceptedAt: at(2) }),
      fact({ status: 'completed', acceptedAt: at(10) }),
      fact({ status: 'declined', declinedAt: at(1) }),
      fact({ toCountry: 'ALB' }),
    ]);
    expect(m).toMatchObject({ sent: 4, accepted: 2, declined: 1, waiting: 1, acceptanceRate: 0.667, hoursToAcceptMedian: 6, transnational: 1 });
    expect(m.byCountry).toEqual([
      { from: 'GRC', to: 'GRC', sent: 3, accepted: 2 },
      { from: 'GRC', to: 'ALB', sent: 1, accepted: 0 },
    ]);
    expect(measureReferrals([]).acceptanceRate).toBeNull();
  });

  it('quantiles lie between the smallest and largest value (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const v = quantile(sorted, q)!;
        expect(v).toBeGreaterThanOrEqual(sorted[0]! - 1e-9);
        expect(v).toBeLessThanOrEqual(sorted[sorted.length - 1]! + 1e-9);
      }),
    );
  });
});
