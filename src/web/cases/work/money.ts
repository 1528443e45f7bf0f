/** A sum of money as the API gives it: a decimal string and an ISO 4217 code (src/core/cases/work.ts). */
export interface Money {
  readonly amount: string;
  readonly currency: string;
}

export function isMoney(value: unknown): value is Money {
  const m = value as Partial<Money> | null;
  return typeof m === 'object' && m !== null && typeof m.amount === 'string' && typeof m.currency === 'string';
}

/**
 * The sum in the locale's currency format. The decimal string goes to Intl as it is, never through a
 * binary float, so 0.10 + 0.20 stays exact and 123456789012.99 keeps its cents.
 */
export function formatMoney(locale: string, money: Money): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format as (value: string) => string;
    return format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
