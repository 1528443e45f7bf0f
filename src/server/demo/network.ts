import type { OrgType, Role, UiLanguage } from '../../core/platform/roles.js';
import type { Nationality } from './names.js';

/**
 * The organisations and staff of the demo network (`haven demo`). Every organisation is fictitious;
 * e-mail addresses use the reserved `.example` domain, so that nothing can reach a real mailbox.
 */

export interface DemoUser {
  /** Key within the organisation, used by the generator to assign work. */
  readonly key: 'admin' | 'supervisor' | 'cw1' | 'cw2' | 'cw3' | 'other';
  readonly name: string;
  readonly email: string;
  readonly roles: readonly Role[];
  readonly language: UiLanguage;
}

export interface DemoOrganisation {
  readonly key: string;
  readonly name: string;
  readonly country: string;
  readonly type: OrgType;
  readonly city: string;
  /** Reflection period the organisation's country grants, in days. */
  readonly reflectionDays: number;
  /** Who the organisation works with, and how often. */
  readonly mix: readonly (readonly [Nationality, number])[];
  readonly users: readonly DemoUser[];
}

export const DEMO_NETWORK_NAME = 'Haven demo network';
export const DEMO_LANGUAGES: readonly UiLanguage[] = ['en', 'el', 'ru', 'lt', 'uk', 'sq', 'sr', 'bs', 'mk', 'kk'];

function staff(domain: string, language: UiLanguage, people: readonly [DemoUser['key'], string, string, readonly Role[]][]): DemoUser[] {
  return people.map(([key, name, local, roles]) => ({ key, name, email: `${local}@${domain}`, roles, language }));
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'stegi',
    name: 'Stegi Elpidas shelter (demo)',
    country: 'GRC',
    type: 'ngo',
    city: 'Thessaloniki',
    reflectionDays: 90,
    mix: [
      ['UKR', 3],
      ['ALB', 3],
      ['NGA', 2],
      ['GRC', 2],
      ['RUS', 1],
      ['ROU', 1],
      ['MKD', 1],
    ],
    users: staff('stegi-elpidas.example', 'el', [
      ['admin', 'Ελένη Γεωργίου', 'eleni.georgiou', ['network-admin', 'org-admin']],
      ['supervisor', 'Νίκος Παπαδάκης', 'nikos.papadakis', ['supervisor']],
      ['cw1', 'Μαρία Οικονόμου', 'maria.oikonomou', ['caseworker']],
      ['cw2', 'Σοφία Αντωνίου', 'sofia.antoniou', ['caseworker']],
      ['cw3', 'Oksana Melnyk', 'oksana.melnyk', ['caseworker']],
      ['other', 'Δημήτρης Βασιλείου', 'dimitris.vasileiou', ['outreach-worker']],
    ]),
  },
  {
    key: 'horizon',
    name: 'Centre Horizon Brussels (demo)',
    country: 'BEL',
    type: 'ngo',
    city: 'Brussels',
    reflectionDays: 45,
    mix: [
      ['ALB', 2],
      ['NGA', 3],
      ['ROU', 2],
      ['VNM', 2],
      ['UKR', 2],
      ['BIH', 1],
    ],
    users: staff('centre-horizon.example', 'en', [
      ['admin', 'Sophie Dubois', 'sophie.dubois', ['org-admin']],
      ['supervisor', 'Pieter Janssens', 'pieter.janssens', ['supervisor']],
      ['cw1', 'Amina El Idrissi', 'amina.elidrissi', ['caseworker']],
      ['cw2', 'Lotte Peeters', 'lotte.peeters', ['caseworker']],
      ['cw3', 'Julien Lambert', 'julien.lambert', ['caseworker']],
      ['other', 'Marc Willems', 'marc.willems', ['analyst']],
    ]),
  },
  {
    key: 'svyturys',
    name: 'Švyturys Vilnius (demo)',
    country: 'LTU',
    type: 'ngo',
    city: 'Vilnius',
    reflectionDays: 30,
    mix: [
      ['LTU', 5],
      ['UKR', 2],
      ['RUS', 2],
      ['UZB', 1],
    ],
    users: staff('svyturys.example', 'lt', [
      ['admin', 'Rasa Kazlauskienė', 'rasa.kazlauskiene', ['org-admin']],
      ['supervisor', 'Andrius Petrauskas', 'andrius.petrauskas', ['supervisor']],
      ['cw1', 'Ieva Jankauskaitė', 'ieva.jankauskaite', ['caseworker']],
      ['cw2', 'Tomas Butkus', 'tomas.butkus', ['caseworker']],
      ['cw3', 'Olha Hnatiuk', 'olha.hnatiuk', ['caseworker']],
      ['other', 'Vaida Žukauskienė', 'vaida.zukauskiene', ['trainer']],
    ]),
  },
  {
    key: 'senim',
    name: 'Senim hotline Almaty (demo)',
    country: 'KAZ',
    type: 'ngo',
    city: 'Almaty',
    reflectionDays: 30,
    mix: [
      ['KAZ', 5],
      ['UZB', 2],
      ['RUS', 2],
      ['UKR', 1],
    ],
    users: staff('senim-hotline.example', 'kk', [
      ['admin', 'Гүлмира Ахметова', 'gulmira.akhmetova', ['org-admin']],
      ['supervisor', 'Ерлан Оспанов', 'erlan.ospanov', ['supervisor']],
      ['cw1', 'Әсел Нұрланова', 'asel.nurlanova', ['caseworker']],
      ['cw2', 'Ирина Ким', 'irina.kim', ['caseworker']],
      ['cw3', 'Данияр Омаров', 'daniyar.omarov', ['caseworker']],
      ['other', 'Жанар Сүлейменова', 'zhanar.suleimenova', ['hotline-operator']],
    ]),
  },
  {
    key: 'luka',
    name: 'Sigurna Luka Belgrade (demo)',
    country: 'SRB',
    type: 'ngo',
    city: 'Belgrade',
    reflectionDays: 30,
    mix: [
      ['SRB', 5],
      ['MKD', 2],
      ['BIH', 2],
      ['ALB', 1],
      ['UKR', 1],
    ],
    users: staff('sigurna-luka.example', 'sr', [
      ['admin', 'Јелена Марковић', 'jelena.markovic', ['org-admin']],
      ['supervisor', 'Милош Илић', 'milos.ilic', ['supervisor']],
      ['cw1', 'Ана Стојановић', 'ana.stojanovic', ['caseworker']],
      ['cw2', 'Amra Hodžić', 'amra.hodzic', ['caseworker']],
      ['cw3', 'Марко Павловић', 'marko.pavlovic', ['caseworker']],
      ['other', 'Невена Ђорђевић', 'nevena.djordjevic', ['analyst']],
    ]),
  },
  {
    key: 'drejtesia',
    name: 'Drejtësia legal aid Tirana (demo)',
    country: 'ALB',
    type: 'legal-service',
    city: 'Tirana',
    reflectionDays: 90,
    mix: [
      ['ALB', 6],
      ['MKD', 1],
      ['GRC', 1],
      ['UKR', 1],
    ],
    users: staff('drejtesia.example', 'sq', [
      ['admin', 'Elira Krasniqi', 'elira.krasniqi', ['org-admin']],
      ['supervisor', 'Arben Hoxha', 'arben.hoxha', ['supervisor']],
      ['cw1', 'Jonida Leka', 'jonida.leka', ['caseworker']],
      ['cw2', 'Klodian Shehu', 'klodian.shehu', ['caseworker']],
      ['cw3', 'Besiana Gjoka', 'besiana.gjoka', ['caseworker']],
      ['other', 'Ermal Dervishi', 'ermal.dervishi', ['trainer']],
    ]),
  },
];

/** The shared password of every demo account (the output and the README say: never in production). */
export const DEMO_PASSWORD = 'try haven with demo data';
