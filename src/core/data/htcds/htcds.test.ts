import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CASE_STATUS,
  CLOSURE_REASON,
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  GENDER,
  IDENTITY_DOCUMENT_TYPE,
  LABOUR_SECTOR,
  MESSAGING_APP,
  NAME_KIND,
  NAME_SCRIPT,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
  TRAFFICKING_STAGE,
  VULNERABILITY,
} from '../../cases/codes.js';
import { addDays, compareDates, todayUtc } from '../../cases/dates.js';
import { createPersonRequest } from '../../cases/person.js';
import { factsFromHtcdsRows, HTCDS_INPUT_COLUMNS } from '../anonymise/htcds-input.js';
import { guardCell, HTCDS_CSV_COLUMNS, joinList, readHtcdsCsv, splitList, unguardCell, writeHtcdsCsv } from './csv.js';
import { htcdsDocument, planImport, readHtcdsFile, readHtcdsJson } from './import.js';
import { fromHaven } from './from-haven.js';
import type { HavenCase, HavenPerson, HtcdsCase } from './record.js';
import { toHaven } from './to-haven.js';

// ---- Arbitraries, from the code lists of the schemas ----

const TODAY = todayUtc();
/** A day from 1950 to today. */
const pastDay = fc.integer({ min: 0, max: 27_000 }).map((n) => {
  const d = addDays('1950-01-01', n);
  return compareDates(d, TODAY) > 0 ? TODAY : d;
});
const anyDay = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1950-01-01', n));
/** How a cell may start that a spreadsheet takes for a formula (the CSV guards it), or an apostrophe (the guard's). */
const formulaStart = fc.constantFrom('', '', '', '=', '+', '-', '@', '\t', '\r', "'", "'=", "'+", "''-", "'@x'", "'\t");
const word = fc.stringMatching(/^[A-Za-zÀ-ÿА-яΑ-ω]{1,10}$/);
/** A name: a word, sometimes starting like a formula or with an apostrophe. */
const name = fc.tuple(formulaStart, word).map(([start, w]) => `${start}${w}`.trim());
/** Free text with the characters the CSV must escape, sometimes starting like a formula or with an apostrophe. */
const freeText = fc
  .tuple(formulaStart, fc.array(fc.constantFrom('a', 'B', ' ', ';', ',', '"', '\\', '\n', '\t', 'ï', 'Ж', '=', "'"), { minLength: 1, maxLength: 12 }))
  .map(([start, cs]) => `${start}${cs.join('')}`.trim())
  .filter((s) => s !== '');
const subset = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const COUNTRIES = ['GRC', 'UKR', 'ALB', 'MKD', 'XKX', 'DEU', 'NGA', 'ZZZ'];
const KNOWN_COUNTRIES = COUNTRIES.filter((c) => c !== 'ZZZ');
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const nameEntry = fc
  .record({
    given: fc.oneof(name, fc.constant('')),
    family: fc.oneof(
      name,
      fc.tuple(name, word).map(([a, b]) => `${a} ${b}`),
    ),
    kind: fc.constantFrom(...NAME_KIND.ids),
    script: opt(fc.constantFrom(...NAME_SCRIPT.ids)),
  })
  .map(({ script, ...n }) => (script ? { ...n, script } : n));

const contact = fc.record({
  phones: fc.array(fc.record({ number: fc.constantFrom('+380 44 123 4567', '+30 210 1234567', '0691234567'), note: opt(freeText) }), { maxLength: 2 }),
  emails: fc.array(fc.constantFrom('a@example.org', 'maria.k@example.gr', 'x1@mail.example'), { maxLength: 2 }),
  addresses: fc.array(
    fc.record({
      street: opt(freeText),
      city: opt(word),
      region: opt(word),
      postalCode: opt(fc.constantFrom('546 21', '01001')),
      country: opt(fc.constantFrom(...COUNTRIES)),
      note: opt(freeText),
    }),
    { maxLength: 2 },
  ),
  messaging: fc.array(fc.record({ app: fc.constantFrom(...MESSAGING_APP.ids), handle: word }), { maxLength: 2 }),
});

const personArb = (countries: readonly string[]): fc.Arbitrary<HavenPerson> =>
  fc
    .record({
      names: fc.array(nameEntry, { minLength: 1, maxLength: 3 }),
      age: fc.oneof(
        fc.constant(undefined),
        pastDay.map((birthDate) => ({ birthDate })),
        fc.record({ years: fc.integer({ min: 0, max: 120 }), estimatedOn: pastDay }).map((estimatedAge) => ({ estimatedAge })),
      ),
      gender: opt(fc.constantFrom(...GENDER.ids)),
      citizenships: subset(countries),
      languages: subset(['uk', 'el', 'ru', 'sq', 'en']),
      contact: opt(contact),
      documents: fc.array(
        fc.record({
          type: fc.constantFrom(...IDENTITY_DOCUMENT_TYPE.ids),
          number: opt(fc.constantFrom('AB123456', 'ЕК 1234')),
          issuingCountry: opt(fc.constantFrom(...countries)),
          expiresOn: opt(anyDay),
          heldBySomeoneElse: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
      vulnerabilities: subset(VULNERABILITY.ids),
      guardian: opt(fc.record({ name: word, organisation: opt(freeText), contact: opt(freeText), appointedOn: pastDay })),
    })
    .map(({ age, ...p }) => createPersonRequest.parse(JSON.parse(JSON.stringify({ ...p, ...age }))));

const eventArb = fc
  .record({ stage: fc.constantFrom(...TRAFFICKING_STAGE.ids), country: fc.constantFrom(...COUNTRIES), place: opt(freeText), a: opt(anyDay), b: opt(anyDay) })
  .map(({ a, b, place, ...e }) => {
    const [from, to] = a && b && compareDates(a, b) > 0 ? [b, a] : [a, b];
    return { ...e, ...(place ? { place } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });

const caseArb = (countries: readonly string[]): fc.Arbitrary<HavenCase> =>
  fc
    .record({
      status: fc.constantFrom(...CASE_STATUS.ids),
      openedOn: pastDay,
      closure: fc.record({
        reason: fc.constantFrom(...CLOSURE_REASON.ids),
        closedOn: pastDay,
        referredToOrganisationId: opt(fc.uuid({ version: 4 })),
        note: opt(freeText),
      }),
      traffickingStatus: opt(
        fc.oneof(
          fc.constant({ status: 'possible' as const }),
          fc.record({ status: fc.constantFrom('actual' as const, 'not-a-victim' as const), decidedBy: freeText, decidedOn: pastDay }),
        ),
      ),
      exploitationForms: subset(EXPLOITATION_FORM.ids),
      labourSectors: subset(LABOUR_SECTOR.ids),
      sexualExploitationTypes: subset(SEXUAL_EXPLOITATION_TYPE.ids),
      controlMethods: subset(CONTROL_METHOD.ids),
      recruitmentMethods: subset(RECRUITMENT_METHOD.ids),
      relationshipToTrafficker: opt(fc.constantFrom(...RELATIONSHIP_TO_TRAFFICKER.ids)),
      events: fc.array(
        eventArb.filter((e) => countries.includes(e.country)),
        { maxLength: 3 },
      ),
      reflection: opt(fc.tuple(anyDay, fc.integer({ min: 0, max: 90 })).map(([startsOn, n]) => ({ startsOn, endsOn: addDays(startsOn, n) }))),
    })
    .map(({ closure, reflection, ...k }) => {
      const closed = k.status === 'closed' || k.status === 'closed-referred';
      const { referredToOrganisationId, note, ...c } = closure;
      return JSON.parse(
        JSON.stringify({
          ...k,
          closure: closed ? { ...c, ...(referredToOrganisationId ? { referredToOrganisationId } : {}), ...(note ? { note } : {}) } : null,
          ...(reflection ? { reflectionPeriod: reflection } : {}),
        }),
      ) as HavenCase;
    });

const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: string, b: string) => (compareDates(a, b) <= 0 ? a : b);

/**
 * The case's dates moved to agree with each other and the person's (what the import checks): closed
 * after it was opened, opened and every event after the birth, no event and no reflection period
 * starting after today.
 */
function agreeing([person, kase]: [HavenPerson, HavenCase]): [HavenPerson, HavenCase] {
  const born = person.birthDate ?? '1900-01-01';
  const openedOn = later(kase.openedOn, born);
  const clamp = (d: string) => earlier(later(d, born), TODAY);
  const events = kase.events?.map(({ from, to, ...e }) => ({
    ...e,
    ...(from === undefined ? {} : { from: clamp(from) }),
    ...(to === undefined ? {} : { to: clamp(to) }),
  }));
  const r = kase.reflectionPeriod;
  return [
    person,
    {
      ...kase,
      openedOn,
      closure: kase.closure ? { ...kase.closure, closedOn: later(kase.closure.closedOn, openedOn) } : kase.closure,
      ...(events ? { events } : {}),
      ...(r ? { reflectionPeriod: { startsOn: earlier(r.startsOn, TODAY), endsOn: r.endsOn } } : {}),
    } as HavenCase,
  ];
}
const pairArb = (countries: readonly string[]) => fc.tuple(personArb(countries), caseArb(countries)).map(agreeing);

/** A person and case as compared: lists as sets, absent and empty alike. */
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (x === undefined || x === null || (Array.isArray(x) && x.length === 0)) continue;
      if (k === 'contact' && Object.values(x as Record<string, unknown[]>).every((l) => l.length === 0)) continue;
      out[k] = canon(x);
    }
    return out;
  }
  return v;
}

const records = (countries: readonly string[]) =>
  fc.array(
    fc.tuple(pairArb(countries), fc.integer({ min: 1, max: 99_999 })).map(([[p, k], n]) => fromHaven(p, k, { caseNumber: n, personId: `p${n}` })),
    { maxLength: 5 },
  );

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
