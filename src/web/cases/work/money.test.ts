import { describe, expect, it } from 'vitest';
import { formatMoney, isMoney } from './money.js';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('money', () => {
  it('formats in the locale with its currency', () => {
    expect(plain(formatMoney('en', { amount: '1500.5', currency: 'EUR' }))).toBe('€1,500.50');
    expect(plain(formatMoney('el', { amount: '1500', currency: 'EUR' }))).toBe('1.500,00 €');
  });

  it('keeps every digit of large amounts (no binary floating point)', () => {
    expect(plain(formatMoney('en', { amount: '123456789012.99', currency: 'EUR' }))).toBe('€123,456,789,012.99');
  });

  it('shows what it cannot format as it came', () => {
    expect(formatMoney('en', { amount: '10', currency: 'E' })).toBe('10 E');
  });

  it('recognises a sum of money', () => {
    expect(isMoney({ amount: '1', currency: 'EUR' })).toBe(true);
    expect(isMoney({ amount: 1, currency: 'EUR' })).toBe(false);
    expect(isMoney(null)).toBe(false);
  });
});
