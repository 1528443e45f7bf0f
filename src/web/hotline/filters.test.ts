import { describe, expect, it } from 'vitest';
import { contactQuery } from '../../core/hotline/contact.js';
import { filtersFromParams, hasFilters, NO_FILTERS, queryOf, withFilters } from './filters.js';

describe('the contact log filters', () => {
  it('are read from the address, ignoring what is not valid', () => {
    const f = filtersFromParams(
      new URLSearchParams('q=+cyprus+job+&channel=chat&caller=pigeon&reason=seeking-help&danger=immediate&followUp=late&from=2025-02-30&to=2025-03-01'),
    );
    expect(f).toEqual({ ...NO_FILTERS, q: 'cyprus job', channel: 'chat', reason: 'seeking-help', danger: 'immediate', to: '2025-03-01' });
    expect(filtersFromParams(new URLSearchParams('reason=Not%20An%20Id')).reason).toBe('');
  });

  it('become a query the server accepts, without the empty ones', () => {
    const f = filtersFromParams(new URLSearchParams('q=cyprus&followUp=overdue&from=2025-01-01'));
    const query = queryOf(f);
    expect(query).toEqual({ q: 'cyprus', followUp: 'overdue', from: '2025-01-01' });
    expect(contactQuery.safeParse(query).success).toBe(true);
  });

  it('change in the address, a cleared one removed, others kept', () => {
    const next = withFilters(new URLSearchParams('q=cyprus&channel=chat&danger=none'), { channel: '', danger: 'at-risk', caller: 'public' });
    expect(next.toString()).toBe('q=cyprus&danger=at-risk&caller=public');
  });

  it('tell whether any filter besides the words is set', () => {
    expect(hasFilters({ ...NO_FILTERS, q: 'words' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, to: '2025-01-01' })).toBe(true);
  });
});
