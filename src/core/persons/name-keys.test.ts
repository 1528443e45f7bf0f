import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coarseOf, nameKeys, normalizeToken, skeleton, tokenize, trigramSimilarity, trigrams } from './name-keys.js';

const LATIN = 'abcdefghijklmnopqrstuvwxyzäöüéèáíóúšžčćđłøßñçşąęėįųūţ'.split('');
const CYRILLIC = 'абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюяўђћџљњјәғқңөұүһ'.split('');
const GREEK = 'αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς'.split('');
const MARKS = ['\u0301', '\u0300', '\u0302', '\u0303', '\u0308', '\u030C', '\u0327', '\u0328', '\u0306', '\u0304', '\u0307', '\u030A'];

const word = (letters: string[]) => fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
const anyWord = fc.oneof(word(LATIN), word(CYRILLIC), word(GREEK));
const anyName = fc.array(anyWord, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const plainLatinName = fc.array(word('abcdefghijklmnopqrstuvwxyz'.split('')), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));

describe('tokenize', () => {
  it('splits on spaces, hyphens and punctuation, keeping apostrophes', () => {
    expect(tokenize(" Kovalenko-Petrenko,  Olena  Mar'yana ")).toEqual(['Kovalenko', 'Petrenko', 'Olena', "Mar'yana"]);
  });
});

describe('name keys', () => {
  it('of the four spellings of Olena Kovalenko are equal', () => {
    const keys = ['Олена Коваленко', 'Olena Kovalenko', 'Olena Kowalenko', 'Ολένα Κοβαλένκο'].map(nameKeys);
    for (const k of keys) {
      expect(k.skelKey).toBe('kovalenko olena');
      expect(k.coarseKey).toBe('kvlnk ln');
    }
    expect(keys.map((k) => k.normKey)).toEqual(['kovalenko olena', 'kovalenko olena', 'kowalenko olena', 'kovalenko olena']);
  });

  it.each([
    [['Ševčenko', 'Sevcenko', 'Шевченко', 'Shevchenko', 'Szewczenko'], 'sevcenko'],
    [['Hryhorii', 'Grigory', 'Григорий', 'Григорій', 'Grigoriy', 'Hryhoriy'], 'grigori'],
    [['Serhii', 'Sergey', 'Sergei', 'Сергей', 'Сергій', 'Serhiy'], 'sergi'],
    [['Mariia', 'Мария', 'Марія', 'Marija', 'Maria', 'Mariya', 'Μαρία'], 'maria'],
    [['Yuliia', 'Iuliia', 'Юлия', 'Julija', 'Yulia', 'Yuliya'], 'yulia'],
    [['Đorđević', 'Dordevic', 'Djordjevic', 'Ђорђевић'], 'dordevic'],
    [['Zelenskyi', 'Зеленский', 'Zelensky', 'Zelenskiy', 'Zelenskij'], 'zelenski'],
    [['Olha', 'Olga', 'Ольга', 'Όλγα'], 'olga'],
    [['Aleksandr', 'Александр', 'Αλέξανδρος', 'Alexandros'], 'aleksandr'],
    [['Oleksii', 'Oleksiy', 'Олексій', 'Oleksij'], 'oleksi'],
    [['Aleksei', 'Alexey', 'Алексей', 'Aleksej'], 'aleksi'],
    [['Papadopoulos', 'Παπαδόπουλος', 'Papadopulos'], 'papadopul'],
    [['Kravets', 'Кравець', 'Kravec', 'Kravetz'], 'kravec'],
    [['Yelena', 'Elena', 'Елена', 'Ielena', 'Έλενα'], 'elena'],
  ])('collide: %j → %s', (spellings, skel) => {
    for (const s of spellings) expect([s, nameKeys(s).skelKey]).toEqual([s, skel]);
  });

  it('keep clearly different names apart', () => {
    const distinct = [
      'Olena',
      'Elena',
      'Alina',
      'Alona',
      'Ilona',
      'Olga',
      'Oleh',
      'Ivan',
      'Iva',
      'Ivanna',
      'Kovalenko',
      'Kovalchuk',
      'Koval',
      'Kovalevska',
      'Maria',
      'Marina',
      'Myron',
      'Anna',
      'Hanna',
    ];
    const skels = distinct.map((d) => nameKeys(d).skelKey);
    expect(new Set(skels).size).toBe(distinct.length);
  });

  it('are deterministic and idempotent', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const k = nameKeys(name);
        expect(nameKeys(name)).toEqual(k);
        for (const t of k.tokens) {
          expect(normalizeToken(t.norm)).toBe(t.norm);
          expect(skeleton(t.skel)).toBe(t.skel);
          expect(coarseOf(t.coarse)).toBe(t.coarse);
        }
        // Keys fed back in give the same keys (a stored key can be re-keyed safely).
        expect(nameKeys(k.normKey).normKey).toBe(k.normKey);
        expect(nameKeys(k.skelKey).skelKey).toBe(k.skelKey);
      }),
    );
  });

  it('skeleton is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        expect(skeleton(skeleton(s))).toBe(skeleton(s));
      }),
    );
  });

  it('are case-insensitive', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expect(nameKeys(name.toUpperCase())).toEqual(nameKeys(name.toLowerCase()));
      }),
    );
  });

  it('skeletons do not change when diacritics are added or removed', () => {
    fc.assert(
      fc.property(plainLatinName, fc.array(fc.option(fc.constantFrom(...MARKS), { freq: 2 }), { minLength: 40, maxLength: 40 }), (plain, marks) => {
        const marked = [...plain]
          .map((ch, i) => (ch === ' ' ? ch : ch + (marks[i % marks.length] ?? '')))
          .join('')
          .normalize('NFC');
        expect(nameKeys(marked).skelKey).toBe(nameKeys(plain).skelKey);
        expect(nameKeys(marked).coarseKey).toBe(nameKeys(plain).coarseKey);
      }),
    );
  });

  it('do not depend on the order of the names', () => {
    fc.assert(
      fc.property(fc.array(anyWord, { minLength: 1, maxLength: 4 }), fc.nat(), (words, seed) => {
        const shuffled = [...words].sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1));
        const a = nameKeys(words.join(' '));
        const b = nameKeys(shuffled.join(' '));
        expect([b.normKey, b.skelKey, b.coarseKey]).toEqual([a.normKey, a.skelKey, a.coarseKey]);
      }),
    );
    expect(nameKeys({ given: 'Olena', family: 'Kovalenko' }).skelKey).toBe(nameKeys('Коваленко Олена').skelKey);
  });
});

describe('trigrams', () => {
  it('pads each word like pg_trgm', () => {
    expect(trigrams('cat')).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigrams('ab ab')).toEqual(['  a', ' ab', 'ab ']);
  });

  it('similarity is 1 for equal keys and symmetric', () => {
    expect(trigramSimilarity('kovalenko olena', 'kovalenko olena')).toBe(1);
    fc.assert(
      fc.property(plainLatinName, plainLatinName, (a, b) => {
        expect(trigramSimilarity(a, b)).toBe(trigramSimilarity(b, a));
      }),
    );
  });

  it('keeps one-typo keys above the 0.3 threshold suggested for the index', () => {
    const pairs: [string, string][] = [
      ['Olena Kovalenko', 'Olena Kovalneko'],
      ['Olena Kovalenko', 'Olna Kovalenko'],
      ['Olena Kovalenko', 'Kovalenko'],
      ['Olena Kovalenko', 'Olena'],
    ];
    for (const [a, b] of pairs) expect(trigramSimilarity(nameKeys(a).skelKey, nameKeys(b).skelKey)).toBeGreaterThanOrEqual(0.3);
  });
});

describe('speed', () => {
  it('computes keys for 10,000 generated names well under a second', () => {
    const names = fc.sample(anyName, { numRuns: 10_000, seed: 42 });
    const start = performance.now();
    let n = 0;
    for (const name of names) n += nameKeys(name).tokens.length;
    const ms = performance.now() - start;
    console.log(`nameKeys for ${names.length} names (${n} tokens): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
  });
});
