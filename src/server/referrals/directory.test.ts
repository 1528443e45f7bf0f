import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryOrganization, DirectoryService } from '../../core/referrals/directory.js';
import type { ImportSummary } from '../../core/referrals/hsds/import.js';
import type { HsdsOrganization } from '../../core/referrals/hsds/records.js';
import { zipPackage } from '../../core/referrals/hsds/tabular.js';
import { secondOrganisation } from '../rights/test-fixtures.js';
import { type ApiClient, type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** The service directory through the real HTTP server: entries, ownership, search, HSDS import and export. */

let p: TestPlatform;
/** Network administrator (and administrator) of organisation A: curates every entry. */
let curator: SignedInUser;
/** Administrator of organisation A, not a network administrator. */
let editorA: SignedInUser;
/** Administrator of organisation B. */
let adminB: SignedInUser;
/** A caseworker of A: reads the directory, changes nothing. */
let reader: SignedInUser;

type ErrorBody = {
  error: { code: string; field?: string; message: string; details?: { file?: string; row?: number; field: string; message: string }[] };
  current?: unknown;
};
type Page = { items: DirectoryService[]; total: number; page: number; perPage: number };

const ATHENS = {
  address1: 'Odos Patision 10',
  city: 'Athens',
  postalCode: '104 31',
  country: 'GRC',
};

function serviceBody(organizationId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizationId,
    name: 'Night shelter',
    description: 'Beds for women and children',
    types: ['shelter'],
    languages: ['el', 'en'],
    locations: [{ name: 'Main house', address: ATHENS }],
    phones: [{ number: '+30 210 1234567', description: 'Reception' }],
    schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }],
    timeZone: 'Europe/Athens',
    ...extra,
  };
}

async function newOrganization(client: ApiClient, name: string, extra: Record<string, unknown> = {}): Promise<DirectoryOrganization> {
  const res = await client.post<DirectoryOrganization>('/api/directory/organizations', { name, description: `${name} helps`, ...extra });
  if (res.status !== 201) throw new Error(`organization: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function newService(client: ApiClient, organizationId: string, extra: Record<string, unknown> = {}): Promise<DirectoryService> {
  const res = await client.post<DirectoryService>('/api/directory/services', serviceBody(organizationId, extra));
  if (res.status !== 201) throw new Error(`service: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function counts(platform: TestPlatform = p): Promise<{ organizations: number; services: number; versions: number }> {
  const { rows } = await platform.db.owner.query<{ organizations: number; services: number; versions: number }>(
    `SELECT (SELECT count(*)::int FROM directory_organizations) AS organizations, (SELECT count(*)::int FROM directory_services) AS services,
            (SELECT coalesce(sum(version), 0)::int FROM directory_services) + (SELECT coalesce(sum(version), 0)::int FROM directory_organizations) AS versions`,
  );
  return rows[0]!;
}

async function download(platform: TestPlatform, client: ApiClient, path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(platform.url + path, { headers: { cookie: client.cookie } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

function importFile(client: ApiClient, bytes: Uint8Array | string, contentType: string) {
  return client.request<ImportSummary & ErrorBody>('POST', '/api/directory/import', bytes, { 'content-type': contentType });
}

const importJson = (client: ApiClient, value: unknown) => importFile(client, JSON.stringify(value), 'application/json');

async function auditCount(platform: TestPlatform, action: string): Promise<number> {
  const { rows } = await platform.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1', [action]);
  return rows[0]!.n;
}

beforeAll(async () => {
  p = await startTestPlatform();
  curator = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  editorA = await addUser(curator.client, 'editor-a@example.org', ['org-admin']);
  reader = await addUser(curator.client, 'reader@example.org', ['caseworker']);
  adminB = await secondOrganisation(curator.client, 'admin-b@example.org', 'Second Shelter');
});

afterAll(async () => {
  await p?.close();
});

describe('directory entries', () => {
  it('are created by an organisation for itself, read by everyone, changed with the version read, and audited', async () => {
    const org = await newOrganization(editorA.client, 'Safe Haven Athens', { memberOrgId: editorA.orgId });
    expect(org).toMatchObject({ maintainedBy: editorA.orgId, memberOrgId: editorA.orgId, version: 0 });
    const svc = await newService(editorA.client, org.id);
    expect(svc).toMatchObject({ organizationName: 'Safe Haven Athens', memberOrgId: editorA.orgId, countries: ['GRC'], types: ['shelter'], status: 'active' });
    expect(svc.locations[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(svc.phones[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(svc.schedules[0]?.id).toMatch(/^[0-9a-f-]{36}$/);

    const read = await reader.client.get<DirectoryService>(`/api/directory/services/${svc.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(svc);
    expect((await reader.client.post('/api/directory/services', serviceBody(org.id))).status).toBe(403);

    const { id, organizationName, memberOrgId, countries, version, updatedAt, ...fields } = svc;
    const moved = { ...fields, version, locations: [{ ...svc.locations[0], address: { ...ATHENS, city: 'Thessaloniki', country: 'GRC' } }] };
    const updated = await editorA.client.request<DirectoryService>('PUT', `/api/directory/services/${svc.id}`, moved);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.version).toBe(version + 1);
    const columns = await p.db.owner.query<{ countries: string[]; cities: string[] }>('SELECT countries, cities FROM directory_services WHERE id = $1', [
      svc.id,
    ]);
    expect(columns.rows[0]).toEqual({ countries: ['GRC'], cities: ['thessaloniki'] });

    const stale = await editorA.client.request<ErrorBody>('PUT', `/api/directory/services/${svc.id}`, moved);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.current).toMatchObject({ id: svc.id, version: version + 1 });

    const audit = await p.db.owner.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY id', [svc.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(['directory.service-create', 'directory.service-update', 'directory.service-read']);

    const gone = await editorA.client.delete(`/api/directory/services/${svc.id}`);
    expect(gone.status).toBe(200);
    expect((await reader.client.get(`/api/directory/services/${svc.id}`)).status).toBe(404);
  });

  it('refuse bad input with the field named, unknown countries and javascript: links included', async () => {
    const org = await newOrganization(editorA.client, 'Field Checks');
    const noType = await editorA.client.post<ErrorBody>('/api/directory/services', serviceBody(org.id, { types: [] }));
    expect([noType.status, noType.body.error.field]).toEqual([400, 'types']);
    const badCountry = await editorA.client.post<ErrorBody>(
      '/api/directory/services',
      serviceBody(org.id, { locations: [{ address: { ...ATHENS, country: 'ZZZ' } }] }),
    );
    expect([badCountry.status, badCountry.body.error.field]).toEqual([400, 'locations.0.address.country']);
    const script = await editorA.client.post<ErrorBody>('/api/directory/services', serviceBody(org.id, { url: 'javascript:alert(1)' }));
    expect([script.status, script.body.error.field]).toEqual([400, 'url']);
    const noOrg = await editorA.client.post<ErrorBody>('/api/directory/services', serviceBody('5f0d5b1a-3c2e-4d4f-9a8b-7c6d5e4f3a2b'));
    expect([noOrg.status, noOrg.body.error.field]).toEqual([400, 'organizationId']);
    const first = await newService(editorA.client, org.id);
    const stolen = await editorA.client.post<ErrorBody>(
      '/api/directory/services',
      serviceBody(org.id, { phones: [{ id: first.phones[0]!.id, number: '+30 1' }] }),
    );
    expect([stolen.status, stolen.body.error.field]).toEqual([400, 'phones.0.id']);
  });
});

describe('ownership', () => {
  let orgA: DirectoryOrganization;
  let serviceA: DirectoryService;

  beforeAll(async () => {
    orgA = await newOrganization(editorA.client, 'Owned by A', { memberOrgId: editorA.orgId });
    serviceA = await newService(editorA.client, orgA.id, { name: 'A’s legal clinic', types: ['legal-aid'] });
  });

  it('organisation B cannot change, delete or add to organisation A’s entries', async () => {
    const before = await p.db.owner.query('SELECT row_to_json(s)::text AS t FROM directory_services s WHERE id = $1', [serviceA.id]);
    const { id, organizationName, memberOrgId, countries, updatedAt, ...fields } = serviceA;
    const put = await adminB.client.request<ErrorBody>('PUT', `/api/directory/services/${serviceA.id}`, { ...fields, name: 'Hijacked' });
    expect([put.status, put.body.error.code]).toEqual([403, 'forbidden']);
    expect((await adminB.client.delete(`/api/directory/services/${serviceA.id}`)).status).toBe(403);
    const add = await adminB.client.post<ErrorBody>('/api/directory/services', serviceBody(orgA.id));
    expect([add.status, add.body.error.field]).toEqual([403, 'organizationId']);
    const org = await adminB.client.request<ErrorBody>('PUT', `/api/directory/organizations/${orgA.id}`, {
      name: 'Hijacked',
      description: '',
      version: orgA.version,
    });
    expect(org.status).toBe(403);
    const after = await p.db.owner.query('SELECT row_to_json(s)::text AS t FROM directory_services s WHERE id = $1', [serviceA.id]);
    expect(after.rows).toEqual(before.rows);
    // Nor may it claim that its own entry stands for organisation A.
    const claim = await adminB.client.post<ErrorBody>('/api/directory/organizations', { name: 'Pretender', memberOrgId: editorA.orgId });
    expect([claim.status, claim.body.error.field]).toEqual([403, 'memberOrgId']);
  });

  it('a network administrator can change any organisation’s entries, which stay maintained by it', async () => {
    const orgB = await newOrganization(adminB.client, 'Owned by B', { memberOrgId: adminB.orgId });
    const serviceB = await newService(adminB.client, orgB.id, { name: 'B’s clinic' });
    const { id, organizationName, memberOrgId, countries, updatedAt, ...fields } = serviceB;
    const put = await curator.client.request<DirectoryService>('PUT', `/api/directory/services/${serviceB.id}`, { ...fields, name: 'B’s clinic (curated)' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.name).toBe('B’s clinic (curated)');
    const mine = await adminB.client.get<Page>('/api/directory/services?mine=true');
    expect(mine.body.items.map((s) => s.id)).toContain(serviceB.id);
    const org = await curator.client.request<DirectoryOrganization>('PUT', `/api/directory/organizations/${orgB.id}`, {
      name: 'Owned by B (curated)',
      description: '',
      version: orgB.version,
    });
    expect(org.status).toBe(200);
    expect(org.body).toMatchObject({ maintainedBy: adminB.orgId, memberOrgId: adminB.orgId, version: orgB.version + 1 });
  });
});

describe('search', () => {
  let fixture: DirectoryOrganization;
  const ids: Record<string, string> = {};
  const search = async (query: string): Promise<string[]> => {
    const res = await reader.client.get<Page>(`/api/directory/services?organizationId=${fixture.id}&perPage=200&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.map((s) => s.name).sort();
  };

  beforeAll(async () => {
    fixture = await newOrganization(editorA.client, 'Search Fixture');
    const add = async (name: string, extra: Record<string, unknown>) => {
      ids[name] = (await newService(editorA.client, fixture.id, { name, ...extra })).id;
    };
    await add('alpha', { types: ['shelter'], languages: ['el'], minimumAge: 18, genders: ['female'], alwaysOpen: true });
    await add('bravo', {
      types: ['medical', 'legal-aid'],
      languages: ['uk', 'ru'],
      maximumAge: 17,
      locations: [{ address: { city: 'Tirana', country: 'ALB' } }],
      schedules: [],
      description: 'Discount of 100% for victims_of trafficking',
    });
    await add('charlie', { types: ['psychological'], languages: ['en'], status: 'inactive', alwaysOpen: true });
    await add('delta', {
      types: ['shelter'],
      languages: ['en'],
      status: 'temporarily closed',
      genders: ['male', 'non-binary'],
      minimumAge: 12,
      maximumAge: 25,
    });
    await add('echo', { types: ['emergency'], languages: ['en'], status: 'defunct' });
  });

  it('defaults to active and temporarily closed services; a status asks for exactly that one', async () => {
    expect(await search('')).toEqual(['alpha', 'bravo', 'delta']);
    expect(await search('status=inactive')).toEqual(['charlie']);
    expect(await search('status=defunct')).toEqual(['echo']);
  });

  it('filters by type, language, country and city (any letter case)', async () => {
    expect(await search('type=shelter')).toEqual(['alpha', 'delta']);
    expect(await search('type=legal-aid')).toEqual(['bravo']);
    expect(await search('language=uk')).toEqual(['bravo']);
    expect(await search('country=ALB')).toEqual(['bravo']);
    expect(await search('country=GRC')).toEqual(['alpha', 'delta']);
    expect(await search('city=TIRANA')).toEqual(['bravo']);
    expect(await search('city=athens')).toEqual(['alpha', 'delta']);
    expect(await search('city=Thessaloniki')).toEqual([]);
  });

  it('filters by age within the range (an open end admits everyone) and by gender (none listed: everyone)', async () => {
    expect(await search('age=30')).toEqual(['alpha']);
    expect(await search('age=18')).toEqual(['alpha', 'delta']);
    expect(await search('age=12')).toEqual(['bravo', 'delta']);
    expect(await search('age=5')).toEqual(['bravo']);
    expect(await search('gender=female')).toEqual(['alpha', 'bravo']);
    expect(await search('gender=non-binary')).toEqual(['bravo', 'delta']);
  });

  it('finds words in names and descriptions of services and organizations, with % and _ taken literally', async () => {
    expect(await search('q=BRAV')).toEqual(['bravo']);
    expect(await search(`q=${encodeURIComponent('100%')}`)).toEqual(['bravo']);
    expect(await search(`q=${encodeURIComponent('%')}`)).toEqual(['bravo']);
    expect(await search(`q=${encodeURIComponent('victims_of')}`)).toEqual(['bravo']);
    expect(await search(`q=${encodeURIComponent('s_of')}`)).toEqual(['bravo']);
    expect(await search(`q=${encodeURIComponent('_')}`)).toEqual(['bravo']);
    expect(await search('q=Search%20Fixture')).toEqual(['alpha', 'bravo', 'delta']);
  });

  it('narrows to services open now (always open; bravo has no hours, delta is closed for now)', async () => {
    expect(await search('openNow=true')).toEqual(['alpha']);
    expect(await search('openNow=true&status=inactive')).toEqual([]);
  });

  it('narrows to one organization, or to the entries of the caller’s organisation, and pages', async () => {
    const other = await newOrganization(adminB.client, 'Not the fixture');
    await newService(adminB.client, other.id, { name: 'alpha elsewhere' });
    expect(await search('q=alpha')).toEqual(['alpha']);
    const mineB = await adminB.client.get<Page>('/api/directory/services?mine=true&perPage=200');
    expect(mineB.body.items.every((s) => !Object.values(ids).includes(s.id))).toBe(true);
    expect(mineB.body.items.map((s) => s.name)).toContain('alpha elsewhere');
    const mineA = await editorA.client.get<Page>(`/api/directory/services?mine=true&organizationId=${fixture.id}&perPage=200`);
    expect(mineA.body.items.map((s) => s.name).sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    const page2 = await reader.client.get<Page>(`/api/directory/services?organizationId=${fixture.id}&perPage=2&page=2`);
    expect(page2.body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(page2.body.items.map((s) => s.name)).toEqual(['delta']);
    const beyond = await reader.client.get<Page>(`/api/directory/services?organizationId=${fixture.id}&perPage=2&page=9`);
    expect(beyond.body).toMatchObject({ total: 3, items: [] });
  });
});

describe('HSDS import', () => {
  const ORG = '0b8e5c7a-2f3d-4e6a-9b1c-7d2e4f6a8b0c';
  const SVC = '1c9f6d8b-3a4e-4f7b-8c2d-8e3f5a7b9c1d';
  const TYPE_TERM = {
    id: '7e4d1c2b-8a9f-4e6d-b5c4-3a2b1c0d9e8f',
    code: 'shelter',
    name: 'Shelter',
    description: '',
    taxonomy: 'haven-service-type',
  };
  const service = (extra: Record<string, unknown> = {}) => ({
    id: SVC,
    name: 'Imported shelter',
    status: 'active',
    description: 'From another directory',
    attributes: [{ id: '8f5e2d3c-9b0a-4f7e-a6d5-4b3c2d1e0f9a', taxonomy_term: TYPE_TERM }],
    service_at_locations: [
      {
        id: '9a6f3e4d-0c1b-4a8f-97e6-5c4d3e2f1a0b',
        location: {
          id: 'ab7a4f5e-1d2c-4b9a-88f7-6d5e4f3a2b1c',
          location_type: 'physical',
          addresses: [
            {
              id: 'bc8b5a6f-2e3d-4cab-99a8-7e6f5a4b3c2d',
              address_1: 'Rruga 1',
              city: 'Tirana',
              state_province: '',
              postal_code: '',
              country: 'AL',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    ...extra,
  });
  const file = (svc: Record<string, unknown> = service()) => [{ id: ORG, name: 'Imported NGO', description: 'Imported', services: [svc] }];

  it('refuses malformed data listing every problem with its row and field, and writes nothing', async () => {
    const before = await counts();
    const bad = [
      { id: ORG, name: 'Fine org', description: '', services: [service({ status: 'open', minimum_age: 'ten' })] },
      { id: 'not-a-uuid', description: '' },
      {
        id: '2d0a7e9c-4b5f-4a8c-9d3e-9f4a6b8c0d2e',
        name: 'Typeless',
        description: '',
        services: [
          {
            id: '3e1b8f0d-5c6a-4b9d-8e4f-0a5b7c9d1e3f',
            name: 'No type',
            status: 'active',
            schedules: [{ id: '4f2c9a1e-6d7b-4c0e-9f5a-1b6c8d0e2f4a', byday: 'MO,XX' }],
          },
        ],
      },
    ];
    const res = await importJson(editorA.client, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('hsds_invalid');
    const where = res.body.error.details!.map((d) => `${d.row}:${d.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '0:services.0.status',
        '0:services.0.minimum_age',
        '1:id',
        '1:name',
        '2:services.0.schedules.0.byday',
        '2:services.0.attributes',
      ]),
    );
    expect(res.body.error.details!.find((d) => d.field === 'services.0.attributes')?.message).toMatch(/haven-service-type/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a tabular package naming the file, the data row and the field, and writes nothing', async () => {
    const before = await counts();
    const files = {
      'organizations.csv': `id,name,description\r\n${ORG},Imported NGO,\r\n`,
      'services.csv': `id,organization_id,name,status\r\n${SVC},${ORG},Good,active\r\n5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d,${ORG},Bad,closed\r\n`,
      'phones.csv': `id,service_id,number\r\n6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e,7c3d4e5f-6a7b-4c8d-9eaf-1a2b3c4d5e6f,+30 1\r\n`,
    };
    const res = await importFile(editorA.client, zipPackage(files), 'application/zip');
    expect(res.status).toBe(400);
    const where = res.body.error.details!.map((d) => `${d.file}:${d.row}:${d.field}`);
    expect(where).toEqual(
      expect.arrayContaining(['services.csv:2:status', 'phones.csv:1:service_id', 'services.csv:1:attributes', 'services.csv:2:attributes']),
    );
    expect(await counts()).toEqual(before);
    const notZip = await importFile(editorA.client, 'hello', 'application/zip');
    expect([notZip.status, notZip.body.error.code]).toEqual([400, 'hsds_invalid']);
    const notJson = await importFile(editorA.client, '{ nope', 'application/json');
    expect([notJson.status, notJson.body.error.code]).toEqual([400, 'hsds_invalid']);
    const text = await importFile(editorA.client, 'a,b', 'text/csv');
    expect([text.status, text.body.error.code]).toEqual([415, 'unsupported_file_type']);
  });

  it('adds then updates entries by id, audited once each time, new entries maintained by the importer and not on Haven', async () => {
    const before = await auditCount(p, 'directory.import');
    const first = await importJson(adminB.client, file());
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ organizations: 1, services: 1, locations: 1, created: 2, updated: 0, skipped: [] });
    const svc = await reader.client.get<DirectoryService>(`/api/directory/services/${SVC}`);
    expect(svc.body).toMatchObject({ name: 'Imported shelter', memberOrgId: null, countries: ['ALB'], types: ['shelter'], timeZone: 'UTC', free: false });
    const org = await reader.client.get<DirectoryOrganization>(`/api/directory/organizations/${ORG}`);
    expect(org.body).toMatchObject({ maintainedBy: adminB.orgId, memberOrgId: null });

    // The curator links the entry to organisation B; a later import by B keeps the link.
    const linked = await curator.client.request('PUT', `/api/directory/organizations/${ORG}`, {
      name: 'Imported NGO',
      description: 'Imported',
      memberOrgId: adminB.orgId,
      version: org.body.version,
    });
    expect(linked.status).toBe(200);
    const again = await importJson(adminB.client, file(service({ name: 'Imported shelter (renamed)' })));
    expect(again.body).toMatchObject({ created: 0, updated: 2 });
    const after = await reader.client.get<DirectoryService>(`/api/directory/services/${SVC}`);
    expect(after.body).toMatchObject({ name: 'Imported shelter (renamed)', memberOrgId: adminB.orgId, version: svc.body.version + 1 });
    expect(await auditCount(p, 'directory.import')).toBe(before + 2);
  });

  it('refuses, naming the row, an organisation that imports entries another one maintains; a network administrator may', async () => {
    const before = await counts();
    const res = await importJson(editorA.client, file(service({ name: 'Taken over' })));
    expect(res.status).toBe(403);
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 0, field: 'id' }), expect.objectContaining({ row: 0, field: 'services.0.id' })]),
    );
    expect(await counts()).toEqual(before);
    expect((await reader.client.get<DirectoryService>(`/api/directory/services/${SVC}`)).body.name).toBe('Imported shelter (renamed)');

    const curated = await importJson(curator.client, file(service({ name: 'Curated' })));
    expect(curated.status, JSON.stringify(curated.body)).toBe(200);
    const svc = await reader.client.get<DirectoryService>(`/api/directory/services/${SVC}`);
    expect(svc.body.name).toBe('Curated');
    const owner = await p.db.owner.query<{ org_id: string }>('SELECT org_id FROM directory_services WHERE id = $1', [SVC]);
    expect(owner.rows[0]?.org_id).toBe(adminB.orgId);
  });

  it('needs directory:write', async () => {
    expect((await importJson(reader.client, file())).status).toBe(403);
  });
});

describe('HSDS export and the HSDS API', () => {
  it('round-trips JSON and the tabular package through fresh databases unchanged', async () => {
    // Something of every kind in the source directory.
    const org = await newOrganization(editorA.client, 'Round Trip NGO', {
      alternateName: 'RT',
      email: 'info@rt.example.org',
      website: 'https://rt.example.org',
    });
    await newService(editorA.client, org.id, {
      name: 'Round trip hotline',
      alternateName: 'RT line',
      url: 'https://rt.example.org/line',
      email: 'line@rt.example.org',
      types: ['emergency', 'psychological'],
      languages: ['uk', 'en'],
      minimumAge: 14,
      maximumAge: 99,
      genders: ['female', 'non-binary'],
      eligibilityDescription: 'Survivors',
      feesDescription: 'None, "ever"',
      free: true,
      applicationProcess: 'Call, or\nwrite',
      alwaysOpen: true,
      schedules: [{ byday: ['FR', 'SA'], opensAt: '22:00', closesAt: '06:00', description: 'Night team' }],
      timeZone: 'Europe/Kyiv',
      locations: [
        { name: 'Office', address: { address1: 'Vul. Khreshchatyk 1', city: 'Kyiv', region: 'Kyiv', postalCode: '01001', country: 'UKR' } },
        { address: { city: 'Lviv', country: 'UKR' } },
      ],
      phones: [{ number: '+380 44 000 0000' }, { number: '116 123', description: 'Free line' }],
    });
    await newService(editorA.client, org.id, {
      name: 'Round trip paid clinic',
      free: false,
      status: 'temporarily closed',
      types: ['medical'],
      schedules: [],
      phones: [],
    });

    const json1 = await download(p, curator.client, '/api/directory/export?format=json');
    expect(json1.status).toBe(200);
    expect(json1.headers.get('content-disposition')).toMatch(/^attachment; filename="haven-directory-.*\.json"$/);
    const zip1 = await download(p, curator.client, '/api/directory/export?format=tabular');
    expect(zip1.headers.get('content-type')).toBe('application/zip');
    const exported = JSON.parse(json1.bytes.toString('utf8')) as HsdsOrganization[];
    expect(exported.some((o) => o.name === 'Round Trip NGO')).toBe(true);

    for (const [label, bytes, type] of [
      ['json', json1.bytes, 'application/json'],
      ['tabular', zip1.bytes, 'application/zip'],
    ] as const) {
      const fresh = await startTestPlatform();
      try {
        const admin = await setUp(fresh.url, `admin-${label}@example.org`, `Fresh ${label}`);
        const imported = await importFile(admin.client, new Uint8Array(bytes), type);
        expect(imported.status, `${label}: ${JSON.stringify(imported.body).slice(0, 2000)}`).toBe(200);
        const json2 = await download(fresh, admin.client, '/api/directory/export?format=json');
        expect(JSON.parse(json2.bytes.toString('utf8')), label).toEqual(exported);
        const zip2 = await download(fresh, admin.client, '/api/directory/export?format=tabular');
        const decode = (z: Buffer) => Object.fromEntries(Object.entries(unzipSync(new Uint8Array(z))).map(([k, v]) => [k, Buffer.from(v).toString('utf8')]));
        expect(decode(zip2.bytes), label).toEqual(decode(zip1.bytes));
      } finally {
        await fresh.close();
      }
    }
  });

  it('exports only the caller’s entries with mine=true, audited', async () => {
    const before = await auditCount(p, 'directory.export');
    const mine = await download(p, adminB.client, '/api/directory/export?format=json&mine=true');
    const orgs = JSON.parse(mine.bytes.toString('utf8')) as HsdsOrganization[];
    const names = orgs.flatMap((o) => (o.services ?? []).map((s) => s.name));
    expect(names).toContain('alpha elsewhere');
    expect(names).not.toContain('Round trip hotline');
    expect(await auditCount(p, 'directory.export')).toBe(before + 1);
  });

  it('answers HSDS pages and records', async () => {
    const page = await reader.client.get<{
      total_items: number;
      total_pages: number;
      page_number: number;
      size: number;
      first_page: boolean;
      last_page: boolean;
      empty: boolean;
      contents: { id: string; organization?: { id: string } }[];
    }>('/api/hsds/services?page=1&per_page=2');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page_number: 1, size: 2, first_page: true, last_page: false, empty: false });
    expect(page.body.contents).toHaveLength(2);
    expect(page.body.total_pages).toBe(Math.ceil(page.body.total_items / 2));
    expect(page.body.contents[0]?.organization?.id).toBeDefined();
    const one = await reader.client.get<{ id: string; attributes: { taxonomy_term: { taxonomy: string } }[] }>(
      `/api/hsds/services/${page.body.contents[0]!.id}`,
    );
    expect(one.status).toBe(200);
    expect(one.body.attributes.map((a) => a.taxonomy_term.taxonomy)).toContain('haven-service-type');
    const orgs = await reader.client.get<{ contents: { id: string }[]; total_items: number }>('/api/hsds/organizations?per_page=200');
    expect(orgs.body.contents.length).toBe(orgs.body.total_items);
    const org = await reader.client.get<{ id: string; services: unknown[] }>(`/api/hsds/organizations/${orgs.body.contents[0]!.id}`);
    expect(org.status).toBe(200);
    expect(Array.isArray(org.body.services)).toBe(true);
    expect((await reader.client.get('/api/hsds/services/5f0d5b1a-3c2e-4d4f-9a8b-7c6d5e4f3a2b')).status).toBe(404);
  });
});
