import { describe, expect, it } from 'vitest';
import { matchLanguages } from './language.js';

const OPTIONS = [
  { value: 'de', label: 'German' },
  { value: 'el', label: 'Greek' },
  { value: 'uk', label: 'Ukrainian' },
  { value: 'ro', label: 'Romanian' },
  { value: 'rom', label: 'Romani' },
  { value: 'tr', label: 'Türkçe' },
];

describe('the language search', () => {
  it('finds a language by a part of its name, any case or accent', () => {
    expect(matchLanguages(OPTIONS, 'UKR').map((o) => o.value)).toEqual(['uk']);
    expect(matchLanguages(OPTIONS, 'turkce').map((o) => o.value)).toEqual(['tr']);
  });

  it('puts the language whose code was typed first', () => {
    expect(matchLanguages(OPTIONS, 'rom').map((o) => o.value)).toEqual(['rom', 'ro']);
    expect(matchLanguages(OPTIONS, 'el').map((o) => o.value)).toEqual(['el']);
  });

  it('lists everything, up to the limit, when nothing is typed', () => {
    expect(matchLanguages(OPTIONS, '  ', 2)).toHaveLength(2);
  });
});
