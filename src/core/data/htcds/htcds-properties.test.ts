import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { factsFromHtcdsRows, HTCDS_INPUT_COLUMNS } from '../anonymise/htcds-input.js';
import { guardCell, HTCDS_CSV_COLUMNS, joinList, readHtcdsCsv, splitList, unguardCell, writeHtcdsCsv } from './csv.js';
import { fromHaven } from './from-haven.js';
import { htcdsDocument, readHtcdsFile } from './import.js';
import { COUNTRIES, KNOWN_COUNTRIES, canon, pairArb, records } from './test-arbitraries.js';
import { toHaven } from './to-haven.js';

/** The HTCDS exchange's properties on arbitrary persons and cases: round trips through records, CSV and JSON. */

describe('HTCDS exchange of cases', () => {
  it('round-trips Haven persons and cases: toHaven(fromHaven(x)) equals x', () => {
    fc.assert(
      fc.property(pairArb(COUNTRIES), ([person, kase]) => {
        const back = toHaven(fromHaven(person, kase));
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        expect(canon(back.person)).toEqual(canon(person));
        expect(canon(back.case)).toEqual(canon(kase));
      }),
      { numRuns: 300 },
    );
  });

  it('lists ";"-separated cells with escapes', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (xs) => {
        expect(splitList(joinList(xs))).toEqual(xs.length === 1 && xs[0] === '' ? [] : xs);
      }),
    );
  });

  it('CSV: parse(write(records)) equals the records', () => {
    fc.assert(
      fc.property(records(COUNTRIES), (rs) => {
        const back = readHtcdsCsv(writeHtcdsCsv(rs));
        expect(back.problems).toEqual([]);
        expect(back.records).toEqual(rs);
      }),
      { numRuns: 200 },
    );
  });

  it('CSV: the formula guard is undone exactly', () => {
    const cell = fc.tuple(fc.stringMatching(/^'*[=+\-@\t\r]?$/), fc.string()).map(([a, b]) => a + b);
    fc.assert(
      fc.property(cell, (s) => {
        expect(unguardCell(guardCell(s))).toBe(s);
        expect(guardCell(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it('JSON: the file read back equals the records', () => {
    fc.assert(
      fc.property(records(COUNTRIES), (rs) => {
        const back = readHtcdsFile(new TextEncoder().encode(JSON.stringify(htcdsDocument(rs))), 'json');
        expect(back.problems).toEqual([]);
        expect(back.records).toEqual(rs);
      }),
      { numRuns: 100 },
    );
  });

  it('CSV export has the columns `haven anonymise --in` reads, and it reads them', () => {
    for (const c of HTCDS_INPUT_COLUMNS) expect(HTCDS_CSV_COLUMNS).toContain(c);
    const consistent = pairArb(KNOWN_COUNTRIES).map(([p, k]) => fromHaven(p, k));
    fc.assert(
      fc.property(fc.array(consistent, { minLength: 1, maxLength: 5 }), (rs) => {
        const parsed = Papa.parse<Record<string, string>>(writeHtcdsCsv(rs), { header: true, skipEmptyLines: 'greedy' });
        expect(parsed.errors).toEqual([]);
        // Codes, countries and dates: never guarded, so read as they are.
        for (const row of parsed.data) for (const c of HTCDS_INPUT_COLUMNS) expect(row[c] ?? '').not.toMatch(/^'/);
        const { facts, problems } = factsFromHtcdsRows(parsed.meta.fields ?? [], parsed.data);
        expect(problems).toEqual([]);
        expect(facts).toHaveLength(rs.length);
      }),
      { numRuns: 100 },
    );
  });
});
