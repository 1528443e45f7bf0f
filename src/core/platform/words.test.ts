import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchWords } from './words.js';

describe('search words', () => {
  it('folds case and accents in every script, drops short words and repeats', () => {
    expect(searchWords('Ο Γιώργος είπε: ΓΙΩΡΓΟΣ! Job in Athína, job.')).toEqual(['γιωργοσ', 'ειπε', 'job', 'athina']);
    expect(searchWords('Олена шукає роботу, роботу')).toEqual(['олена', 'шукає'.normalize('NFKD').replace(/\p{M}/gu, ''), 'роботу']);
  });

  it('finds a word of a text however the query writes it', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Zа-яА-Яα-ωΑ-Ω]{3,12}$/), { minLength: 1, maxLength: 20 }), fc.nat(), (words, pick) => {
        const text = words.join(' ');
        const word = words[pick % words.length]!;
        const query = searchWords(word.toUpperCase());
        expect(query.every((w) => searchWords(text).includes(w))).toBe(true);
      }),
    );
  });
});
