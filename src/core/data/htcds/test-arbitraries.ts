import fc from 'fast-check';
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
import { fromHaven } from './from-haven.js';
import type { HavenCase, HavenPerson } from './record.js';

/** For the HTCDS tests of this folder: arbitrary Haven persons and cases, from the code lists of the schemas, and their HTCDS records. */

export const TODAY = todayUtc();
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
export const COUNTRIES = ['GRC', 'UKR', 'ALB', 'MKD', 'XKX', 'DEU', 'NGA', 'ZZZ'];
export const KNOWN_COUNTRIES = COUNTRIES.filter((c) => c !== 'ZZZ');
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
export const pairArb = (countries: readonly string[]) => fc.tuple(personArb(countries), caseArb(countries)).map(agreeing);

/** A person and case as compared: lists as sets, absent and empty alike. */
export function canon(v: unknown): unknown {
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

export const records = (countries: readonly string[]) =>
  fc.array(
    fc.tuple(pairArb(countries), fc.integer({ min: 1, max: 99_999 })).map(([[p, k], n]) => fromHaven(p, k, { caseNumber: n, personId: `p${n}` })),
    { maxLength: 5 },
  );
