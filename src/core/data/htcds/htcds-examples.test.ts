import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createPersonRequest } from '../../cases/person.js';
import { guardCell, readHtcdsCsv, unguardCell, writeHtcdsCsv } from './csv.js';
import { fromHaven } from './from-haven.js';
import { planImport, readHtcdsJson } from './import.js';
import type { HavenCase, HtcdsCase } from './record.js';
import { TODAY } from './test-arbitraries.js';
import { toHaven } from './to-haven.js';

/** The HTCDS exchange on worked examples: the values written and read, the CSV's formula guard, problems and the import plan. */

describe('HTCDS exchange of cases', () => {
  it('writes HTCDS values and alpha-2 countries, with Haven-only values as extensions', () => {
    const person = createPersonRequest.parse({
      names: [
        { given: 'Olena', family: 'Kovalenko' },
        { given: 'Lena', kind: 'nickname' },
      ],
      birthDate: '1999-04-01',
      gender: 'feminine',
      citizenships: ['UKR'],
      vulnerabilities: ['poverty', 'unaccompanied-child'],
    });
    const r = fromHaven(person, {
      status: 'closed',
      openedOn: '2026-01-10',
      closure: { reason: 'deceased', closedOn: '2026-02-01' },
      exploitationForms: ['forced-labour', 'forced-begging', 'organ-removal'],
      labourSectors: ['construction'],
      relationshipToTrafficker: 'unacquainted',
      events: [{ stage: 'exploitation', country: 'GRC', from: '2025-05-01', to: '2025-12-01' }],
    });
    expect(r).toMatchObject({
      cas_Status: 'Closed',
      prs_FirstName: 'Olena',
      prs_SecondName: 'Kovalenko',
      prs_Gender: 'Feminine',
      prs_Nationality: ['UA'],
      prs_Deceased: true,
      vic_Vulnerabilities: ['Poverty'],
      x_haven_Vulnerabilities: ['unaccompanied-child'],
      vic_TypeOfExploitation: ['ForcedLabour'],
      vic_TypeOfLabourExploitation: ['Begging'],
      x_haven_ExploitationForms: ['organ-removal'],
      vic_ForcedLabourIndustry: ['F_Construction'],
      RelationshipToTrafficker: 'Unaquainted',
      hte_Events: [{ hte_Type: 'Exploitation', hte_Country: 'GR', hte_Date: '2025-05-01', x_haven_EndDate: '2025-12-01' }],
      x_haven_OtherNames: [{ given: 'Lena', family: '', kind: 'nickname' }],
    });
  });

  it('reads values from other systems: letter case, HTCDS 1.x values, Haven ids, a single nationality', () => {
    const out = readHtcdsJson(
      new TextEncoder().encode(
        JSON.stringify([
          {
            cas_OpenedOn: '2025-03-01',
            prs_FirstName: 'Amina',
            prs_MiddleName: 'B.',
            prs_Gender: 'female',
            prs_Nationality: 'ng',
            vic_TypeOfLabourExploitation: ['Agriculture', 'Domestic Work'],
            RelationshipToTrafficker: 'Unacquainted',
            cas_Status: 'closed',
            TraffickingStatus: 'ActualVictimOfTrafficking',
            unknownField: 'ignored',
          },
        ]),
      ),
    );
    expect(out.problems).toEqual([]);
    const h = toHaven(out.records[0] as HtcdsCase, '2026-01-01');
    if (!h.ok) throw new Error(JSON.stringify(h.problems));
    expect(h.person).toMatchObject({ names: [{ given: 'Amina B.', family: '' }], gender: 'feminine', citizenships: ['NGA'] });
    expect(h.case).toMatchObject({
      status: 'closed',
      closure: { reason: 'other', closedOn: '2026-01-01' },
      exploitationForms: ['forced-labour', 'domestic-servitude'],
      labourSectors: ['agriculture-forestry-fishing'],
      relationshipToTrafficker: 'unacquainted',
      traffickingStatus: { status: 'actual' },
    });
  });

  it('CSV: guards cells a spreadsheet would take for a formula, and reads them back as they were', () => {
    const person = createPersonRequest.parse({ names: [{ given: '=HYPERLINK("http://example.org/x","click")', family: "'-Doe" }] });
    const r = fromHaven(person, {
      status: 'active',
      openedOn: '2026-01-10',
      closure: null,
      events: [{ stage: 'exploitation', country: 'GRC', place: '+30 Athens' }],
    });
    const csv = writeHtcdsCsv([r]);
    const row = Papa.parse<Record<string, string>>(csv, { header: true }).data[0] as Record<string, string>;
    expect(row.prs_FirstName).toBe('\'=HYPERLINK("http://example.org/x","click")');
    expect(row.prs_SecondName).toBe("''-Doe");
    expect(row.hte_City).toBe("'+30 Athens");
    expect(row.cas_OpenedOn).toBe('2026-01-10');
    const back = readHtcdsCsv(csv);
    expect(back.problems).toEqual([]);
    expect(back.records).toEqual([r]);
    // Only an apostrophe before a formula character is the guard's: others are the value's.
    expect(readHtcdsCsv("cas_OpenedOn,prs_FirstName\n2026-01-10,'Neill\n").records[0]?.prs_FirstName).toBe("'Neill");
    const cells: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['-5', "'-5"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ["'=x", "''=x"],
      ["'x", "'x"],
      ['a=b', 'a=b'],
      ['', ''],
    ];
    for (const [value, cell] of cells) {
      expect(guardCell(value)).toBe(cell);
      expect(unguardCell(cell)).toBe(value);
    }
  });

  it('reports every problem with its row and field, and plans nothing', () => {
    const csv = [
      'cas_OpenedOn,prs_FirstName,prs_Gender,hte_Type,hte_Country',
      '2025-01-01,Ana,Feminine,Exploitation,GR',
      '2025-13-01,Ben,Robot,Exploitation,QQ',
      '2025-01-01,,,,',
    ].join('\n');
    const out = readHtcdsCsv(csv);
    expect(out.records).toEqual([]);
    expect(out.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: 'cas_OpenedOn' }),
        expect.objectContaining({ row: 2, field: 'prs_Gender' }),
        expect.objectContaining({ row: 2, field: 'hte_Country (event 1)' }),
      ]),
    );
    const names = readHtcdsCsv('cas_OpenedOn,prs_FirstName\n2025-01-01,\n');
    const plan = planImport(names.records, TODAY);
    expect(plan).toMatchObject({ ok: false, problems: [{ row: 1, field: 'prs_FirstName' }] });
    expect(readHtcdsCsv('prs_FirstName\nAna\n').problems).toEqual([expect.objectContaining({ field: 'cas_OpenedOn' })]);
    expect(readHtcdsCsv('cas_OpenedOn,prs_FirstName,prs_FirstName\n2025-01-01,Ana,Anna\n').problems).toEqual([
      expect.objectContaining({ field: 'prs_FirstName', message: 'the column is named twice in the first line' }),
    ]);
    expect(readHtcdsCsv('cas_OpenedOn,prs_FirstName\n2025-01-01,Ana,extra\n').problems).toEqual([expect.objectContaining({ row: 1, field: '(row)' })]);
  });

  it('plans one person for the cases that share x_haven_PersonId', () => {
    const person = createPersonRequest.parse({ names: [{ given: 'Ana' }] });
    const k: HavenCase = { status: 'active', openedOn: '2025-01-01', closure: null };
    const a = fromHaven(person, k, { personId: 'p1' });
    const b = fromHaven(person, { ...k, openedOn: '2025-06-01' }, { personId: 'p1' });
    const c = fromHaven(createPersonRequest.parse({ names: [{ given: 'Bo' }] }), k, { personId: 'p2' });
    const plan = planImport([a, b, c], TODAY);
    expect(plan.ok && plan.persons.map((p) => p.cases.length)).toEqual([2, 1]);
    const clash = planImport([a, { ...b, prs_FirstName: 'Anna' }], TODAY);
    expect(clash).toMatchObject({ ok: false, problems: [{ row: 2, field: 'x_haven_PersonId' }] });
  });
});
