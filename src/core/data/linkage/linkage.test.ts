import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wasmKernel } from './wasm-kernel.js';
import {
  allPairs,
  andPopcount,
  blockedPairs,
  dice,
  encodePerson,
  encodePersonAsync,
  type KeyedHash,
  keyFromBase64,
  keySet,
  keyToBase64,
  layout,
  normaliseDate,
  normaliseNamePart,
  normaliseSex,
  normaliseText,
  oneToOne,
  SCHEME_V1,
  score,
} from './index.js';

const hmac =
  (secret: string): KeyedHash =>
  (m) =>
    createHmac('sha256', secret).update(m).digest();
const lay = layout(SCHEME_V1);
const words = lay.words;

const keyArb = fc.uint32Array({ minLength: words, maxLength: words });
const personArb = fc.record({
  givenName: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  surname: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  dateOfBirth: fc.option(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    { nil: undefined },
  ),
  sex: fc.option(fc.constantFrom('f', 'm', 'x', 'female', ''), { nil: undefined }),
});

describe('normalisation', () => {
  it('transliterates and folds names so that scripts and accents meet', () => {
    expect(normaliseNamePart('Олена')).toEqual(['olena']);
    expect(normaliseNamePart('Olena')).toEqual(['olena']);
    expect(normaliseNamePart('  ŠEVČENKO ')).toEqual(normaliseNamePart('Шевченко'));
    expect(normaliseNamePart('Anne-Marie')).toEqual(['anne', 'marie']);
    expect(normaliseNamePart('')).toEqual([]);
    expect(normaliseNamePart(null)).toEqual([]);
  });

  it('reads dates in the usual shapes as YYYYMMDD', () => {
    expect(normaliseDate('19650213')).toBe('19650213');
    expect(normaliseDate('1965-02-13')).toBe('19650213');
    expect(normaliseDate('13.02.1965')).toBe('19650213');
    expect(normaliseDate('1965-2-3')).toBe('19650203');
    expect(normaliseDate('1965-02-30')).toBeUndefined();
    expect(normaliseDate('yesterday')).toBeUndefined();
    expect(normaliseSex('Female')).toBe('f');
    expect(normaliseSex('M')).toBe('m');
    expect(normaliseSex('?')).toBeUndefined();
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normaliseNamePart(s);
        expect(normaliseNamePart(once.join(' '))).toEqual(once);
        const text = normaliseText(s);
        expect(normaliseText(text.join(' '))).toEqual(text);
        const d = normaliseDate(s);
        if (d) expect(normaliseDate(d)).toBe(d);
        const x = normaliseSex(s);
        if (x) expect(normaliseSex(x)).toBe(x);
      }),
    );
  });
});

describe('Dice similarity', () => {
  it('is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        const d = dice(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
        expect(dice(b, a)).toBe(d);
        const s = score(lay, a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(score(lay, b, a)).toBe(s);
      }),
    );
  });

  it('of an encoding with itself is 1', () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const k = encodePerson(p, SCHEME_V1, hmac('s'));
        if (k.some((w) => w !== 0)) {
          expect(dice(k, k)).toBe(1);
          expect(score(lay, k, k)).toBe(1);
        }
      }),
    );
  });
});

describe('encoding', () => {
  it('is the same under the same secret, different under another, whatever the script', () => {
    fc.assert(
      fc.property(personArb, (p) => {
        const k1 = encodePerson(p, SCHEME_V1, hmac('secret one'));
        expect(encodePerson(p, SCHEME_V1, hmac('secret one'))).toEqual(k1);
        if (k1.some((w) => w !== 0)) expect(encodePerson(p, SCHEME_V1, hmac('secret two'))).not.toEqual(k1);
      }),
      { numRuns: 50 },
    );
    const h = hmac('s');
    const latin = encodePerson({ givenName: 'Olena', surname: 'Kovalenko', dateOfBirth: '1990-04-01', sex: 'F' }, SCHEME_V1, h);
    const cyrillic = encodePerson({ givenName: 'Олена', surname: 'Коваленко', dateOfBirth: '01.04.1990', sex: 'ж' }, SCHEME_V1, h);
    expect(cyrillic).toEqual(latin);
  });

  it('gives the same key asynchronously (the browser path) and survives base64', async () => {
    const p = { givenName: 'Mariia', surname: 'Petrenko', dateOfBirth: '2001-12-31' };
    const h = hmac('s');
    const sync = encodePerson(p, SCHEME_V1, h);
    expect(await encodePersonAsync(p, SCHEME_V1, async (m) => h(m))).toEqual(sync);
    expect(keyFromBase64(keyToBase64(sync), words)).toEqual(sync);
  });

  it('scores a typo high, another person low, and ignores a field missing on one side', () => {
    const h = hmac('s');
    const enc = (g: string, s: string, d?: string) => encodePerson({ givenName: g, surname: s, dateOfBirth: d }, SCHEME_V1, h);
    const a = enc('Michaela', 'Neumann', '1915-11-11');
    expect(score(lay, a, enc('Michaela', 'Neuman', '1915-11-11'))).toBeGreaterThan(0.85);
    expect(score(lay, a, enc('Michaela', 'Neumann'))).toBe(1);
    expect(score(lay, a, enc('Courtney', 'Painter', '1916-12-14'))).toBeLessThan(0.5);
  });
});

describe('matching', () => {
  const h = hmac('s');
  const people = [
    ['Olena', 'Kovalenko', '1990-04-01'],
    ['Mariia', 'Petrenko', '2001-12-31'],
    ['Ion', 'Popescu', '1985-06-15'],
    ['Ana', 'Popescu', '1987-01-20'],
    ['Grace', 'Okafor', '1999-09-09'],
  ];
  const A = people.map(([g, s, d]) => encodePerson({ givenName: g, surname: s, dateOfBirth: d }, SCHEME_V1, h));
  const B = [
    encodePerson({ givenName: 'Ана', surname: 'Попеску', dateOfBirth: '20.01.1987' }, SCHEME_V1, h),
    encodePerson({ givenName: 'Olena', surname: 'Kowalenko', dateOfBirth: '1990-04-01' }, SCHEME_V1, h),
    encodePerson({ givenName: 'Peter', surname: 'Smith', dateOfBirth: '1970-01-01' }, SCHEME_V1, h),
  ];
  const a = keySet(lay, A);
  const b = keySet(lay, B);

  it('finds the true pairs 1-to-1, by all pairs and by blocking alike', () => {
    for (const pairs of [allPairs(lay, a, b, { threshold: SCHEME_V1.threshold }), blockedPairs(lay, a, b, { threshold: SCHEME_V1.threshold })]) {
      const m = oneToOne(pairs).map((x) => [x.a, x.b]);
      expect(m.sort()).toEqual([
        [0, 1],
        [3, 0],
      ]);
    }
  });

  it('all-pairs finds exactly the pairs at or above the threshold, with the SIMD kernel and with the popcount window in JavaScript', () => {
    fc.assert(
      fc.property(
        fc.array(keyArb, { minLength: 1, maxLength: 12 }),
        fc.array(keyArb, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (xs, ys, t) => {
          const found = new Set<string>();
          const js = new Set<string>();
          const got = allPairs(lay, keySet(lay, xs), keySet(lay, ys), { threshold: t });
          for (let k = 0; k < got.length; k++) found.add(`${got.a[k]},${got.b[k]}`);
          const gotJs = allPairs(lay, keySet(lay, xs), keySet(lay, ys), { threshold: t, kernel: 'js' });
          for (let k = 0; k < gotJs.length; k++) js.add(`${gotJs.a[k]},${gotJs.b[k]}`);
          const expected = new Set<string>();
          xs.forEach((x, i) => {
            ys.forEach((y, j) => {
              if (score(lay, x, y) >= t) expected.add(`${i},${j}`);
            });
          });
          expect(found).toEqual(expected);
          expect(js).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the WebAssembly SIMD kernel', () => {
  it('is available in Node and counts |a ∧ b| like the JavaScript kernel, for every key length', () => {
    for (const chunks of [1, 5, 11, 31]) {
      const words = chunks * 4;
      const k = wasmKernel(words);
      expect(k, `${chunks} chunks`).toBeDefined();
      const n = 37;
      const a = new Uint32Array(words).map(() => (Math.random() * 2 ** 32) >>> 0);
      const b = new Uint32Array(n * words).map(() => (Math.random() * 2 ** 32) >>> 0);
      k?.load(b);
      const out = new Int32Array(n);
      k?.count(a, 0, 0, n, out);
      for (let j = 0; j < n; j++) expect(out[j]).toBe(andPopcount(a, b.subarray(j * words, (j + 1) * words)));
    }
    expect(wasmKernel(6)).toBeUndefined();
  });
});
