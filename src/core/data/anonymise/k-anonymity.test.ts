import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  GENDER,
  LABOUR_SECTOR,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
} from '../../cases/codes.js';
import { ALPHA2_OF } from '../../referrals/countries.js';
import { checkK } from './check-k.js';
import { AGE_BANDS, ageBand, type CaseFacts, CTDC_COLUMNS, factsFromCase, otherValues, QUASI_IDENTIFIERS } from './ctdc.js';
import { anonymisedRows, ctdcCsv } from './ctdc-csv.js';
import { FactsError, MAX_LEVEL, SUPPRESSED } from './hierarchies.js';
import { anonymise } from './k-anonymity.js';
import { areaOf, M49_AREAS, M49_COUNTRIES, regionOf } from './regions.js';

const few = ['GRC', 'UKR', 'NGA', 'ROU', 'VNM', 'ALB'];
const countryArb = fc.oneof(fc.constantFrom(...few), fc.constantFrom(...M49_COUNTRIES), fc.constant(undefined));
const subset = <T extends string>(ids: readonly T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 }), { nil: undefined });

const factsArb: fc.Arbitrary<CaseFacts> = fc.record({
  registrationYear: fc.integer({ min: 2015, max: 2025 }),
  gender: fc.option(fc.constantFrom(...GENDER.ids), { nil: undefined }),
  age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  citizenship: countryArb,
  countryOfExploitation: countryArb,
  monthsInTrafficking: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  exploitationForms: subset(EXPLOITATION_FORM.ids),
  labourSectors: subset(LABOUR_SECTOR.ids),
  sexualExploitationTypes: subset(SEXUAL_EXPLOITATION_TYPE.ids),
  controlMethods: subset(CONTROL_METHOD.ids),
  recruitmentMethods: subset(RECRUITMENT_METHOD.ids),
  relationshipToTrafficker: fc.option(fc.constantFrom(...RELATIONSHIP_TO_TRAFFICKER.ids), { nil: undefined }),
});

/** Whether a published value is the original value or one of its generalisations. */
function generalises(column: string, published: string, original: string): boolean {
  if (published === original || published === SUPPRESSED) return true;
  if (original === '') return false; // unknown stays unknown until suppressed
  switch (column) {
    case 'ageBroad': {
      const band = AGE_BANDS.indexOf(original as (typeof AGE_BANDS)[number]);
      return published === (band < 2 ? '0--17' : '18+');
    }
    case 'majorityStatus':
      return false;
    case 'citizenship':
    case 'CountryOfExploitation':
      return published === areaOf(original) || published === regionOf(original);
    case 'yearOfRegistration': {
      const m = /^(\d{4})--(\d{4})$/.exec(published);
      const y = Number(original);
      return m !== null && Number(m[1]) <= y && y <= Number(m[2]) && [2, 5].includes(Number(m[2]) - Number(m[1]) + 1);
    }
    default:
      return false;
  }
}

/** The row of a record with nothing generalised. */
function original(f: CaseFacts): Record<string, string> {
  const band = ageBand(f.age);
  return {
    ...otherValues(f),
    yearOfRegistration: String(f.registrationYear),
    gender: { feminine: 'Female', masculine: 'Male', unspecified: '' }[f.gender as string] ?? (f.gender ? 'Transgender/NonConforming' : ''),
    ageBroad: band === undefined ? '' : (AGE_BANDS[band] as string),
    majorityStatus: band === undefined ? '' : band < 2 ? 'Minor' : 'Adult',
    citizenship: f.citizenship ?? '',
    CountryOfExploitation: f.countryOfExploitation ?? '',
  };
}

describe('regions', () => {
  it('places every ISO 3166-1 alpha-3 country in exactly one M49 area', () => {
    const all = M49_AREAS.flatMap((a) => a.countries);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(ALPHA2_OF).sort());
    expect([areaOf('GRC'), regionOf('GRC'), areaOf('NGA'), regionOf('MEX'), areaOf('XKX')]).toEqual([
      'Southern Europe',
      'Europe',
      'Western Africa',
      'Americas',
      'Southern Europe',
    ]);
  });
});

describe('the CTDC layout', () => {
  it('has unique columns, the quasi-identifiers among them, and CTDC age bands', () => {
    expect(new Set(CTDC_COLUMNS).size).toBe(CTDC_COLUMNS.length);
    for (const q of QUASI_IDENTIFIERS) expect(CTDC_COLUMNS).toContain(q);
    expect(CTDC_COLUMNS).toContain('meansOfControlDebtBondage');
    expect(CTDC_COLUMNS).toContain('typeOfSexRemoteInteractiveServices');
    expect([0, 8, 9, 17, 18, 20, 21, 29, 30, 38, 39, 47, 48, 99].map((a) => AGE_BANDS[ageBand(a) as number])).toEqual([
      '0--8',
      '0--8',
      '9--17',
      '9--17',
      '18--20',
      '18--20',
      '21--23',
      '27--29',
      '30--38',
      '30--38',
      '39--47',
      '39--47',
      '48+',
      '48+',
    ]);
  });

  it('maps a stored case: age on the opening day, first citizenship, first place of exploitation, months in trafficking', () => {
    const f = factsFromCase({
      openedOn: '2024-03-10',
      birthDate: '2007-03-11',
      gender: 'feminine',
      citizenships: ['UKR', 'POL'],
      events: [
        { stage: 'recruitment', country: 'UKR', from: '2022-01-05' },
        { stage: 'exploitation', country: 'GRC', from: '2022-02-01', to: '2023-06-20' },
      ],
      exploitationForms: ['sexual-exploitation', 'forced-begging'],
      controlMethods: [],
      recruitmentMethods: ['intimate-partner'],
    });
    expect(f).toMatchObject({
      registrationYear: 2024,
      age: 16,
      citizenship: 'UKR',
      countryOfExploitation: 'GRC',
      monthsInTrafficking: 18,
      controlMethods: undefined,
    });
    const v = otherValues(f);
    expect(v).toMatchObject({
      isForcedLabour: '1',
      isSexualExploit: '1',
      isSexAndLabour: '1',
      typeOfLabourBegging: '1',
      typeOfLabourAgriculture: '0',
      typeOfLabourAquafarming: '',
      meansOfControlDebtBondage: '',
      meansOfControlNotSpecified: '1',
      recruiterRelationIntimatePartner: '1',
      recruiterRelationUnknown: '0',
      traffickMonths: '13--24 (1-2 yrs)',
      isAbduction: '0',
    });
  });
});

describe('anonymise', () => {
  it('every quasi-identifier combination of the output occurs at least k times; nothing is invented; kept + suppressed = input', () => {
    fc.assert(
      fc.property(
        fc.array(factsArb, { maxLength: 300 }),
        fc.integer({ min: 2, max: 15 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (facts, k, maxSuppression) => {
          const a = anonymise(facts, { k, maxSuppression });
          const rows = [...anonymisedRows(facts, a)];
          expect(checkK(rows, QUASI_IDENTIFIERS, k).ok).toBe(true);
          expect(rows.length).toBe(a.report.kept);
          expect(a.report.kept + a.report.suppressed).toBe(facts.length);
          expect(a.report.suppression.bySize.reduce((s, b) => s + b.records, 0)).toBe(a.report.suppressed);
          let r = 0;
          facts.forEach((f, i) => {
            if (!a.kept[i]) return;
            const row = rows[r++] as Record<string, string>;
            const o = original(f);
            for (const col of CTDC_COLUMNS) {
              const fine = QUASI_IDENTIFIERS.includes(col as never)
                ? generalises(col, row[col] ?? '', o[col] ?? '')
                : col === 'majorityStatus'
                  ? [o[col], SUPPRESSED].includes(row[col])
                  : row[col] === o[col];
              if (!fine) throw new Error(`${col}: published "${row[col]}" for "${o[col]}"`);
            }
          });
          if (a.report.boundMet) expect(a.report.suppressed).toBeLessThanOrEqual(Math.floor(maxSuppression * facts.length + 1e-9));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the CSV says the same as the rows, and checkK proves k on it read back', () => {
    fc.assert(
      fc.property(fc.array(factsArb, { minLength: 1, maxLength: 200 }), fc.integer({ min: 2, max: 8 }), (facts, k) => {
        const a = anonymise(facts, { k, maxSuppression: 0.2 });
        const text = [...ctdcCsv(facts, a, 7)].join('');
        const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.meta.fields).toEqual([...CTDC_COLUMNS]);
        expect(parsed.data).toEqual([...anonymisedRows(facts, a)]);
        expect(checkK(parsed.data, QUASI_IDENTIFIERS, k).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('generalises before it suppresses, and chooses the least loss within the bound', () => {
    // 12 Greek women aged 24-26, registered over 2020-2021, exploited in Greece: at k = 11 the
    // years must become a period; nothing else needs to change.
    const facts: CaseFacts[] = Array.from({ length: 12 }, (_, i) => ({
      registrationYear: 2020 + (i % 2),
      gender: 'feminine',
      age: 25,
      citizenship: 'GRC',
      countryOfExploitation: 'GRC',
    }));
    const a = anonymise(facts, { k: 11, maxSuppression: 0 });
    expect(a.report.levels).toEqual({ gender: 0, ageBroad: 0, citizenship: 0, CountryOfExploitation: 0, yearOfRegistration: 1 });
    expect(a.report).toMatchObject({ suppressed: 0, kept: 12, boundMet: true, classes: 1, smallestClass: 12, withoutGeneralisation: { suppressed: 12 } });
    expect([...anonymisedRows(facts, a)][0]).toMatchObject({ yearOfRegistration: '2020--2021', ageBroad: '24--26', citizenship: 'GRC' });
  });

  it('suppresses and says why when generalising cannot reach k (a gender alone smaller than k)', () => {
    const facts: CaseFacts[] = [
      ...Array.from({ length: 20 }, () => ({
        registrationYear: 2022,
        gender: 'masculine' as const,
        age: 30,
        citizenship: 'NGA',
        countryOfExploitation: 'ITA',
      })),
      ...Array.from({ length: 3 }, () => ({
        registrationYear: 2022,
        gender: 'non-conforming' as const,
        age: 30,
        citizenship: 'NGA',
        countryOfExploitation: 'ITA',
      })),
    ];
    const a = anonymise(facts, { k: 11, maxSuppression: 0 });
    expect(a.report.boundMet).toBe(false);
    expect(a.report.suppressed).toBe(3);
    expect(a.report.suppression).toEqual({ reason: 'class-smaller-than-k', classes: 1, records: 3, bySize: [{ size: 3, classes: 1, records: 3 }] });
    // The least suppression is reached without generalising anything.
    expect(a.report.levels).toEqual({ gender: 0, ageBroad: 0, citizenship: 0, CountryOfExploitation: 0, yearOfRegistration: 0 });
  });

  it('refuses a bad k, share or level, and an unknown country code', () => {
    expect(() => anonymise([], { k: 1 })).toThrow(/k must be/);
    expect(() => anonymise([], { maxSuppression: 2 })).toThrow(/share/);
    expect(() => anonymise([], { levels: { ...MAX_LEVEL, ageBroad: 3 } })).toThrow(/level of ageBroad/);
    expect(() => anonymise([{ registrationYear: 2020, citizenship: 'XXX' }])).toThrow(FactsError);
    expect(anonymise([]).report).toMatchObject({ records: 0, kept: 0, suppressed: 0 });
  });
});

describe('checkK', () => {
  it('finds the classes smaller than k and names their values', () => {
    const rows = [
      { gender: 'Female', ageBroad: '18+' },
      { gender: 'Female', ageBroad: '18+' },
      { gender: 'Male', ageBroad: '18+' },
    ];
    expect(checkK(rows, ['gender', 'ageBroad'], 2)).toMatchObject({
      ok: false,
      rows: 3,
      classes: 2,
      smallestClass: 1,
      violatingClasses: 1,
      violations: [{ values: { gender: 'Male', ageBroad: '18+' }, count: 1 }],
    });
    expect(checkK(rows, ['ageBroad'], 3).ok).toBe(true);
    expect(() => checkK(rows, ['citizenship'], 2)).toThrow(/no column citizenship/);
  });
});
