/**
 * Matching needs with offers across the network (pure: the server and the tests call it alike).
 *
 * An organisation's needs are the areas it rated 1-2 and its priorities. Each need meets the active
 * offers of OTHER organisations in the same area whose own rating there is higher than the need's
 * (or unknown: an offer from an organisation that did not assess that area still shows, lower).
 * A match is ranked by a score made of visible parts, each given as a reason:
 *  - gap: the offering organisation's rating minus the need's, 10 points a step (unknown: 5);
 *  - priority: the area is one of the needing organisation's priorities, 8 points;
 *  - language: the offer (or, when it names none, its organisation) shares a working language, 5 points;
 *  - country (4 points) or else region (3 points): the two organisations are in the same country
 *    or sub-region (see `regions.ts`).
 * Ties go to the higher gap, then the organisation's name, then the offer's id (a stable order).
 */
import type { CapacityArea, MatchReason, MatchView, OfferView } from './capacity.js';
import { NEED_RATING } from './capacity.js';
import { regionOf } from './regions.js';

/** What matching needs to know of an organisation: its latest self-assessment (if any) and where it is. */
export interface OrgProfile {
  readonly orgId: string;
  readonly orgName: string;
  readonly orgCountry: string;
  readonly ratings: Readonly<Partial<Record<CapacityArea, number>>>;
  readonly priorities: readonly CapacityArea[];
  readonly languages: readonly string[];
}

export interface Need {
  readonly area: CapacityArea;
  /** Null: a priority the organisation did not rate. */
  readonly rating: number | null;
  readonly priority: boolean;
}

export const WEIGHTS = { gapStep: 10, unratedGap: 5, priority: 8, language: 5, country: 4, region: 3 } as const;

/** The needs of an organisation: areas rated at most 2, and its priorities (whatever their rating). */
export function needsOf(profile: OrgProfile): Need[] {
  const needs = new Map<CapacityArea, Need>();
  for (const [area, rating] of Object.entries(profile.ratings) as [CapacityArea, number][]) {
    if (rating <= NEED_RATING) needs.set(area, { area, rating, priority: profile.priorities.includes(area) });
  }
  for (const area of profile.priorities) {
    if (!needs.has(area)) needs.set(area, { area, rating: profile.ratings[area] ?? null, priority: true });
  }
  return [...needs.values()];
}

/** The match of one need with one offer, or null when the offer cannot help (own, closed, other area, not stronger). */
export function matchOne(needer: OrgProfile, need: Need, offer: OfferView, offerer: OrgProfile | undefined): MatchView | null {
  if (offer.orgId === needer.orgId || offer.status !== 'active' || offer.area !== need.area) return null;
  const offerRating = offerer?.ratings[need.area] ?? null;
  const reasons: MatchReason[] = [];
  let score = 0;
  if (offerRating !== null) {
    const gap = offerRating - (need.rating ?? 1);
    if (gap <= 0) return null;
    score += gap * WEIGHTS.gapStep;
    reasons.push({ code: 'gap', value: gap });
  } else {
    score += WEIGHTS.unratedGap;
    reasons.push({ code: 'unrated' });
  }
  if (need.priority) {
    score += WEIGHTS.priority;
    reasons.push({ code: 'priority' });
  }
  const offered = offer.languages.length > 0 ? offer.languages : (offerer?.languages ?? []);
  const shared = offered.filter((l) => needer.languages.includes(l));
  if (shared.length > 0) {
    score += WEIGHTS.language;
    reasons.push({ code: 'language', value: [...shared].sort().join(',') });
  }
  if (offer.orgCountry === needer.orgCountry) {
    score += WEIGHTS.country;
    reasons.push({ code: 'country', value: needer.orgCountry });
  } else {
    const region = regionOf(needer.orgCountry);
    if (region !== null && region === regionOf(offer.orgCountry)) {
      score += WEIGHTS.region;
      reasons.push({ code: 'region', value: region });
    }
  }
  return {
    needOrgId: needer.orgId,
    needOrgName: needer.orgName,
    needOrgCountry: needer.orgCountry,
    area: need.area,
    needRating: need.rating,
    priority: need.priority,
    offer,
    offerRating,
    score,
    reasons,
  };
}

const gapOf = (m: MatchView) => (m.offerRating === null ? 0.5 : m.offerRating - (m.needRating ?? 1));

/** The best first: score, gap, organisation name, offer id. */
export function compareMatches(a: MatchView, b: MatchView): number {
  return (
    b.score - a.score ||
    gapOf(b) - gapOf(a) ||
    a.offer.orgName.localeCompare(b.offer.orgName) ||
    a.needOrgName.localeCompare(b.needOrgName) ||
    (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0) ||
    (a.needOrgId < b.needOrgId ? -1 : a.needOrgId > b.needOrgId ? 1 : 0)
  );
}

/**
 * Every match of the needs of the given organisations with the offers, best first.
 * `profiles` names every organisation that assessed itself (the needers and the offerers).
 */
export function matchNeeds(
  needers: readonly OrgProfile[],
  offers: readonly OfferView[],
  profiles: ReadonlyMap<string, OrgProfile>,
  area?: CapacityArea,
): MatchView[] {
  const out: MatchView[] = [];
  for (const needer of needers) {
    for (const need of needsOf(needer)) {
      if (area && need.area !== area) continue;
      for (const offer of offers) {
        const m = matchOne(needer, need, offer, profiles.get(offer.orgId));
        if (m) out.push(m);
      }
    }
  }
  return out.sort(compareMatches);
}
