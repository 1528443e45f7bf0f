import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPACITY_AREAS, type CapacityArea, OFFER_KINDS, type OfferView, statusChangeAllowed, EXCHANGE_STATUSES, EXCHANGE_NEXT } from './capacity.js';
import { matchNeeds, needsOf, type OrgProfile, WEIGHTS } from './matching.js';
import { regionOf } from './regions.js';

const uuidOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function offer(over: Partial<OfferView> & Pick<OfferView, 'orgId' | 'area'>): OfferView {
  return {
    id: uuidOf(Math.floor(Math.random() * 1e9)),
    orgName: 'Org',
    orgCountry: 'ALB',
    kind: 'mentoring',
    description: 'x',
    languages: [],
    capacityPerYear: null,
    status: 'active',
    editable: false,
    version: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

const profile = (orgId: string, country: string, ratings: Partial<Record<CapacityArea, number>>, extra: Partial<OrgProfile> = {}): OrgProfile => ({
  orgId,
  orgName: `Org ${orgId.slice(-2)}`,
  orgCountry: country,
  ratings,
  priorities: [],
  languages: [],
  ...extra,
});

describe('needs', () => {
  it('are the areas rated 1-2 and the priorities', () => {
    const p = profile(uuidOf(1), 'GRC', { 'legal-aid': 1, data: 2, shelter: 3, advocacy: 4 }, { priorities: ['shelter', 'fundraising'] });
    expect(needsOf(p).map((n) => [n.area, n.rating, n.priority])).toEqual([
      ['legal-aid', 1, false],
      ['data', 2, false],
      ['shelter', 3, true],
      ['fundraising', null, true],
    ]);
  });
});

describe('matching', () => {
  const a = profile(uuidOf(1), 'MKD', { 'legal-aid': 1 }, { languages: ['en', 'mk'] });
  const b = profile(uuidOf(2), 'ALB', { 'legal-aid': 4 }, { orgName: 'B' });
  const c = profile(uuidOf(3), 'NLD', { 'legal-aid': 3 }, { orgName: 'C', languages: ['en'] });
  const all = new Map([a, b, c].map((x) => [x.orgId, x]));

  it('ranks by the gap, language and region, with the reasons', () => {
    const fromB = offer({ orgId: b.orgId, orgName: 'B', orgCountry: 'ALB', area: 'legal-aid' });
    const fromC = offer({ orgId: c.orgId, orgName: 'C', orgCountry: 'NLD', area: 'legal-aid' });
    const own = offer({ orgId: a.orgId, orgCountry: 'MKD', area: 'legal-aid' });
    const closed = offer({ orgId: b.orgId, area: 'legal-aid', status: 'closed' });
    const other = offer({ orgId: b.orgId, area: 'data' });
    const found = matchNeeds([a], [fromC, own, closed, other, fromB], all);
    expect(found.map((m) => m.offer.id)).toEqual([fromB.id, fromC.id]);
    // B: gap 3, same region (Western Balkans); C: gap 2, English shared.
    expect(found[0]?.reasons).toEqual([
      { code: 'gap', value: 3 },
      { code: 'region', value: 'western-balkans' },
    ]);
    expect(found[0]?.score).toBe(3 * WEIGHTS.gapStep + WEIGHTS.region);
    expect(found[1]?.reasons).toEqual([
      { code: 'gap', value: 2 },
      { code: 'language', value: 'en' },
    ]);
  });

  it('leaves out an offer from an organisation no stronger than the need', () => {
    const weak = profile(uuidOf(4), 'MKD', { 'legal-aid': 1 });
    const m = new Map([...all, [weak.orgId, weak]]);
    expect(matchNeeds([a], [offer({ orgId: weak.orgId, area: 'legal-aid' })], m)).toEqual([]);
    // Not assessed: shown, lower, with the reason.
    const unrated = matchNeeds([a], [offer({ orgId: uuidOf(9), orgCountry: 'BRA', area: 'legal-aid' })], m);
    expect(unrated.map((x) => x.reasons)).toEqual([[{ code: 'unrated' }]]);
  });

  it('filters by area', () => {
    const needy = profile(uuidOf(5), 'GRC', { data: 1, 'legal-aid': 2 });
    const offers = [offer({ orgId: b.orgId, area: 'legal-aid' }), offer({ orgId: b.orgId, area: 'data' })];
    const m = new Map([...all, [b.orgId, { ...b, ratings: { 'legal-aid': 4, data: 4 } }]]);
    expect(matchNeeds([needy], offers, m, 'data').map((x) => x.area)).toEqual(['data']);
  });

  it('knows the regions', () => {
    expect(regionOf('ALB')).toBe(regionOf('MKD'));
    expect(regionOf('MDA')).toBe(regionOf('UKR'));
    expect(regionOf('ZZZ')).toBeNull();
  });
});

// --- properties ---

const orgIds = [1, 2, 3, 4, 5].map(uuidOf);
const countries = ['ALB', 'MKD', 'GRC', 'MDA', 'UKR', 'NLD', 'ZZZ'];
const langs = ['en', 'fr', 'sq', 'ro'];
const areas = CAPACITY_AREAS.slice(0, 4);

const profileArb = (orgId: string) =>
  fc.record({
    orgId: fc.constant(orgId),
    orgName: fc.constantFrom('A', 'B', 'C', 'D'),
    orgCountry: fc.constantFrom(...countries),
    ratings: fc.dictionary(fc.constantFrom(...areas), fc.integer({ min: 1, max: 4 })) as fc.Arbitrary<Partial<Record<CapacityArea, number>>>,
    priorities: fc.uniqueArray(fc.constantFrom(...areas), { maxLength: 3 }),
    languages: fc.uniqueArray(fc.constantFrom(...langs), { maxLength: 3 }),
  });

const offerArb = fc
  .record({
    n: fc.integer({ min: 0, max: 1e9 }),
    org: fc.integer({ min: 0, max: orgIds.length - 1 }),
    area: fc.constantFrom(...areas),
    kind: fc.constantFrom(...OFFER_KINDS),
    languages: fc.uniqueArray(fc.constantFrom(...langs), { maxLength: 2 }),
    status: fc.constantFrom('active' as const, 'active' as const, 'closed' as const),
    country: fc.constantFrom(...countries),
  })
  .map((o) =>
    offer({
      id: uuidOf(o.n),
      orgId: orgIds[o.org]!,
      orgName: `O${o.org}`,
      orgCountry: o.country,
      area: o.area,
      kind: o.kind,
      languages: o.languages,
      status: o.status,
    }),
  );

const world = fc.record({
  profiles: fc.tuple(...orgIds.map(profileArb)),
  offers: fc.uniqueArray(offerArb, { maxLength: 15, selector: (o) => o.id }),
  needer: fc.integer({ min: 0, max: orgIds.length - 1 }),
});

describe('matching properties', () => {
  it('matches only needs with stronger, active offers of other organisations in the same area, best first', () => {
    fc.assert(
      fc.property(world, ({ profiles, offers, needer }) => {
        const all = new Map(profiles.map((p) => [p.orgId, p]));
        const me = profiles[needer]!;
        const needs = new Map(needsOf(me).map((n) => [n.area, n]));
        const found = matchNeeds([me], offers, all);
        for (const m of found) {
          expect(m.offer.orgId).not.toBe(me.orgId);
          expect(m.offer.status).toBe('active');
          const need = needs.get(m.area);
          expect(need).toBeDefined();
          expect(m.offer.area).toBe(m.area);
          if (m.offerRating !== null) expect(m.offerRating).toBeGreaterThan(need!.rating ?? 1);
          // The score is the sum of its reasons.
          const parts = m.reasons.map((r) =>
            r.code === 'gap' ? Number(r.value) * WEIGHTS.gapStep : r.code === 'unrated' ? WEIGHTS.unratedGap : WEIGHTS[r.code],
          );
          expect(m.score).toBe(parts.reduce((x, y) => x + y, 0));
          expect(m.reasons.some((r) => r.code === 'priority')).toBe(need!.priority);
        }
        for (let i = 1; i < found.length; i++) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
        // Every possible match is found.
        const possible = offers.filter((o) => {
          const need = needs.get(o.area);
          const r = all.get(o.orgId)?.ratings[o.area];
          return need && o.orgId !== me.orgId && o.status === 'active' && (r === undefined || r > (need.rating ?? 1));
        });
        expect(found.length).toBe(possible.length);
      }),
    );
  });

  it('does not depend on the order of the offers', () => {
    fc.assert(
      fc.property(world, fc.integer(), ({ profiles, offers, needer }, seed) => {
        const all = new Map(profiles.map((p) => [p.orgId, p]));
        const shuffled = [...offers].sort((x, y) => ((x.id.charCodeAt(30) * seed) % 7) - ((y.id.charCodeAt(30) * seed) % 7));
        expect(matchNeeds([profiles[needer]!], shuffled, all)).toEqual(matchNeeds([profiles[needer]!], offers, all));
      }),
    );
  });

  it('ranks a shared language, a priority or a bigger gap higher, all else equal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...areas), fc.integer({ min: 1, max: 2 }), (area, rating) => {
        const me = profile(uuidOf(1), 'ZZZ', { [area]: rating }, { languages: ['en'] });
        const strong = profile(uuidOf(2), 'ZZZ', { [area]: 4 });
        const strongish = profile(uuidOf(3), 'ZZZ', { [area]: 3 });
        const all = new Map([me, strong, strongish].map((x) => [x.orgId, x]));
        const withEnglish = offer({ orgId: strongish.orgId, orgCountry: 'YYY', area, languages: ['en'] });
        const without = offer({ orgId: strongish.orgId, orgCountry: 'YYY', area, languages: ['fr'] });
        const [first] = matchNeeds([me], [without, withEnglish], all);
        expect(first?.offer.id).toBe(withEnglish.id);
        const bigger = offer({ orgId: strong.orgId, orgCountry: 'YYY', area, languages: ['fr'] });
        expect(matchNeeds([me], [without, bigger], all)[0]?.offer.id).toBe(bigger.id);
        const prioritised = { ...me, priorities: [area] };
        expect(matchNeeds([prioritised], [without], all)[0]!.score).toBeGreaterThan(matchNeeds([me], [without], all)[0]!.score);
      }),
    );
  });
});

describe('exchange statuses', () => {
  it('a proposal is agreed by the other party; done and cancelled are final', () => {
    expect(statusChangeAllowed('proposed', 'agreed', true)).toBe(false);
    expect(statusChangeAllowed('proposed', 'agreed', false)).toBe(true);
    expect(statusChangeAllowed('proposed', 'cancelled', true)).toBe(true);
    fc.assert(
      fc.property(fc.constantFrom(...EXCHANGE_STATUSES), fc.constantFrom(...EXCHANGE_STATUSES), fc.boolean(), (from, to, mine) => {
        if (from === 'done' || from === 'cancelled') expect(statusChangeAllowed(from, to, mine)).toBe(from === to);
        if (statusChangeAllowed(from, to, mine) && from !== to) expect(EXCHANGE_NEXT[from]).toContain(to);
      }),
    );
  });
});
