import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISTRACTORS } from './distractors.test-data.js';
import { nameKeys } from './name-keys.js';
import { damerauLevenshtein, MATCH_THRESHOLD, nameScore, rank, score } from './name-match.js';

const OLENA = ['Олена Коваленко', 'Olena Kovalenko', 'Olena Kowalenko', 'Ολένα Κοβαλένκο'];

interface Person {
  readonly id: string;
  readonly names: readonly string[];
}

const crowd = (target: Person): Person[] => [...DISTRACTORS.map((d, i) => ({ id: `d${i}`, names: [d] })), target];

const top = (query: string, target: Person) => rank(query, crowd(target), { limit: 3 });

describe('damerauLevenshtein', () => {
  it('counts edits, an adjacent transposition as one', () => {
    expect(damerauLevenshtein('kovalenko', 'kovalneko')).toBe(1);
    expect(damerauLevenshtein('olena', 'olna')).toBe(1);
    expect(damerauLevenshtein('', 'abc')).toBe(3);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });
});

describe('the four spellings of Olena Kovalenko', () => {
  it('match each other in every direction', () => {
    for (const a of OLENA) for (const b of OLENA) expect(nameScore(a, b)).toBeCloseTo(nameScore(b, a), 9);
    for (const a of OLENA) for (const b of OLENA) expect(nameScore(a, b)).toBeGreaterThanOrEqual(0.95);
  });

  it(`rank first among ${DISTRACTORS.length} distractors, whichever is stored and whichever is typed`, () => {
    for (const stored of OLENA) {
      for (const typed of OLENA) {
        const [first, second] = top(typed, { id: 'target', names: [stored] });
        expect([typed, stored, first?.item.id]).toEqual([typed, stored, 'target']);
        expect(first!.score).toBeGreaterThan(second!.score);
      }
    }
  });

  it.each([
    ['swapped order', 'Kovalenko Olena'],
    ['swapped, Cyrillic', 'Коваленко Олена'],
    ['Greek without accents, capitals', 'ΚΟΒΑΛΕΝΚΟ ΟΛΕΝΑ'],
    ['typo in the family name', 'Olena Kovalneko'],
    ['typo in the given name', 'Olna Kovalenko'],
    ['typo and Polish spelling', 'Olena Kowalneko'],
    ['lower case, extra spaces', '  olena   kowalenko '],
  ])('rank first for a query with %s: %s', (_, query) => {
    const [first, second] = top(query, { id: 'target', names: ['Олена Коваленко'] });
    expect(first?.item.id).toBe('target');
    expect(first!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('a query with an initial ranks the target with the other O. Kovalenkos, first', () => {
    const ranked = rank('O. Kovalenko', crowd({ id: 'target', names: ['Олена Коваленко'] }));
    const best = ranked[0]!.score;
    expect(best).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(ranked.find((r) => r.item.id === 'target')?.score).toBe(best);
    for (const r of ranked.filter((x) => x.score === best)) expect(nameKeys(r.item.names[0]!).skelKey).toMatch(/^kovalenko o/);
  });

  it('a query with the family name only puts the Kovalenkos first', () => {
    const ranked = rank('Kovalenko', crowd({ id: 'target', names: ['Олена Коваленко'] }), { minScore: MATCH_THRESHOLD });
    const isKovalenko = ranked.map((r) => nameKeys(r.item.names[0]!).tokens.some((t) => t.skel === 'kovalenko'));
    expect(ranked.map((r) => r.item.id)).toContain('target');
    expect(isKovalenko.indexOf(false)).toBeGreaterThanOrEqual(isKovalenko.lastIndexOf(true) + 1);
    console.log('Kovalenko →', ranked.map((r) => `${r.item.names[0]} ${r.score.toFixed(3)}`).join(', '));
  });

  it('a person with several names is found by any of them', () => {
    const person = { id: 'target', names: ['Олена Гнатюк', 'Olena Kovalenko'] };
    expect(top('Коваленко Олена', person)[0]?.item.id).toBe('target');
    expect(top('Olena Hnatiuk', person)[0]?.item.id).toBe('target');
    expect(score('Олена Гнатюк', person.names)).toBe(1);
  });
});

describe('transliteration and diacritics variants', () => {
  it.each([
    ['Taras Ševčenko', 'Тарас Шевченко'],
    ['Taras Sevcenko', 'Тарас Шевченко'],
    ['Taras Shevchenko', 'Taras Ševčenko'],
    ['Dragan Đorđević', 'Dragan Djordjevic'],
    ['Драган Ђорђевић', 'Dragan Dordevic'],
    ['Hryhorii Bondarenko', 'Grigory Bondarenko'],
    ['Григорій Бондаренко', 'Григорий Бондаренко'],
    ['Oleksandr Melnyk', 'Aleksandr Melnik'],
    ['Олександр Мельник', 'Alexander Melnik'],
    ['Αλέξανδρος Μέλνικ', 'Aleksandr Melnik'],
    ['Yuliia Tkachenko', 'Юлия Ткаченко'],
    ['Serhii Kravets', 'Сергей Кравец'],
    ['Γεώργιος Παπαδόπουλος', 'Georgios Papadopoulos'],
    ['Γεωργιος Παπαδοπουλος', 'Γεώργιος Παπαδόπουλος'],
    ['Aušra Kazlauskienė', 'Ausra Kazlauskiene'],
    ['Нұрлан Әбдірахманов', 'Nurlan Abdirakhmanov'],
    ['Mykhailo Zelenskyi', 'Михаил Зеленский'],
  ])('%s ~ %s', (a, b) => {
    expect(nameScore(a, b)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(nameScore(b, a)).toBeCloseTo(nameScore(a, b), 9);
  });
});

const NON_MATCHES: readonly [string, string][] = [
  ['Olena', 'Elena'],
  ['Olena', 'Alina'],
  ['Olena', 'Olga'],
  ['Ivan', 'Iva'],
  ['Ivan', 'Ivanna'],
  ['Kovalenko', 'Kovalchuk'],
  ['Kovalenko', 'Koval'],
  ['Maria', 'Marina'],
  ['Olena Kovalenko', 'Olena Kovalchuk'],
  ['Olena Kovalenko', 'Oleh Kovalenko'],
  ['Olena Kovalenko', 'Taras Shevchenko'],
];

describe('precision', () => {
  it('keeps different names below the match threshold', () => {
    const rows = NON_MATCHES.map(([a, b]) => ({ a, b, score: Number(nameScore(a, b).toFixed(3)) }));
    console.table(rows);
    for (const r of rows) expect([r.a, r.b, r.score < MATCH_THRESHOLD]).toEqual([r.a, r.b, true]);
  });
});

const LETTERS = 'abcdefghijklmnopqrstuvwxyzабвгдежзиіклмнопрстуфхцчшщюяαβγδεζηθικλμνξοπρστυφχψωšžčėł'.split('');
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 9 }).map((cs) => cs.join(''));
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const sameLength = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...[0, 1].map(() => fc.array(word, { minLength: n, maxLength: n }).map((ws) => ws.join(' ')))));

describe('score properties', () => {
  it('is in [0, 1] and 1 for identical input', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const s = nameScore(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameScore(a, a)).toBe(1);
      }),
    );
  });

  it('is symmetric between names with the same number of words', () => {
    fc.assert(
      fc.property(sameLength, ([a, b]) => {
        expect(nameScore(a!, b!)).toBeCloseTo(nameScore(b!, a!), 9);
      }),
    );
  });

  it('does not depend on word order, case or the script the same name is typed in', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const reversed = a.split(' ').reverse().join(' ');
        expect(nameScore(reversed.toUpperCase(), b)).toBeCloseTo(nameScore(a, b), 9);
      }),
    );
  });

  it('accepts precomputed keys with the same result', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(nameScore(nameKeys(a), nameKeys(b))).toBe(nameScore(a, b));
      }),
    );
  });
});
