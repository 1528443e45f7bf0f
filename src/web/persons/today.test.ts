import { describe, expect, it } from 'vitest';
import { localToday, nameFromQuery } from './today.js';

describe('today and names from a query', () => {
  it('gives the local calendar date', () => {
    expect(localToday(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
  });
  it('splits a typed name into given and family names', () => {
    expect(nameFromQuery('  Olena   Kovalenko ')).toEqual({ given: 'Olena', family: 'Kovalenko' });
    expect(nameFromQuery('Maria del Carmen Ruiz')).toEqual({ given: 'Maria del Carmen', family: 'Ruiz' });
    expect(nameFromQuery('Arta')).toEqual({ given: 'Arta', family: '' });
    expect(nameFromQuery('')).toEqual({ given: '', family: '' });
  });
});
