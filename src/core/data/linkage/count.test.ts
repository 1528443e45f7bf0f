import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOnce, encodePerson, type KeyedHash, type LinkagePerson, layout, SCHEME_V1 } from './index.js';

const hash: KeyedHash = (m) => createHmac('sha256', 'a network secret of some length').update(m).digest();
const lay = layout(SCHEME_V1);
const key = (p: LinkagePerson) => encodePerson(p, SCHEME_V1, hash, lay);

const olga: LinkagePerson = { givenName: 'Olga', surname: 'Ivanova', dateOfBirth: '1994-03-12', sex: 'f' };
const olgaTypo: LinkagePerson = { givenName: 'Olha', surname: 'Ivanova', dateOfBirth: '1994-03-12', sex: 'f' };
const olgaCyrillic: LinkagePerson = { givenName: 'Ольга', surname: 'Иванова', dateOfBirth: '1994-03-12', sex: 'f' };
const amina: LinkagePerson = { givenName: 'Amina', surname: 'Diallo', dateOfBirth: '2001-11-02', sex: 'f' };
const ion: LinkagePerson = { givenName: 'Ion', surname: 'Popescu', dateOfBirth: '1988-07-30', sex: 'm' };
const ionBrother: LinkagePerson = { givenName: 'Ioan', surname: 'Popescu', dateOfBirth: '1990-01-15', sex: 'm' };

describe('countOnce', () => {
  it('counts a person helped by three organisations once, in any script, and keeps different people apart', () => {
    const r = countOnce(
      lay,
      [
        { owner: 'a', country: 'GRC', keys: [key(olga), key(amina), key(ion)] },
        { owner: 'b', country: 'GRC', keys: [key(olgaTypo), key(ionBrother)] },
        { owner: 'c', country: 'LTU', keys: [key(olgaCyrillic), key(amina)] },
      ],
      SCHEME_V1.threshold,
    );
    expect(r.raw).toBe(7);
    // Olga ×3 → 1, Amina ×2 → 1, Ion and his brother stay 2.
    expect(r.deduplicated).toBe(4);
    expect(r.byCountry.GRC).toEqual({ raw: 5, deduplicated: 4, owners: 2 });
    expect(r.byCountry.LTU).toEqual({ raw: 2, deduplicated: 2, owners: 1 });
  });

  it('never merges two records of one organisation', () => {
    const r = countOnce(lay, [{ owner: 'a', country: 'GRC', keys: [key(olga), key(olga)] }], SCHEME_V1.threshold);
    expect(r).toMatchObject({ raw: 2, deduplicated: 2, links: 0 });
  });

  it('reports progress over the pairs of organisations', () => {
    const seen: [number, number][] = [];
    countOnce(
      lay,
      ['a', 'b', 'c', 'd'].map((owner) => ({ owner, country: 'GRC', keys: [key(olga)] })),
      SCHEME_V1.threshold,
      (d, t) => seen.push([d, t]),
    );
    expect(seen.at(-1)).toEqual([6, 6]);
    expect(
      countOnce(
        lay,
        ['a', 'b', 'c', 'd'].map((owner) => ({ owner, country: 'GRC', keys: [key(olga)] })),
        SCHEME_V1.threshold,
      ).deduplicated,
    ).toBe(1);
  });

  it('lies between the largest organisation and the raw count, whatever the people', () => {
    const people = [olga, olgaTypo, amina, ion, ionBrother, olgaCyrillic].map(key);
    fc.assert(
      fc.property(fc.array(fc.subarray(people.map((_, i) => i)), { minLength: 1, maxLength: 5 }), (orgs) => {
        const groups = orgs.map((idx, o) => ({ owner: `o${o}`, country: o % 2 ? 'GRC' : 'ALB', keys: idx.map((i) => people[i] as Uint32Array) }));
        const r = countOnce(lay, groups, SCHEME_V1.threshold);
        const largest = Math.max(...groups.map((g) => g.keys.length));
        expect(r.deduplicated).toBeLessThanOrEqual(r.raw);
        expect(r.deduplicated).toBeGreaterThanOrEqual(largest);
        expect(r.raw).toBe(groups.reduce((s, g) => s + g.keys.length, 0));
        const countries = Object.values(r.byCountry);
        expect(countries.reduce((s, c) => s + c.raw, 0)).toBe(r.raw);
        expect(countries.reduce((s, c) => s + c.deduplicated, 0)).toBeGreaterThanOrEqual(r.deduplicated);
      }),
      { numRuns: 60 },
    );
  });
});
