/**
 * Section 4 of `npm run bench:link`: the network's count of people assisted, counted once
 * (src/core/data/linkage/count.ts), as the platform recounts it after an upload. A population of
 * synthetic people (bench/names-generator.ts) is spread over `orgs` organisations: each person is
 * known to one organisation, a share of them to two or three. Each organisation's record of a person
 * is written its own way (another transliteration, typos, another date format, sex missing), as in
 * section 2. The keys are encoded first (each organisation does that on its own machine); the figure
 * is the matching and grouping of every organisation's keys against every other's, and how far the
 * count is from the true number of people.
 */
import {
  countOnce,
  encodePerson,
  type KeyGroup,
  type KeyedHash,
  type LinkagePerson,
  layout,
  memoised,
  NETWORK_COUNT_THRESHOLD,
  SCHEME_V1,
} from '../src/core/data/linkage/index.js';
import { ALT_LATIN, PeopleGenerator, renderWord, Rng, typo } from './names-generator.js';

export interface NetworkFigures {
  readonly orgs: number;
  readonly people: number;
  readonly records: number;
  readonly encodeMs: number;
  readonly countMs: number;
  readonly counted: number;
  /** (counted − people) / people: negative when people were merged, positive when left apart. */
  readonly error: number;
}

type Generated = ReturnType<PeopleGenerator['person']>;

/** One organisation's record of a person: written its own way. */
function recordOf(p: Generated, rng: Rng, own: boolean): LinkagePerson {
  if (own) return { givenName: p.given, surname: p.family, dateOfBirth: p.birthDate, sex: p.female ? 'f' : 'm' };
  const schemes = ALT_LATIN[p.lang];
  const scheme = schemes.length ? rng.pick(schemes) : 'native';
  const words = (s: string) =>
    s
      .split(/\s+/u)
      .map((w) => renderWord(w, p.lang, scheme))
      .join(' ');
  let given = words(p.given);
  let surname = words(p.family);
  if (rng.next() < 0.2) given = typo(given, rng).text;
  if (rng.next() < 0.2) surname = typo(surname, rng).text;
  const [y, m, d] = p.birthDate.split('-');
  return { givenName: given, surname, dateOfBirth: rng.next() < 0.05 ? undefined : `${d}.${m}.${y}`, sex: rng.next() < 0.1 ? undefined : p.female ? 'f' : 'm' };
}

export function networkRun(orgs: number, perOrg: number, seed: number, hmac: KeyedHash, febrlDir: string, threshold = NETWORK_COUNT_THRESHOLD): NetworkFigures {
  const rng = new Rng(seed ^ 0x5eed);
  const gen = new PeopleGenerator(seed + 2, febrlDir);
  // About a quarter of each organisation's people are also known to one or two others.
  const people = Math.round((orgs * perOrg) / 1.3);
  const lists: LinkagePerson[][] = Array.from({ length: orgs }, () => []);
  for (let i = 0; i < people; i++) {
    const p = gen.person(i);
    const first = Math.floor(rng.next() * orgs);
    lists[first]?.push(recordOf(p, rng, true));
    const r = rng.next();
    const extra = r < 0.18 ? 1 : r < 0.24 ? 2 : 0;
    const taken = new Set([first]);
    for (let e = 0; e < extra && taken.size < orgs; e++) {
      let o = Math.floor(rng.next() * orgs);
      while (taken.has(o)) o = (o + 1) % orgs;
      taken.add(o);
      lists[o]?.push(recordOf(p, rng, false));
    }
  }
  const lay = layout(SCHEME_V1);
  const hash = memoised(hmac);
  const t0 = performance.now();
  const groups: KeyGroup[] = lists.map((list, o) => ({
    owner: `org${o}`,
    country: o % 2 ? 'GRC' : 'ALB',
    keys: list.map((p) => encodePerson(p, SCHEME_V1, hash, lay)),
  }));
  const encodeMs = performance.now() - t0;
  const t1 = performance.now();
  const r = countOnce(lay, groups, threshold);
  const countMs = performance.now() - t1;
  return { orgs, people, records: r.raw, encodeMs, countMs, counted: r.deduplicated, error: (r.deduplicated - people) / people };
}
