import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES } from '../../core/referrals/directory.js';
import { type DirectoryFilters, filtersFromParams, hasFilters, NO_FILTERS, PER_PAGE, pageCount, queryOf, withFilters } from './filters.js';

const params = (search: string) => new URLSearchParams(search);

describe('directory filters in the address', () => {
  it('reads every filter from the address', () => {
    expect(
      filtersFromParams(
        params('q=+night+shelter+&type=shelter&language=uk&country=GRC&city=Athens&age=17&gender=female&openNow=true&mine=true&status=active&page=3'),
      ),
    ).toEqual({
      q: 'night shelter',
      type: 'shelter',
      language: 'uk',
      country: 'GRC',
      city: 'Athens',
      age: '17',
      gender: 'female',
      openNow: true,
      mine: true,
      status: 'active',
      page: 3,
    });
    expect(filtersFromParams(params(''))).toEqual(NO_FILTERS);
  });

  it('drops values the server would refuse rather than sending them', () => {
    expect(filtersFromParams(params('type=spa&language=english&country=GR&age=121&gender=any&openNow=yes&status=closed&page=0'))).toEqual(NO_FILTERS);
    expect(filtersFromParams(params('age=-1&page=1.5')).age).toBe('');
    expect(filtersFromParams(params('page=abc')).page).toBe(1);
    // A code typed in another case is still the same code.
    expect(filtersFromParams(params('country=grc&language=UK'))).toMatchObject({ country: 'GRC', language: 'uk' });
    expect(filtersFromParams(params(`q=${'x'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('removes a filter set to nothing and goes back to the first page on any other change', () => {
    const start = params('type=shelter&city=Athens&page=4');
    expect(withFilters(start, { city: '' }).toString()).toBe('type=shelter');
    expect(withFilters(start, { openNow: true }).toString()).toBe('type=shelter&city=Athens&openNow=true');
    expect(withFilters(start, { page: 5 }).toString()).toBe('type=shelter&city=Athens&page=5');
    expect(withFilters(start, { page: 1 }).toString()).toBe('type=shelter&city=Athens');
    expect(withFilters(params('mine=true'), { mine: false }).toString()).toBe('');
    // The original is left alone.
    expect(start.toString()).toBe('type=shelter&city=Athens&page=4');
  });

  it('knows when something narrows the list', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, q: 'words', mine: true, page: 2 })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, openNow: true })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, age: '0' })).toBe(true);
  });

  it('sends only what is set, with the page size', () => {
    expect(queryOf(NO_FILTERS)).toEqual({ page: '1', perPage: String(PER_PAGE) });
    expect(queryOf({ ...NO_FILTERS, type: 'legal-aid', openNow: true, age: '0', page: 2 }, 10)).toEqual({
      type: 'legal-aid',
      openNow: 'true',
      age: '0',
      page: '2',
      perPage: '10',
    });
  });

  it('counts pages', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });

  it('gives back the filters it wrote (address round trip)', () => {
    const filters = fc.record<DirectoryFilters>({
      q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      type: fc.constantFrom('', ...SERVICE_TYPES),
      language: fc.constantFrom('', 'uk', 'el', 'rom'),
      country: fc.constantFrom('', 'GRC', 'UKR', 'KAZ'),
      city: fc.string({ maxLength: 20 }).map((s) => s.trim()),
      age: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }).map((n) => (n === undefined ? '' : String(n))),
      gender: fc.constantFrom('', ...ELIGIBLE_GENDERS),
      openNow: fc.boolean(),
      mine: fc.boolean(),
      status: fc.constantFrom('', ...SERVICE_STATUSES),
      page: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(filters, (f) => {
        expect(filtersFromParams(withFilters(new URLSearchParams(), f))).toEqual(f);
      }),
    );
  });
});
