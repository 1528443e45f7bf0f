import { describe, expect, it } from 'vitest';
import { addDays, todayUtc } from '../../cases/dates.js';
import { textProblem } from './codes.js';
import { MAX_IMPORT_CASES, readHtcdsCsv } from './csv.js';
import { planImport, planImportSteps, readHtcdsFile, readHtcdsFileSteps, readHtcdsJson } from './import.js';
import type { HtcdsCase } from './record.js';
import { RECORDS_PER_STEP, runStepsPausing } from './steps.js';

/** The import's checks the review asked for: text no field may hold, dates against each other, the size limit, and the pauses of a long check. */

const TODAY = todayUtc();
const FUTURE = addDays(TODAY, 3);
const base = { cas_OpenedOn: '2024-01-10', prs_FirstName: 'Ana', prs_SecondName: 'Test' };

const json = (records: unknown) => readHtcdsJson(new TextEncoder().encode(JSON.stringify(records)));
/** The problems of one record, read and planned as the import does. */
function problemsOf(record: Record<string, unknown>) {
  const read = json([record]);
  if (read.problems.length) return read.problems;
  const plan = planImport(read.records, TODAY);
  return plan.ok ? [] : plan.problems;
}

describe('text no field may hold', () => {
  it('finds U+0000 and lone surrogates; a surrogate pair (an emoji) is text', () => {
    expect(textProblem('A\u0000B')).toMatch(/U\+0000/);
    expect(textProblem('A\ud800B')).toMatch(/surrogate/);
    expect(textProblem('A\udc00')).toMatch(/surrogate/);
    expect(textProblem('\ud800')).toMatch(/surrogate/);
    expect(textProblem('Ana 😀 Ж')).toBeUndefined();
  });

  it('refuses them in any text of a JSON record, naming the field, with the record’s other problems', () => {
    expect(problemsOf({ ...base, prs_FirstName: 'A\u0000B' })).toEqual([
      expect.objectContaining({ row: 1, field: 'prs_FirstName', message: expect.stringMatching(/U\+0000/) }),
    ]);
    expect(problemsOf({ ...base, prs_FirstName: 'A\ud800B' })).toEqual([
      expect.objectContaining({ row: 1, field: 'prs_FirstName', message: expect.stringMatching(/surrogate/) }),
    ]);
    const nested = problemsOf({
      ...base,
      prs_Gender: 'Robot',
      x_haven_OtherNames: [{ given: 'N\u0000', family: 'X', kind: 'alias' }],
      hte_Events: [{ hte_Type: 'Exploitation', hte_Country: 'GR', hte_City: 'Ath\udfffens' }],
      cas_ReasonForCaseClosure: 'note\u0000',
    });
    expect(nested.map((p) => p.field).sort()).toEqual(['cas_ReasonForCaseClosure', 'hte_Events.0.hte_City', 'prs_Gender', 'x_haven_OtherNames.0.given']);
    expect(problemsOf({ ...base, prs_FirstName: 'Ана 😀' })).toEqual([]);
  });

  it('refuses them in a CSV file (U+0000 in a cell, either in a JSON cell), naming the column', () => {
    const csv = ['cas_OpenedOn,prs_FirstName,x_haven_OtherNames', '2024-01-10,A\u0000B,', `2024-01-10,Ana,"[{""given"":""N\\ud800"",""family"":""X""}]"`].join(
      '\r\n',
    );
    const out = readHtcdsCsv(csv);
    expect(out.records).toEqual([]);
    expect(out.problems).toEqual([
      expect.objectContaining({ row: 1, field: 'prs_FirstName', message: expect.stringMatching(/U\+0000/) }),
      expect.objectContaining({ row: 2, field: 'x_haven_OtherNames', message: expect.stringMatching(/surrogate/) }),
    ]);
  });
});

describe('dates', () => {
  it("are checked as Haven checks them, no more: a file of Haven's own data always comes back in", () => {
    // Haven's case API takes a closure dated before the opening (a case entered after the fact) and
    // events or a reflection period it plans ahead; an import must take what an export holds.
    const ok = {
      ...base,
      prs_Birthdate: '2000-01-01',
      cas_OpenedOn: '2020-01-01',
      cas_Status: 'Closed',
      x_haven_ClosedOn: '2019-06-01',
      hte_Events: [{ hte_Type: 'Exploitation', hte_Country: 'GR', hte_Date: '2019-01-01', x_haven_EndDate: TODAY }],
      x_haven_ReflectionStartsOn: TODAY,
      x_haven_ReflectionEndsOn: addDays(TODAY, 90),
    };
    expect(problemsOf(ok)).toEqual([]);
    expect(problemsOf({ ...base, cas_OpenedOn: FUTURE })).toEqual([expect.objectContaining({ field: 'cas_OpenedOn' })]);
  });
});

describe('size and pauses', () => {
  it(`refuses more than ${MAX_IMPORT_CASES} cases as too large, asking to split the file`, () => {
    const out = json(Array.from({ length: MAX_IMPORT_CASES + 1 }, () => base));
    expect(out).toMatchObject({ records: [], tooLarge: true, problems: [{ field: '(file)', message: expect.stringContaining('split the file') }] });
    expect(out.problems[0]?.message).toContain('10,000');
    const csv = readHtcdsCsv(['cas_OpenedOn,prs_FirstName', ...Array.from({ length: MAX_IMPORT_CASES + 1 }, () => '2024-01-10,Ana')].join('\n'));
    expect(csv).toMatchObject({ tooLarge: true, problems: [{ message: expect.stringContaining('split the file') }] });
    expect(json(Array.from({ length: MAX_IMPORT_CASES }, () => base)).records).toHaveLength(MAX_IMPORT_CASES);
  });

  it('pauses every few hundred records while reading and planning, with the same outcome as at once', async () => {
    const n = 4 * RECORDS_PER_STEP + 10;
    const records = Array.from({ length: n }, (_, i) => ({ ...base, prs_FirstName: `Ana${i}` }));
    for (const format of ['json', 'csv'] as const) {
      const bytes = new TextEncoder().encode(
        format === 'json' ? JSON.stringify(records) : ['cas_OpenedOn,prs_FirstName', ...records.map((r) => `${r.cas_OpenedOn},${r.prs_FirstName}`)].join('\n'),
      );
      let pauses = 0;
      const pause = async () => {
        pauses++;
      };
      const read = await runStepsPausing(readHtcdsFileSteps(bytes, format), pause);
      expect(pauses).toBeGreaterThanOrEqual(4);
      expect(read).toEqual(readHtcdsFile(bytes, format));
      pauses = 0;
      const plan = await runStepsPausing(planImportSteps(read.records as HtcdsCase[], TODAY), pause);
      expect(pauses).toBe(4);
      expect(plan).toEqual(planImport(read.records, TODAY));
      expect(plan.ok && plan.cases).toBe(n);
    }
  });
});
