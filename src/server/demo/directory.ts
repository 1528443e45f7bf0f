import type { z } from 'zod';
import type { organizationRequest, serviceRequest, Weekday } from '../../core/referrals/directory.js';

/**
 * The service directory of the demo network (issue 6): for every demo organisation its entry and
 * the services it offers, in its city, its time zone and the languages its staff speak; and a few
 * public services that are not on Haven (a hospital, a labour inspectorate, a consulate, a social
 * work centre), maintained by the demo organisation that works with them. Every organisation is
 * fictitious; addresses are left out where a real service would keep them confidential (shelters),
 * web and e-mail addresses use the reserved `.example` domain and phone numbers the 555 range.
 */

export type DemoService = Omit<z.input<typeof serviceRequest>, 'organizationId'> & {
  /** Key within the directory organisation, for the referrals that name the service. */
  readonly key: string;
};

export interface DemoDirectoryEntry {
  /** Key of the entry: a demo organisation's key (network.ts) for members, else a key of its own. */
  readonly key: string;
  /** The demo organisation that maintains the entry. */
  readonly maintainedBy: string;
  /** The demo organisation the entry stands for (referrals go there); null: not on Haven. */
  readonly member: string | null;
  readonly organization: Omit<z.input<typeof organizationRequest>, 'memberOrgId'>;
  readonly services: readonly DemoService[];
}

const WEEK: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const hours = (byday: readonly Weekday[], opensAt: string, closesAt: string, description?: string) => ({
  byday: [...byday],
  opensAt,
  closesAt,
  ...(description ? { description } : {}),
});
const at = (city: string, country: string, address1 = '', extra: { name?: string; postalCode?: string; region?: string } = {}) => ({
  ...(extra.name ? { name: extra.name } : {}),
  address: { address1, city, country, ...(extra.postalCode ? { postalCode: extra.postalCode } : {}), ...(extra.region ? { region: extra.region } : {}) },
});
const confidential = (city: string, country: string) => at(city, country, '', { name: 'Confidential address (given once a place is confirmed)' });
const NOT_ON_HAVEN = 'Not on Haven: contact the service directly; referrals through Haven are not possible.';

export const DEMO_DIRECTORY: readonly DemoDirectoryEntry[] = [
  {
    key: 'stegi',
    maintainedBy: 'stegi',
    member: 'stegi',
    organization: {
      name: 'Stegi Elpidas shelter (demo)',
      alternateName: 'Στέγη Ελπίδας',
      description:
        'A non-governmental organisation in Thessaloniki running a shelter and a psychosocial programme for women who survived trafficking. ' +
        'Fictitious organisation of the Haven demo network.',
      email: 'intake@stegi-elpidas.example',
      website: 'https://stegi-elpidas.example',
    },
    services: [
      {
        key: 'shelter',
        name: 'Shelter for women survivors of trafficking',
        alternateName: 'Ξενώνας φιλοξενίας γυναικών',
        description:
          'Safe, confidential accommodation for women, alone or with their children, during the reflection period and after it: a room, meals, ' +
          'a key worker, accompaniment to appointments and a plan for moving on. Staff are present day and night, and a new arrival can be ' +
          'taken in at any hour after a phone call.',
        types: ['shelter', 'emergency'],
        languages: ['el', 'en', 'uk', 'ru'],
        minimumAge: 18,
        genders: ['female'],
        eligibilityDescription: 'Women aged 18 or over who are presumed or identified victims of trafficking. Their children may stay with them.',
        applicationProcess: 'Call the intake line, or send a referral through Haven. The address is given once a place is confirmed.',
        locations: [confidential('Thessaloniki', 'GRC')],
        phones: [{ number: '+30 2310 555 101', description: 'Intake line, day and night' }],
        alwaysOpen: true,
        timeZone: 'Europe/Athens',
      },
      {
        key: 'psychological',
        name: 'Psychological support and counselling',
        description:
          'Individual sessions with a psychologist experienced in trauma, and a weekly women’s group. Sessions take place at the day centre ' +
          'or online; an interpreter joins when needed.',
        types: ['psychological'],
        languages: ['el', 'en', 'uk', 'ru'],
        minimumAge: 16,
        eligibilityDescription: 'Survivors of trafficking aged 16 or over, living in or near Thessaloniki or able to join online.',
        applicationProcess: 'A referral through Haven, or a call to the day centre. A first appointment is usually offered within a week.',
        locations: [at('Thessaloniki', 'GRC', 'Odos Elpidos 12', { name: 'Day centre', postalCode: '546 21', region: 'Central Macedonia' })],
        phones: [{ number: '+30 2310 555 102', description: 'Day centre' }],
        schedules: [hours(WEEK, '09:00', '17:00'), hours(['TH'], '17:30', '19:30', 'Women’s group')],
        timeZone: 'Europe/Athens',
      },
      {
        key: 'interpretation',
        name: 'Community interpreting',
        description:
          'A pool of trained community interpreters who accompany survivors to the police, the hospital and the courts in and around ' +
          'Thessaloniki, and interpret for partner organisations by phone.',
        types: ['interpretation'],
        languages: ['el', 'en', 'uk', 'ru', 'sq', 'ro'],
        applicationProcess: 'Book two working days ahead by e-mail; urgent requests by phone.',
        email: 'interpreters@stegi-elpidas.example',
        locations: [at('Thessaloniki', 'GRC', 'Odos Elpidos 12', { name: 'Day centre', postalCode: '546 21' })],
        phones: [{ number: '+30 2310 555 103' }],
        schedules: [hours(WEEK, '08:00', '16:00')],
        timeZone: 'Europe/Athens',
      },
    ],
  },
  {
    key: 'horizon',
    maintainedBy: 'horizon',
    member: 'horizon',
    organization: {
      name: 'Centre Horizon Brussels (demo)',
      description:
        'A specialised reception centre in Brussels recognised to assist victims of trafficking: shelter, and legal and psychosocial ' +
        'accompaniment through the protection procedure. Fictitious organisation of the Haven demo network.',
      email: 'accueil@centre-horizon.example',
      website: 'https://centre-horizon.example',
    },
    services: [
      {
        key: 'reception',
        name: 'Reception and shelter for victims of trafficking',
        alternateName: 'Accueil et hébergement',
        description:
          'A bed the same day for adults presumed to be victims of trafficking, then accommodation for as long as the protection procedure ' +
          'needs it, with a social worker who explains each step. Reception is staffed around the clock.',
        types: ['shelter', 'emergency'],
        languages: ['fr', 'nl', 'en', 'ar'],
        minimumAge: 18,
        eligibilityDescription: 'Adults of any gender presumed to be victims of trafficking. Children are referred to the guardianship service.',
        applicationProcess: 'Police, inspectorates and partner organisations call the reception line or refer through Haven.',
        locations: [confidential('Brussels', 'BEL')],
        phones: [{ number: '+32 2 555 01 10', description: 'Reception, 24 hours' }],
        alwaysOpen: true,
        timeZone: 'Europe/Brussels',
      },
      {
        key: 'legal',
        name: 'Legal accompaniment in criminal proceedings',
        description:
          'Legal workers explain the protection procedure and the residence permit linked to it, prepare the person for hearings, and follow ' +
          'the criminal case and any claim for compensation together with the person’s own lawyer.',
        types: ['legal-aid'],
        languages: ['fr', 'nl', 'en'],
        minimumAge: 18,
        locations: [at('Brussels', 'BEL', 'Rue de l’Horizon 12', { name: 'Office', postalCode: '1000' })],
        phones: [{ number: '+32 2 555 01 20' }],
        schedules: [hours(WEEK, '09:00', '12:30'), hours(['MO', 'TU', 'WE', 'TH'], '13:30', '17:00')],
        timeZone: 'Europe/Brussels',
      },
      {
        key: 'health',
        name: 'Medical and psychological follow-up',
        description:
          'A nurse and a psychologist see residents and the people the centre accompanies, and arrange appointments with general ' +
          'practitioners, specialists and mental-health services in Brussels.',
        types: ['medical', 'psychological'],
        languages: ['fr', 'nl', 'en', 'ro'],
        minimumAge: 18,
        locations: [at('Brussels', 'BEL', 'Rue de l’Horizon 12', { name: 'Office', postalCode: '1000' })],
        phones: [{ number: '+32 2 555 01 30' }],
        schedules: [hours(['TU', 'TH'], '09:00', '16:00')],
        timeZone: 'Europe/Brussels',
      },
    ],
  },
  {
    key: 'svyturys',
    maintainedBy: 'svyturys',
    member: 'svyturys',
    organization: {
      name: 'Švyturys Vilnius (demo)',
      description:
        'A Vilnius organisation running a helpline and supporting Lithuanian nationals and foreigners exploited in Lithuania or abroad, ' +
        'from the first call until they work again. Fictitious organisation of the Haven demo network.',
      email: 'pagalba@svyturys.example',
      website: 'https://svyturys.example',
    },
    services: [
      {
        key: 'helpline',
        name: 'Švyturys helpline',
        description:
          'Anonymous advice by phone and messaging apps for people who fear they are being exploited, their families and professionals. ' +
          'The helpline can arrange a safe place for the same night.',
        types: ['emergency'],
        languages: ['lt', 'ru', 'en', 'uk'],
        locations: [at('Vilnius', 'LTU', 'Švyturio g. 5', { postalCode: '01100' })],
        phones: [
          { number: '+370 5 555 0100', description: 'Free from Lithuanian numbers' },
          { number: '+370 612 55501', description: 'Messaging apps' },
        ],
        alwaysOpen: true,
        timeZone: 'Europe/Vilnius',
      },
      {
        key: 'accommodation',
        name: 'Crisis accommodation',
        description: 'Short-term rooms for adults, with separate flats for men and women, for up to three months while a longer-term solution is found.',
        types: ['shelter'],
        languages: ['lt', 'ru', 'en', 'uk'],
        minimumAge: 18,
        locations: [confidential('Vilnius', 'LTU')],
        phones: [{ number: '+370 5 555 0101', description: 'Intake' }],
        schedules: [hours([...WEEK, 'SA', 'SU'], '08:00', '22:00', 'New arrivals')],
        timeZone: 'Europe/Vilnius',
      },
      {
        key: 'employment',
        name: 'Employment counselling and job placement',
        description:
          'Career counselling, help with CVs and the recognition of qualifications, Lithuanian language classes, and contacts with employers ' +
          'who signed the organisation’s fair-recruitment pledge.',
        types: ['employment', 'education'],
        languages: ['lt', 'ru', 'en'],
        minimumAge: 16,
        locations: [at('Vilnius', 'LTU', 'Švyturio g. 5', { postalCode: '01100' })],
        phones: [{ number: '+370 5 555 0102' }],
        schedules: [hours(WEEK, '09:00', '17:00')],
        timeZone: 'Europe/Vilnius',
      },
      {
        key: 'return',
        name: 'Return and reintegration for Lithuanian nationals',
        description:
          'For Lithuanians exploited abroad: contact with the partner organisation or the consulate in the country of exploitation, the ' +
          'journey home, reception at the airport and a reintegration plan.',
        types: ['return'],
        languages: ['lt', 'ru', 'en'],
        eligibilityDescription: 'Lithuanian nationals and residents returning from abroad.',
        locations: [at('Vilnius', 'LTU', 'Švyturio g. 5', { postalCode: '01100' })],
        phones: [{ number: '+370 5 555 0103' }],
        schedules: [hours(WEEK, '09:00', '17:00')],
        timeZone: 'Europe/Vilnius',
      },
    ],
  },
  {
    key: 'senim',
    maintainedBy: 'senim',
    member: 'senim',
    organization: {
      name: 'Senim hotline Almaty (demo)',
      alternateName: 'Сенім',
      description:
        'A national hotline and support service in Almaty for people trafficked within Central Asia and beyond. Fictitious organisation of ' +
        'the Haven demo network.',
      email: 'hotline@senim-hotline.example',
      website: 'https://senim-hotline.example',
    },
    services: [
      {
        key: 'hotline',
        name: 'Senim national trafficking hotline',
        description:
          'Free, confidential calls around the clock: advice on working abroad safely, help for people in exploitation and their families, ' +
          'and a link to the police and to shelters in every region.',
        types: ['emergency'],
        languages: ['kk', 'ru', 'uz', 'en'],
        locations: [at('Almaty', 'KAZ', 'Abay Ave 000 (office, visits by appointment)', { postalCode: '050000' })],
        phones: [{ number: '+7 727 555 0100', description: 'Free, day and night' }],
        alwaysOpen: true,
        timeZone: 'Asia/Almaty',
      },
      {
        key: 'return',
        name: 'Return assistance for nationals of Kazakhstan and Central Asia',
        description:
          'Travel documents with the consular services, the journey home, reception at Almaty airport or at the land border, and a ' +
          'reintegration plan with the person’s home region.',
        types: ['return'],
        languages: ['kk', 'ru', 'uz'],
        eligibilityDescription: 'Nationals of Kazakhstan, Uzbekistan and Kyrgyzstan returning through Almaty.',
        locations: [at('Almaty', 'KAZ', 'Abay Ave 000 (office, visits by appointment)', { postalCode: '050000' })],
        phones: [{ number: '+7 727 555 0101' }],
        schedules: [hours(WEEK, '09:00', '18:00')],
        timeZone: 'Asia/Almaty',
      },
      {
        key: 'psychological',
        name: 'Psychological support (remote and in person)',
        description: 'Short-term counselling after exploitation, in person in Almaty or by video call anywhere in the country.',
        types: ['psychological'],
        languages: ['kk', 'ru'],
        minimumAge: 14,
        locations: [at('Almaty', 'KAZ', 'Abay Ave 000 (office, visits by appointment)', { postalCode: '050000' })],
        phones: [{ number: '+7 727 555 0102' }],
        schedules: [hours([...WEEK, 'SA'], '10:00', '19:00')],
        timeZone: 'Asia/Almaty',
      },
    ],
  },
  {
    key: 'luka',
    maintainedBy: 'luka',
    member: 'luka',
    organization: {
      name: 'Sigurna Luka Belgrade (demo)',
      alternateName: 'Сигурна лука',
      description:
        'A Belgrade organisation protecting children and young people who survived trafficking or exploitation, and helping them back to ' +
        'school and work. Fictitious organisation of the Haven demo network.',
      email: 'kontakt@sigurna-luka.example',
      website: 'https://sigurna-luka.example',
    },
    services: [
      {
        key: 'children-shelter',
        name: 'Shelter for children and young people',
        description:
          'A small residential home with educators present day and night, for children who cannot return to their family for now. ' +
          'School continues from the shelter.',
        types: ['shelter', 'child-protection'],
        languages: ['sr', 'bs', 'mk', 'en'],
        minimumAge: 10,
        maximumAge: 17,
        eligibilityDescription: 'Children aged 10 to 17, placed with the agreement of their guardian and the Centre for Social Work.',
        locations: [confidential('Belgrade', 'SRB')],
        phones: [{ number: '+381 11 555 0100', description: 'Educator on duty' }],
        alwaysOpen: true,
        timeZone: 'Europe/Belgrade',
      },
      {
        key: 'child-protection',
        name: 'Child protection case management',
        description:
          'A case manager for each child: a best-interests assessment, contact with the guardian and the Centre for Social Work, family ' +
          'tracing, and a safe plan, at home or abroad.',
        types: ['child-protection'],
        languages: ['sr', 'bs', 'mk', 'en'],
        minimumAge: 0,
        maximumAge: 17,
        locations: [at('Belgrade', 'SRB', 'Lučka 7', { postalCode: '11000' })],
        phones: [{ number: '+381 11 555 0101' }],
        schedules: [hours(WEEK, '08:00', '16:00')],
        timeZone: 'Europe/Belgrade',
      },
      {
        key: 'youth',
        name: 'Education and work for young people',
        description: 'Catch-up classes, vocational training and supported first jobs for young people who survived exploitation.',
        types: ['education', 'employment'],
        languages: ['sr', 'bs', 'mk'],
        minimumAge: 15,
        maximumAge: 25,
        locations: [at('Belgrade', 'SRB', 'Lučka 7', { postalCode: '11000' })],
        phones: [{ number: '+381 11 555 0102' }],
        schedules: [hours(WEEK, '10:00', '18:00')],
        timeZone: 'Europe/Belgrade',
      },
      {
        key: 'return-reception',
        name: 'Return reception at Belgrade airport',
        description: 'Reception of Serbian nationals returning from abroad, a first night in safety if needed, and a hand-over to the local services.',
        types: ['return'],
        languages: ['sr', 'en'],
        eligibilityDescription: 'Serbian nationals returning through Belgrade.',
        locations: [at('Belgrade', 'SRB', 'Lučka 7', { postalCode: '11000' })],
        phones: [{ number: '+381 11 555 0103' }],
        schedules: [hours(WEEK, '09:00', '17:00')],
        timeZone: 'Europe/Belgrade',
      },
    ],
  },
  {
    key: 'drejtesia',
    maintainedBy: 'drejtesia',
    member: 'drejtesia',
    organization: {
      name: 'Drejtësia legal aid Tirana (demo)',
      description:
        'Lawyers in Tirana representing victims of trafficking in criminal, civil and administrative proceedings, and helping Albanians who ' +
        'return from abroad. Fictitious organisation of the Haven demo network.',
      email: 'ndihme@drejtesia.example',
      website: 'https://drejtesia.example',
    },
    services: [
      {
        key: 'legal-aid',
        name: 'Free legal aid for victims of trafficking',
        alternateName: 'Ndihmë juridike falas',
        description:
          'Advice and representation free of charge: statements to the police and prosecutors, protection orders, identity documents, and ' +
          'claims for compensation from the offender or the state.',
        types: ['legal-aid'],
        languages: ['sq', 'en', 'it', 'el'],
        locations: [at('Tirana', 'ALB', 'Rruga e Drejtësisë 3', { postalCode: '1001' })],
        phones: [{ number: '+355 4 555 0100' }],
        schedules: [hours(WEEK, '08:30', '16:30')],
        timeZone: 'Europe/Tirane',
      },
      {
        key: 'representation',
        name: 'Representation in criminal and compensation proceedings',
        description:
          'A lawyer for the whole proceeding, in Albania or with a partner lawyer abroad: the victim’s rights as injured party, the hearing, ' +
          'and enforcing the compensation ordered.',
        types: ['legal-aid'],
        languages: ['sq', 'en', 'it'],
        minimumAge: 18,
        applicationProcess: 'By appointment; partner organisations refer through Haven.',
        locations: [at('Tirana', 'ALB', 'Rruga e Drejtësisë 3', { postalCode: '1001' })],
        phones: [{ number: '+355 4 555 0101' }],
        schedules: [hours(['MO', 'TU', 'WE', 'TH'], '09:00', '15:00', 'By appointment')],
        timeZone: 'Europe/Tirane',
      },
      {
        key: 'return',
        name: 'Return and reintegration support for Albanian nationals',
        description:
          'For Albanians returning from Greece, Italy, Belgium and elsewhere: documents, a safe place on arrival, legal advice on cases ' +
          'still open abroad, and a referral to the social services of the home municipality.',
        types: ['return'],
        languages: ['sq', 'en', 'it', 'el'],
        eligibilityDescription: 'Albanian nationals returning from abroad, adults and children with their guardian.',
        locations: [at('Tirana', 'ALB', 'Rruga e Drejtësisë 3', { postalCode: '1001' })],
        phones: [{ number: '+355 4 555 0102' }],
        schedules: [hours(WEEK, '09:00', '17:00')],
        timeZone: 'Europe/Tirane',
      },
    ],
  },
  // Services that are not on Haven: maintained by the demo organisation that works with them.
  {
    key: 'thessaloniki-hospital',
    maintainedBy: 'stegi',
    member: null,
    organization: {
      name: 'Thessaloniki General Hospital (demo)',
      description: `A public general hospital. ${NOT_ON_HAVEN}`,
      website: 'https://hospital-thessaloniki.example',
    },
    services: [
      {
        key: 'emergency',
        name: 'Emergency department',
        description: 'Emergency care for anyone, with or without papers or insurance, including forensic examination after violence.',
        types: ['medical', 'emergency'],
        languages: ['el', 'en'],
        locations: [at('Thessaloniki', 'GRC', 'Odos Nosokomeiou 1', { postalCode: '546 42' })],
        phones: [{ number: '+30 2310 555 900', description: 'Emergency department' }],
        alwaysOpen: true,
        timeZone: 'Europe/Athens',
      },
    ],
  },
  {
    key: 'labour-inspectorate',
    maintainedBy: 'horizon',
    member: null,
    organization: {
      name: 'Labour inspectorate, Brussels region (demo)',
      description: `The public inspectorate of working conditions; its inspectors can identify victims of labour exploitation. ${NOT_ON_HAVEN}`,
      website: 'https://inspectorate-brussels.example',
    },
    services: [
      {
        key: 'reports',
        name: 'Reporting labour exploitation',
        description: 'Workers, unions and organisations report exploitative work; inspectors visit the workplace and can call in the police.',
        types: ['employment', 'legal-aid'],
        languages: ['fr', 'nl', 'en'],
        locations: [at('Brussels', 'BEL', 'Boulevard de l’Inspection 40', { postalCode: '1000' })],
        phones: [{ number: '+32 2 555 09 00' }],
        schedules: [hours(WEEK, '09:00', '16:00')],
        timeZone: 'Europe/Brussels',
      },
    ],
  },
  {
    key: 'consulate',
    maintainedBy: 'senim',
    member: null,
    organization: {
      name: 'Consulate of Uzbekistan in Almaty, consular section (demo)',
      description: `Consular assistance for nationals of Uzbekistan in southern Kazakhstan. ${NOT_ON_HAVEN}`,
    },
    services: [
      {
        key: 'travel-documents',
        name: 'Emergency travel documents for nationals',
        description: 'A certificate of return for nationals whose passport was lost or is held by someone else, usually within five working days.',
        types: ['return'],
        languages: ['uz', 'ru'],
        feesDescription: 'A consular fee may apply; it is waived for presumed victims of trafficking on a letter from the referring organisation.',
        free: false,
        locations: [at('Almaty', 'KAZ', 'Consular street 000', { postalCode: '050000' })],
        phones: [{ number: '+7 727 555 0900' }],
        schedules: [hours(['MO', 'TU', 'WE', 'TH'], '09:00', '13:00')],
        timeZone: 'Asia/Almaty',
      },
    ],
  },
  {
    key: 'social-work-centre',
    maintainedBy: 'luka',
    member: null,
    organization: {
      name: 'City Centre for Social Work, Belgrade (demo)',
      description: `The public guardianship authority: it appoints guardians for unaccompanied and exploited children. ${NOT_ON_HAVEN}`,
    },
    services: [
      {
        key: 'guardianship',
        name: 'Guardianship and child protection',
        description: 'Appointing a temporary guardian, placement decisions and the duty social worker for children found alone or at risk.',
        types: ['child-protection'],
        languages: ['sr'],
        minimumAge: 0,
        maximumAge: 17,
        locations: [at('Belgrade', 'SRB', 'Ulica socijalne zaštite 1', { postalCode: '11000' })],
        phones: [
          { number: '+381 11 555 0900', description: 'Office hours' },
          { number: '+381 11 555 0999', description: 'Duty social worker, outside office hours' },
        ],
        schedules: [hours(WEEK, '07:30', '15:30')],
        timeZone: 'Europe/Belgrade',
      },
    ],
  },
];
