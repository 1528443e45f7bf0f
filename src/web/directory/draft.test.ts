import { describe, expect, it } from 'vitest';
import { type DirectoryService, serviceRequest, updateServiceRequest } from '../../core/referrals/directory.js';
import { changedFields, draftOf, rebase, emptyDraft, emptyLocation, emptyPhone, emptySchedule, formPath, requestOf, withoutBlankRows } from './draft.js';

const ORG = '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a10';
const service: DirectoryService = {
  id: '6a1d0c2e-3b4f-4e5a-8c9d-0e1f2a3b4c5d',
  organizationId: ORG,
  organizationName: 'Safe Harbour',
  memberOrgId: null,
  name: 'Night shelter',
  alternateName: 'Καταφύγιο',
  description: 'Beds for women and children.',
  url: 'https://harbour.example.org',
  email: 'night@harbour.example.org',
  status: 'active',
  types: ['shelter', 'emergency'],
  languages: ['el', 'uk'],
  minimumAge: 16,
  genders: ['female'],
  free: true,
  locations: [{ id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Main house', address: { address1: 'Odos 1', city: 'Athens', country: 'GRC' } }],
  phones: [{ number: '+30 210 1234567', description: 'Day and night' }],
  alwaysOpen: false,
  schedules: [{ byday: ['FR', 'SA'], opensAt: '22:00', closesAt: '06:00' }],
  timeZone: 'Europe/Athens',
  countries: ['GRC'],
  version: 3,
  updatedAt: '2025-01-15T10:00:00.000Z',
};

describe('the service form’s draft', () => {
  it('gives back the service it was made from', () => {
    const body = requestOf(draftOf(service));
    const parsed = updateServiceRequest.parse({ ...body, version: service.version });
    const { id, organizationName, memberOrgId, countries, version, updatedAt, ...fields } = service;
    expect(parsed).toEqual({ ...fields, version, description: fields.description });
  });

  it('leaves empty optional texts out and turns typed ages into numbers', () => {
    const draft = {
      ...emptyDraft({ timeZone: 'UTC', organizationId: ORG }),
      name: ' Legal clinic ',
      types: ['legal-aid' as const],
      minimumAge: ' 18 ',
      locations: [],
    };
    const body = requestOf(draft);
    expect(body).not.toHaveProperty('alternateName');
    expect(body).not.toHaveProperty('url');
    expect(body).not.toHaveProperty('maximumAge');
    expect(body.minimumAge).toBe(18);
    expect(body.name).toBe('Legal clinic');
    expect(serviceRequest.safeParse(body).success).toBe(true);
  });

  it('keeps an age that is not a number one the schema refuses, at its field', () => {
    const draft = { ...emptyDraft({ timeZone: 'UTC', organizationId: ORG }), name: 'X', types: ['medical' as const], maximumAge: 'twelve', locations: [] };
    const result = serviceRequest.safeParse(requestOf(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['maximumAge']);
  });

  it('sends no fees when the service is free, and the days Monday first', () => {
    const draft = {
      ...draftOf(service),
      feesDescription: 'Ten euros',
      schedules: [{ ...emptySchedule(), byday: ['SU' as const, 'MO' as const, 'WE' as const] }],
    };
    expect(requestOf(draft)).not.toHaveProperty('feesDescription');
    expect(requestOf({ ...draft, free: false }).feesDescription).toBe('Ten euros');
    expect(requestOf(draft).schedules[0]!.byday).toEqual(['MO', 'WE', 'SU']);
  });

  it('sends no address or phone row left empty, and shows errors at the rows they came from', () => {
    const athens = draftOf(service).locations[0]!;
    const draft = { ...draftOf(service), locations: [emptyLocation('GRC'), athens, { ...emptyLocation('GRC'), postalCode: '104 31' }], phones: [emptyPhone()] };
    const { draft: sent, pathOf } = withoutBlankRows(draft);
    expect(sent.locations.map((l) => l.city)).toEqual(['Athens', '']);
    expect(sent.phones).toEqual([]);
    // The form keeps its rows; the second row sent is the third of the form.
    expect(draft.locations).toHaveLength(3);
    expect(pathOf('locations.1.city')).toBe('locations.2.city');
    expect(pathOf('locations.0')).toBe('locations.1');
    expect(pathOf('locations.7.city')).toBe('locations.7.city');
    expect(pathOf('phones.0.number')).toBe('phones.0.number');
    expect(pathOf('name')).toBe('name');
    const messages = serviceRequest.safeParse(requestOf(sent));
    expect(messages.error?.issues.map((i) => pathOf(formPath(i.path.join('.'))))).toEqual(['locations.2.city']);
  });

  it('gives each new row its own key', () => {
    expect(new Set([emptyLocation().key, emptyLocation().key, emptyPhone().key, emptySchedule().key]).size).toBe(4);
  });

  it('names what someone else changed, not the row ids the server renewed', () => {
    const after: DirectoryService = {
      ...service,
      version: 4,
      name: 'Night shelter Athens',
      locations: service.locations.map((l) => ({ ...l, id: '9d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })),
      schedules: [{ byday: ['FR', 'SA', 'SU'], opensAt: '22:00', closesAt: '06:00' }],
    };
    expect(changedFields(service, after)).toEqual(['name', 'schedules']);
    expect(changedFields(service, { ...service, version: 4 })).toEqual([]);
  });

  it('keeps the user’s changes on top of someone else’s newer version, and takes theirs elsewhere', () => {
    const started = draftOf(service);
    const mine = { ...started, description: 'Twelve beds.', phones: [...started.phones, { ...emptyPhone(), number: '+30 210 7654321' }] };
    const theirs = draftOf({ ...service, maximumAge: 60, description: 'Ten beds.', version: 4 });
    const next = rebase(mine, started, theirs);
    expect(next.description).toBe('Twelve beds.');
    expect(next.phones.map((p) => p.number)).toEqual(['+30 210 1234567', '+30 210 7654321']);
    expect(next.maximumAge).toBe('60');
    // Rows the user did not touch are theirs (the keys of a new draft differ, the rows do not).
    expect(next.locations).toBe(theirs.locations);
  });

  it('shows the errors of a location’s address in the location’s row', () => {
    expect(formPath('locations.2.address.city')).toBe('locations.2.city');
    expect(formPath('phones.0.number')).toBe('phones.0.number');
    expect(formPath('name')).toBe('name');
  });
});
