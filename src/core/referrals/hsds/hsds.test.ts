import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHA2_OF, ALPHA3_OF, alpha2Of, alpha3Of } from '../countries.js';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES, type ServiceRequest, WEEKDAYS, serviceRequest } from '../directory.js';
import { type HavenOrganizationData, type HavenServiceData, toHsdsJson } from './export.js';
import { sha1, uuidV5 } from './ids.js';
import { type ImportOutcome, importHsdsJson, listedProblems } from './import.js';
import type { HsdsOrganization } from './records.js';
import { DATAPACKAGE, importTabular, toTabular, unzipPackage, zipPackage } from './tabular.js';
import { SERVICE_TYPE_TAXONOMY, termId } from './taxonomies.js';

/** HSDS 3.0 JSON and the tabular package, both ways: lossless for Haven's data, every problem named. */

// ---------------------------------------------------------------------------------------------
// Haven data, generated

const chars = fc.constantFrom(...'abcXYZ019 ,;"\'\n\r\t-é—ΩД€'.split(''));
const text = fc
  .string({ unit: chars, minLength: 1, maxLength: 24 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const id = fc.uuid({ version: 4 });
const time = fc.integer({ min: 0, max: 1439 }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
const COUNTRIES = Object.keys(ALPHA2_OF);

const location = fc.record({
  id,
  name: optional(text),
  address: fc.record({
    address1: fc.oneof(fc.constant(''), text),
    city: text,
    region: optional(text),
    postalCode: optional(text),
    country: fc.constantFrom(...COUNTRIES),
  }),
});
const phone = fc.record({ id, number: fc.constantFrom('+30 210 1234567', '116 123', '+44 (0)20-555.12/3'), description: optional(text) });
const schedule = fc
  .record({ id, byday: fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }), opensAt: time, closesAt: time, description: optional(text) })
  // Every day from 00:00 to 00:00 is how HSDS says "around the clock": Haven's alwaysOpen.
  .filter((s) => !(s.byday.length === 7 && s.opensAt === '00:00' && s.closesAt === '00:00'));
const ages = fc
  .tuple(optional(fc.integer({ min: 0, max: 120 })), optional(fc.integer({ min: 0, max: 120 })))
  .map(([a, b]) => (a !== undefined && b !== undefined && b < a ? [b, a] : [a, b]));

type Generated = HavenServiceData & ServiceRequest;

function serviceOf(organizationId: string): fc.Arbitrary<Generated> {
  return fc
    .record({
      id,
      name: text,
      alternateName: optional(text),
      description: fc.oneof(fc.constant(''), text),
      url: optional(fc.constantFrom('https://a.example.org', 'http://b.example.org/path?x=1&y=2')),
      email: optional(fc.constantFrom('info@example.org', 'a.b+c@example.co.uk')),
      status: fc.constantFrom(...SERVICE_STATUSES),
      types: fc.shuffledSubarray([...SERVICE_TYPES], { minLength: 1 }),
      languages: fc.shuffledSubarray(['en', 'el', 'uk', 'ru', 'sq', 'ukr', 'fra']),
      ages,
      genders: fc.shuffledSubarray([...ELIGIBLE_GENDERS]),
      eligibilityDescription: optional(text),
      feesDescription: optional(text),
      free: fc.boolean(),
      applicationProcess: optional(text),
      locations: fc.array(location, { maxLength: 3 }),
      phones: fc.array(phone, { maxLength: 3 }),
      alwaysOpen: fc.boolean(),
      schedules: fc.array(schedule, { maxLength: 3 }),
      timeZone: fc.constantFrom('UTC', 'Europe/Athens', 'America/New_York', 'Asia/Kolkata'),
    })
    .map(({ id: serviceId, ages: [minimumAge, maximumAge], ...rest }) => {
      const parsed = serviceRequest.parse({ ...rest, minimumAge, maximumAge, organizationId });
      return { id: serviceId, ...parsed } as Generated;
    });
}

const organization: fc.Arbitrary<HavenOrganizationData> = fc.record({
  id,
  name: text,
  alternateName: optional(text),
  description: fc.oneof(fc.constant(''), text),
  email: optional(fc.constantFrom('org@example.org')),
  website: optional(fc.constantFrom('https://org.example.org')),
});

const directory = fc.array(organization, { minLength: 1, maxLength: 3 }).chain((orgs) =>
  fc.tuple(
    fc.constant(orgs),
    fc.array(
      fc.constantFrom(...orgs).chain((o) => serviceOf(o.id)),
      { maxLength: 4 },
    ),
  ),
);

/** Drops absent values, as JSON does. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

function imported(outcome: ImportOutcome): { organizations: HavenOrganizationData[]; services: HavenServiceData[] } {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors.slice(0, 5)));
  return plain({
    organizations: outcome.data.organizations.map((o) => ({ id: o.id, ...o.value })),
    services: outcome.data.services.map((s) => ({ id: s.id, ...s.value })),
  });
}

/** Services in the order the export writes them: by organization. */
function byOrganization(orgs: readonly HavenOrganizationData[], services: readonly HavenServiceData[]) {
  return orgs.flatMap((o) => services.filter((s) => s.organizationId === o.id));
}

function problems(outcome: ImportOutcome) {
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.errors;
}

const where = (outcome: ImportOutcome) => problems(outcome).map((e) => [e.file, e.row, e.field].filter((x) => x !== undefined).join(':'));

// ---------------------------------------------------------------------------------------------
// A small HSDS file written by another system

const ORG = '0b8e5c7a-2f3d-4e6a-9b1c-7d2e4f6a8b0c';
const SVC = '1c9f6d8b-3a4e-4f7b-8c2d-8e3f5a7b9c1d';
const LOC = '2d0a7e9c-4b5f-4a8c-9d3e-9f4a6b8c0d2e';
const TERM = '7e4d1c2b-8a9f-4e6d-b5c4-3a2b1c0d9e8f';
const TAX = '6d3c0b1a-7f8e-4d5c-a4b3-2a1b0c9d8e7f';
const u = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function foreignService(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: SVC,
    name: 'Shelter',
    status: 'active',
    attributes: [
      {
        id: u(1),
        taxonomy_term: {
          id: TERM,
          code: 'shelter',
          name: 'Shelter',
          description: '',
          taxonomy_detail: { id: TAX, name: 'haven-service-type', description: '' },
        },
      },
    ],
    service_at_locations: [
      {
        id: u(2),
        location: {
          id: LOC,
          location_type: 'physical',
          addresses: [{ id: u(3), address_1: '', city: 'Tirana', state_province: '', postal_code: '', country: 'al', address_type: 'physical' }],
        },
      },
    ],
    ...extra,
  };
}
const foreign = (svc: Record<string, unknown> = foreignService(), org: Record<string, unknown> = {}) => [
  { id: ORG, name: 'NGO', description: '', ...org, services: [svc] },
];

// ---------------------------------------------------------------------------------------------

describe('identifiers and countries', () => {
  it('derives name-based UUIDs (version 5) as RFC 9562 does, with SHA-1 computed here', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });

  it('converts every ISO 3166-1 country between alpha-3 and alpha-2, one to one', () => {
    expect(Object.keys(ALPHA2_OF)).toHaveLength(250); // 249 assigned codes and Kosovo's XKX
    expect(Object.keys(ALPHA3_OF)).toHaveLength(250);
    for (const [a3, a2] of Object.entries(ALPHA2_OF)) {
      expect(a3).toMatch(/^[A-Z]{3}$/);
      expect(alpha3Of(a2)).toBe(a3);
      expect(alpha2Of(a3)).toBe(a2);
    }
    expect([alpha2Of('GRC'), alpha2Of('GBR'), alpha2Of('UKR'), alpha2Of('XKX'), alpha3Of('gr'), alpha3Of('ZZ'), alpha2Of('toString')]).toEqual([
      'GR',
      'GB',
      'UA',
      'XK',
      'GRC',
      undefined,
      undefined,
    ]);
  });
});

describe('export and import', () => {
  it('round-trips any Haven directory through HSDS JSON unchanged, and exports it again identically', () => {
    fc.assert(
      fc.property(directory, ([orgs, services]) => {
        const json = plain(toHsdsJson(orgs, services));
        const back = imported(importHsdsJson(json));
        expect(back.organizations).toEqual(plain(orgs));
        expect(back.services).toEqual(plain(byOrganization(orgs, services)));
        expect(plain(toHsdsJson(back.organizations, back.services))).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips any Haven directory through the tabular package (CSV in a zip) unchanged', () => {
    fc.assert(
      fc.property(directory, ([orgs, services]) => {
        const json = toHsdsJson(orgs, services);
        const { files, errors } = unzipPackage(zipPackage(toTabular(json)));
        expect(errors).toEqual([]);
        const back = imported(importTabular(files));
        expect(back.organizations).toEqual(plain(orgs));
        expect(back.services).toEqual(plain(byOrganization(orgs, services)));
      }),
      { numRuns: 100 },
    );
  });

  it('writes Haven’s fields where HSDS keeps them', () => {
    const org = { id: ORG, name: 'NGO', description: '' };
    const svc = serviceRequest.parse({
      organizationId: ORG,
      name: 'Hotline',
      types: ['emergency'],
      genders: ['female'],
      free: true,
      alwaysOpen: true,
      timeZone: 'Europe/Athens',
      languages: ['uk'],
      locations: [{ id: LOC, address: { city: 'Athens', country: 'GRC' } }],
    });
    const [exported] = toHsdsJson([org], [{ id: SVC, ...svc }]) as [HsdsOrganization];
    const s = exported.services![0]!;
    expect(s.cost_options).toEqual([expect.objectContaining({ amount: 0 })]);
    expect(s.schedules).toEqual([expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '00:00' })]);
    expect(s.service_at_locations[0]?.location.addresses[0]).toMatchObject({ country: 'GR', city: 'Athens', location_id: LOC });
    expect(s.languages[0]).toMatchObject({ code: 'uk', name: 'Ukrainian' });
    const terms = s.attributes.map((a) => [a.taxonomy_term?.taxonomy, a.taxonomy_term?.code, a.value]);
    expect(terms).toEqual([
      ['haven-service-type', 'emergency', undefined],
      ['haven-eligibility-gender', 'female', undefined],
      ['haven-time-zone', 'iana', 'Europe/Athens'],
    ]);
    expect(s.attributes[0]?.taxonomy_term_id).toBe(termId(SERVICE_TYPE_TAXONOMY, 'emergency'));
    // Exported twice, the same ids.
    expect(toHsdsJson([org], [{ id: SVC, ...svc }])).toEqual(toHsdsJson([org], [{ id: SVC, ...svc }]));
    const files = toTabular([exported]);
    expect(Object.keys(files).sort()).toEqual(
      [
        DATAPACKAGE,
        'addresses.csv',
        'attributes.csv',
        'cost_options.csv',
        'languages.csv',
        'locations.csv',
        'organizations.csv',
        'phones.csv',
        'schedules.csv',
        'service_at_location.csv',
        'services.csv',
        'taxonomies.csv',
        'taxonomy_terms.csv',
      ].sort(),
    );
    const pkg = JSON.parse(files[DATAPACKAGE]!) as { profile: string; resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.find((r) => r.name === 'service')?.schema.fields.map((f) => f.name)).toContain('organization_id');
    expect(files['taxonomy_terms.csv']!.split('\r\n').filter(Boolean)).toHaveLength(4); // header and three terms, each once
  });
});

describe('reading HSDS written elsewhere', () => {
  it('takes each JSON shape: organizations with services, { organizations }, services with their organization, a page of services', () => {
    const svc = foreignService();
    for (const shape of [
      foreign(),
      { organizations: foreign() },
      [{ ...svc, organization: { id: ORG, name: 'NGO', description: '' } }],
      { contents: [{ ...svc, organization_id: ORG, organization: { id: ORG, name: 'NGO', description: '' } }] },
    ]) {
      const back = imported(importHsdsJson(shape));
      expect(back.organizations).toEqual([{ id: ORG, name: 'NGO', description: '' }]);
      expect(back.services).toEqual([
        expect.objectContaining({
          id: SVC,
          organizationId: ORG,
          types: ['shelter'],
          timeZone: 'UTC',
          free: false,
          locations: [{ id: LOC, address: { address1: '', city: 'Tirana', country: 'ALB' } }],
        }),
      ]);
    }
  });

  it('understands a schedule’s UTC offset when no IANA time zone is given', () => {
    const at = (schedule: Record<string, unknown>) =>
      importHsdsJson(foreign(foreignService({ schedules: [{ id: u(9), freq: 'WEEKLY', byday: 'MO', ...schedule }] })));
    expect(imported(at({ opens_at: '09:00', closes_at: '17:00', timezone: 3 })).services[0]).toMatchObject({
      timeZone: 'Etc/GMT-3',
      schedules: [{ opensAt: '09:00' }],
    });
    expect(imported(at({ opens_at: '09:00:00-05:00', closes_at: '17:00:00-05:00' })).services[0]).toMatchObject({
      timeZone: 'Etc/GMT+5',
      schedules: [{ opensAt: '09:00', closesAt: '17:00' }],
    });
    expect(imported(at({ opens_at: '09:00Z', closes_at: '17:00Z' })).services[0]).toMatchObject({ timeZone: 'UTC' });
    expect(where(at({ opens_at: '09:00+05:30', closes_at: '17:00+05:30' }))).toEqual(['0:services.0.schedules.0.timezone']);
  });

  it('lists what Haven cannot keep as skipped, not as errors', () => {
    const svc = foreignService({
      schedules: [
        { id: u(10), freq: 'MONTHLY', byday: '2MO', opens_at: '10:00', closes_at: '12:00' },
        { id: u(11), description: 'By appointment' },
      ],
      languages: [{ id: u(12), name: 'Urdu' }],
      service_at_locations: [
        ...(foreignService().service_at_locations as unknown[]),
        { id: u(13), location: { id: u(14), location_type: 'virtual', url: 'https://meet.example.org' } },
      ],
    });
    const outcome = importHsdsJson(foreign(svc));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.data.skipped.map((s) => `${s.row}:${s.field}`)).toEqual([
      '0:services.0.service_at_locations.1.location.location_type',
      '0:services.0.schedules.0.freq',
      '0:services.0.schedules.1.freq',
      '0:services.0.languages.0.code',
    ]);
    expect(outcome.data.services[0]?.value).toMatchObject({ schedules: [], languages: [], locations: [{ id: LOC }] });
  });

  it('finds Haven’s taxonomy by its name or its id, from the tables of a package in a folder', () => {
    const files = {
      'export/datapackage.json': JSON.stringify({
        resources: [
          { name: 'service', path: 'data/svc.csv' },
          { name: 'organization', path: 'data/orgs.csv' },
        ],
      }),
      'export/data/orgs.csv': `\uFEFFid,name,description\r\n${ORG},"NGO, ""the best""",\r\n`,
      'export/data/svc.csv': `id,organization_id,name,status,minimum_age\r\n${SVC},${ORG},Shelter,active,16\r\n`,
      'export/attributes.csv': `id,link_id,link_entity,taxonomy_term_id\r\n${u(1)},${SVC},service,${TERM}\r\n${u(2)},${SVC},service,${termId(SERVICE_TYPE_TAXONOMY, 'medical')}\r\n`,
      'export/taxonomy_terms.csv': `id,code,name,description,taxonomy,taxonomy_id\r\n${TERM},shelter,Shelter,,,${TAX}\r\n${termId(SERVICE_TYPE_TAXONOMY, 'medical')},medical,Medical,,,${SERVICE_TYPE_TAXONOMY.id}\r\n`,
      'export/taxonomies.csv': `id,name,description\r\n${TAX},haven-service-type,\r\n${SERVICE_TYPE_TAXONOMY.id},Haven,\r\n`,
    };
    const back = imported(importTabular(files));
    expect(back.organizations).toEqual([{ id: ORG, name: 'NGO, "the best"', description: '' }]);
    expect(back.services).toEqual([expect.objectContaining({ id: SVC, types: ['shelter', 'medical'], minimumAge: 16 })]);
  });
});

describe('validation', () => {
  it('lists every HSDS problem of a JSON file with its index in the list and its field', () => {
    const file = [
      {
        id: ORG,
        name: 'NGO',
        description: '',
        email: 'not-mail',
        services: [
          foreignService({
            status: 'open',
            minimum_age: '12',
            url: 'nope',
            phones: [{ id: u(20) }],
            schedules: [
              { id: u(21), freq: 'WEEKLY', byday: 'MO,XX', opens_at: '9am', closes_at: '17:00' },
              { id: u(22), freq: 'WEEKLY', byday: '2MO', opens_at: '09:00', closes_at: '17:00' },
            ],
          }),
        ],
      },
      { id: 'bad', name: '' },
      'not an object',
      { id: ORG, name: 'Twice', description: '' },
    ];
    expect(where(importHsdsJson(file)).sort()).toEqual(
      [
        '0:email',
        '0:services.0.status',
        '0:services.0.minimum_age',
        '0:services.0.url',
        '0:services.0.phones.0.number',
        '0:services.0.schedules.0.byday',
        '0:services.0.schedules.0.opens_at',
        '0:services.0.schedules.1.byday',
        '1:id',
        '1:name',
        '1:description',
        '2:(record)',
        '3:id',
      ].sort(),
    );
  });

  it('checks references between records and Haven’s own needs, naming the record', () => {
    const svc = foreignService({
      attributes: [
        { id: u(30), taxonomy_term: { id: TERM, code: 'massage', name: 'Massage', description: '', taxonomy: 'haven-service-type' } },
        { id: u(31), taxonomy_term_id: u(99) },
        { id: u(32), taxonomy_term: { id: u(33), code: 'other', name: 'Other', description: '', taxonomy: 'haven-eligibility-gender' } },
        { id: u(34), value: 'Mars/Olympus', taxonomy_term: { id: u(35), code: 'iana', name: 'Zone', description: '', taxonomy: 'haven-time-zone' } },
      ],
      languages: [{ id: u(36), code: 'english' }],
      service_at_locations: [
        { id: u(37), location_id: u(98) },
        { id: u(38), location: { id: u(39), location_type: 'physical' } },
      ],
    });
    expect(where(importHsdsJson(foreign(svc))).sort()).toEqual(
      [
        '0:services.0.attributes.0.taxonomy_term.code',
        '0:services.0.attributes.1.taxonomy_term_id',
        '0:services.0.attributes.2.taxonomy_term.code',
        '0:services.0.attributes.3.value',
        '0:services.0.languages.0.code',
        '0:services.0.service_at_locations.0.location_id',
        '0:services.0.service_at_locations.1.location.addresses',
      ].sort(),
    );
    const typeless = problems(importHsdsJson(foreign(foreignService({ attributes: [] }))));
    expect(typeless).toEqual([{ row: 0, field: 'services.0.attributes', message: expect.stringMatching(/at least one service type.*haven-service-type/) }]);
  });

  it('reports Haven’s limits (lengths, ages, phone numbers) at the HSDS record and field', () => {
    const svc = foreignService({ name: 'x'.repeat(301), minimum_age: 130, phones: [{ id: u(40), number: 'call us' }] });
    expect(where(importHsdsJson(foreign(svc))).sort()).toEqual(['0:services.0.minimum_age', '0:services.0.name', '0:services.0.phones.0.number'].sort());
    const org = importHsdsJson(foreign(foreignService(), { website: 'javascript:alert(1)' }));
    expect(where(org)).toEqual(['0:website']);
  });

  it('lists every problem of a tabular package with its file, 1-based data row and field', () => {
    const files = {
      'organizations.csv': `id,name,description\r\n${ORG},NGO,\r\n${ORG},Again,\r\n`,
      'services.csv': `id,organization_id,name,status,maximum_age\r\n${SVC},${ORG},Fine,active,x\r\n${u(50)},${u(51)},Orphan,active,\r\n${u(52)},${ORG},Short,active\r\n`,
      'service_at_location.csv': `id,service_id,location_id\r\n${u(53)},${SVC},${LOC}\r\n`,
      'locations.csv': `id,location_type,location_type\r\n${LOC},physical,physical\r\n`,
      'addresses.csv': `id,location_id,city,country,address_type\r\n${u(54)},${LOC},Tirana,AL,physical\r\n`,
    };
    expect(where(importTabular(files)).sort()).toEqual(
      [
        'organizations.csv:2:id',
        'services.csv:1:maximum_age',
        'services.csv:1:attributes',
        'services.csv:2:organization_id',
        'services.csv:2:attributes',
        'services.csv:3:(row)',
        'locations.csv:location_type',
        'addresses.csv:1:address_1',
        'addresses.csv:1:state_province',
        'addresses.csv:1:postal_code',
      ].sort(),
    );
    expect(where(importTabular({ 'services.csv': 'id\r\n' }))).toEqual(['organizations.csv:(file)']);
    expect(where(importTabular({ 'organizations.csv': new Uint8Array([0xff, 0xfe, 0x00]), 'services.csv': '' }))).toEqual([
      'organizations.csv:(file)',
      'services.csv:(file)',
    ]);
    expect(unzipPackage(new Uint8Array([1, 2, 3])).errors).toEqual([{ field: '(file)', message: 'not a readable zip file' }]);
  });

  it('caps a very long list of problems, saying how many more there are', () => {
    const many = Array.from({ length: 1005 }, (_, i) => ({ field: `f${i}`, message: 'bad' }));
    const listed = listedProblems(many);
    expect(listed).toHaveLength(1001);
    expect(listed[1000]?.message).toMatch(/^5 more problems/);
    expect(problems(importHsdsJson({ nothing: true }))).toEqual([{ field: '(file)', message: expect.stringMatching(/expected a list/) }]);
    expect(problems(importHsdsJson([]))).toEqual([{ field: '(file)', message: 'no organizations and no services in the data' }]);
  });
});
