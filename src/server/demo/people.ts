import { addDays, type CalendarDate, toDayNumber } from '../../core/cases/dates.js';
import type { CreatePersonRequest, PersonNameEntry } from '../../core/cases/person.js';
import { transliterate } from '../../core/persons/transliterate.js';
import { NAMES, type Nationality } from './names.js';
import type { DemoOrganisation } from './network.js';
import type { Rng } from './rng.js';

/** One demo person as the API would receive them, with what the case generator needs to know. */
export interface PlannedPerson {
  readonly nationality: Nationality;
  readonly female: boolean;
  readonly child: boolean;
  /** Age in whole years on the day the first case was opened. */
  readonly age: number;
  readonly request: CreatePersonRequest;
}

const capitalise = (s: string) =>
  s
    .split(/(\s+|-)/u)
    .map((w) => (w ? (w[0] ?? '').toUpperCase() + w.slice(1) : w))
    .join('');

/** A name as a police report or a passport writes it in Latin letters: Коваленко → Kovalenko. */
export function latinForm(text: string): string {
  return capitalise(transliterate(text));
}

const ASCII_FOLD = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

const PHONE_PREFIX: Partial<Record<Nationality, string>> = {
  UKR: '+380 67',
  RUS: '+7 915',
  GRC: '+30 694',
  SRB: '+381 64',
  MKD: '+389 70',
  KAZ: '+7 701',
  UZB: '+998 90',
  ALB: '+355 69',
  BIH: '+387 61',
  LTU: '+370 612',
  NGA: '+234 803',
  ROU: '+40 721',
  VNM: '+84 912',
};
const LOCAL_PHONE: Record<string, string> = { GRC: '+30 697', BEL: '+32 470', LTU: '+370 622', KAZ: '+7 702', SRB: '+381 63', ALB: '+355 68' };

const VULNERABILITIES = ['poverty', 'migration', 'homelessness', 'education', 'mental-health', 'addiction', 'abuse-physical', 'work-environment'] as const;

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(10));
  return s;
}

/** Person `index` of the organisation; `openedOn` is the day their (first) case was opened. */
export function planPerson(rng: Rng, org: DemoOrganisation, index: number, openedOn: CalendarDate, today: CalendarDate): PlannedPerson {
  const nationality = rng.weighted(org.mix);
  const list = NAMES[nationality];
  // One in five is a child today (13–17), whatever the stage of their case.
  const child = index % 5 === 1;
  const female = child ? rng.chance(0.6) : rng.chance(nationality === 'UZB' ? 0.35 : 0.7);
  const given = rng.pick(female ? list.female : list.male);
  const [masculine, feminine] = rng.pick(list.family);
  const family = female ? (feminine ?? masculine) : masculine;
  const yearsAgo = Math.floor((toDayNumber(today) - toDayNumber(openedOn)) / 365) + 1;
  const age = child ? Math.max(8, rng.between(13, 17) - yearsAgo) : rng.between(18, 52);

  const names: PersonNameEntry[] = [{ given, family, kind: 'legal' }];
  const nonLatin = /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(`${given}${family}`);
  if (nonLatin && rng.chance(0.5)) names.push({ given: latinForm(given), family: latinForm(family), kind: 'alias' });
  else if (!nonLatin && ASCII_FOLD(`${given} ${family}`) !== `${given} ${family}` && rng.chance(0.5))
    names.push({ given: ASCII_FOLD(given), family: ASCII_FOLD(family), kind: 'alias' });
  const nick = list.nicknames?.[given];
  if (nick && rng.chance(0.6)) names.push({ given: nick, family: '', kind: 'nickname' });

  // Age: a birth date from the documents, or, without documents, the caseworker's estimate.
  const estimated = rng.chance(child ? 0.5 : 0.2);
  const birth = addDays(openedOn, -(age * 365 + rng.between(10, 340)));
  const request: CreatePersonRequest = {
    names,
    ...(estimated ? { estimatedAge: { years: age, estimatedOn: openedOn } } : { birthDate: birth }),
    gender: rng.chance(0.03) ? 'transgender-feminine' : female ? 'feminine' : 'masculine',
    citizenships: [nationality],
    languages: [...list.languages, ...(rng.chance(0.3) && !list.languages.includes('en') ? ['en'] : [])],
    vulnerabilities: child ? ['unaccompanied-child', ...rng.some(VULNERABILITIES, rng.between(0, 2))] : rng.some(VULNERABILITIES, rng.between(0, 3)),
    contact: {
      phones: [
        {
          number: `${rng.chance(0.6) ? (LOCAL_PHONE[org.country] ?? '+32 470') : (PHONE_PREFIX[nationality] ?? '+1 202')} ${digits(rng, 3)} ${digits(rng, 4)}`,
        },
      ],
      emails: [],
      addresses: rng.chance(0.5) ? [{ city: org.city, country: org.country, note: 'Shelter address: ask the caseworker' }] : [],
      messaging: rng.chance(0.6) ? [{ app: rng.pick(['whatsapp', 'telegram', 'viber', 'signal'] as const), handle: `+${digits(rng, 11)}` }] : [],
    },
    documents: estimated
      ? []
      : [
          {
            type: rng.chance(0.8) ? 'passport' : 'national-id',
            number: `${nationality.slice(0, 2)}${digits(rng, 7)}`,
            issuingCountry: nationality,
            expiresOn: addDays(openedOn, rng.between(200, 3000)),
            heldBySomeoneElse: rng.chance(0.3),
          },
        ],
    ...(child
      ? {
          guardian: {
            name: `${rng.pick(['Ana', 'Maria', 'Eleni', 'Jonas', 'Elena', 'Irina'])} ${rng.pick(['Petrou', 'Janssens', 'Kazlauskas', 'Omarova', 'Ilić', 'Leka'])}`,
            organisation: `Guardianship service, ${org.city}`,
            contact: `${LOCAL_PHONE[org.country] ?? '+32 470'} ${digits(rng, 3)} ${digits(rng, 4)}`,
            appointedOn: openedOn,
          },
        }
      : {}),
  };
  return { nationality, female, child, age, request };
}
