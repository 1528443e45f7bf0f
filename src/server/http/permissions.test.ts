import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../core/cases/entries.js';
import { type Action, permissionsOf } from '../../core/platform/policy.js';
import { ROLES, type Role } from '../../core/platform/roles.js';
import { allRoutes } from '../routes.js';
import { ApiClient, addOrganisation, addUser, enrol, PASSWORD, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';
import { samplePdf, samplePng } from '../testing/sample-files.js';
import type { RouteDef } from './route.js';

/**
 * The permission matrix, generated from the route registry (`allRoutes`):
 *  - every route guarded by an Action refuses (403 forbidden) every role that lacks it,
 *    through a session and through an API token, and does not refuse the roles that hold it;
 *  - every non-public route refuses anonymous callers (401);
 *  - every route that names a record (recordParam) refuses a caller of another
 *    organisation who holds the permission, and leaves the record unchanged.
 * A route added to the registry without an entry in EXAMPLES fails this file.
 */

type RecordKind = NonNullable<RouteDef['recordParam']>;

/** Real records the examples point at. */
interface Fixtures {
  readonly userId: string;
  readonly orgId: string;
  readonly tokenId: string;
  readonly invitationToken: string;
  readonly personId: string;
  readonly caseId: string;
  /** One entry of each kind on the case, by kind. */
  readonly entryIds: Readonly<Record<string, string>>;
  /** A document on the case. */
  readonly documentId: string;
  readonly screeningId: string;
  readonly contactId: string;
  readonly followUpId: string;
  readonly encounterId: string;
  readonly outreachPersonId: string;
  /** Sent by the organisation to the third one; sent to it by the third one; and one of those accepted. */
  readonly referralId: string;
  readonly incomingReferralId: string;
  readonly acceptedReferralId: string;
  readonly pathwayId: string;
  /** A directory organisation the organisation maintains, and a service of it. */
  readonly directoryOrganizationId: string;
  readonly directoryServiceId: string;
}

interface Example {
  /** A valid body for the route (checked against the route's own schema); only for routes with a body. */
  readonly body?: unknown;
  /** A body that names real records (instead of `body`). */
  readonly bodyFor?: (f: Fixtures) => unknown;
  /** For routes with a raw body (a file): its media type. */
  readonly contentType?: string;
  /** Extra request headers (e.g. the file name of an upload). */
  readonly headers?: Record<string, string>;
  /** A valid query string (without "?"); only for routes with a query schema. */
  readonly query?: string;
  /** Values for the path parameters, from real records. */
  readonly params?: (f: Fixtures) => Record<string, string>;
}

/** One entry per route of the registry, keyed `${method} ${url}`. Missing or stale entries fail the test. */
const EXAMPLES: Record<string, Example> = {
  'GET /api/health': {},
  'GET /api/setup': {},
  'POST /api/setup': {
    body: {
      networkName: 'N',
      networkLanguages: ['en'],
      orgName: 'Second Set-up',
      orgCountry: 'GRC',
      orgType: 'ngo',
      adminName: 'Eve',
      adminEmail: 'eve@example.org',
      adminPassword: 'a fine long passphrase 7',
      language: 'en',
    },
  },
  'POST /api/auth/sign-in': { body: { email: 'nobody@example.org', password: 'not the password' } },
  'POST /api/auth/sign-out': {},
  'POST /api/auth/sign-out-everywhere': {},
  'POST /api/auth/unlock-address': { body: { ip: '203.0.113.7' } },
  'GET /api/me': {},
  'PATCH /api/me': { body: { name: 'Renamed Person' } },
  'POST /api/me/password': { body: { currentPassword: 'not the password', newPassword: 'a brand new passphrase 42' } },
  'POST /api/me/totp/setup': {},
  'POST /api/me/totp/confirm': { body: { code: '123456' } },
  'POST /api/me/recovery-codes': { body: { password: 'not the password' } },
  'GET /api/me/tokens': {},
  'POST /api/me/tokens': { body: { name: 'example token', password: PASSWORD } },
  'DELETE /api/me/tokens/:id': { params: (f) => ({ id: f.tokenId }) },
  'GET /api/users': {},
  'GET /api/colleagues': {},
  'POST /api/users/invitations': { body: { email: 'invitee@example.org', name: 'Invitee', roles: ['analyst'] } },
  'PATCH /api/users/:id': { body: { roles: ['trainer'], disabled: true }, params: (f) => ({ id: f.userId }) },
  'POST /api/users/:id/unlock': { params: (f) => ({ id: f.userId }) },
  'POST /api/users/:id/invitation': { params: (f) => ({ id: f.userId }) },
  'GET /api/invitations/:token': { params: (f) => ({ token: f.invitationToken }) },
  'POST /api/invitations/:token/accept': { body: { password: 'a fine long passphrase 7' }, params: (f) => ({ token: f.invitationToken }) },
  'GET /api/organisations': {},
  'POST /api/organisations': { body: { name: 'Example Org', country: 'NLD', type: 'ngo' } },
  'PATCH /api/organisations/:id': { body: { name: 'Renamed Org' }, params: (f) => ({ id: f.orgId }) },
  'GET /api/network': {},
  'PATCH /api/network': { body: { name: 'Renamed Network' } },
  'GET /api/audit': { query: 'limit=5&outcome=denied' },
  'GET /api/persons': { query: 'q=Olena%20Kovalenko&limit=5' },
  'POST /api/persons/duplicates': { body: { names: [{ given: 'Olena', family: 'Kovalenko' }] } },
  'POST /api/persons': { body: { names: [{ given: 'Olena', family: 'Kovalenko' }], birthDate: '1999-04-12', citizenships: ['UKR'] } },
  'GET /api/persons/:id': { params: (f) => ({ id: f.personId }) },
  'PATCH /api/persons/:id': { body: { version: 0, gender: 'feminine' }, params: (f) => ({ id: f.personId }) },
  'DELETE /api/persons/:id': { params: (f) => ({ id: f.personId }) },
  'GET /api/cases': { query: 'status=active&limit=5' },
  'POST /api/cases': { body: { personId: '00000000-0000-4000-8000-000000000000' } },
  'GET /api/cases/:id': { params: (f) => ({ id: f.caseId }) },
  'PATCH /api/cases/:id': { body: { version: 0, exploitationForms: ['forced-labour'] }, params: (f) => ({ id: f.caseId }) },
  'GET /api/cases/:id/timeline': { params: (f) => ({ id: f.caseId }) },
  'GET /api/cases/:id/entries': { params: (f) => ({ id: f.caseId }) },
  'POST /api/cases/:id/consents/:entryId/withdraw': {
    body: { withdrawnOn: '2025-06-01', version: 0 },
    params: (f) => ({ id: f.caseId, entryId: f.entryIds.consent ?? '' }),
  },
  'POST /api/cases/:id/documents': {
    body: samplePdf(),
    contentType: 'application/pdf',
    query: 'category=legal',
    headers: { 'x-file-name': 'example.pdf' },
    params: (f) => ({ id: f.caseId }),
  },
  'GET /api/cases/:id/documents': { params: (f) => ({ id: f.caseId }) },
  'GET /api/cases/:id/documents/:documentId': { params: (f) => ({ id: f.caseId, documentId: f.documentId }) },
  'DELETE /api/cases/:id/documents/:documentId': { params: (f) => ({ id: f.caseId, documentId: f.documentId }) },
  'GET /api/instruments': {},
  'POST /api/screenings': { body: { instrumentId: 'child-sexual', answers: {} } },
  'GET /api/screenings': { query: 'limit=5' },
  'GET /api/screenings/:id': { params: (f) => ({ id: f.screeningId }) },
  'POST /api/contacts': { body: { channel: 'phone', summary: 'A caller asks about a job offer abroad.' } },
  'GET /api/contacts': { query: 'limit=5' },
  'GET /api/contacts/:id': { params: (f) => ({ id: f.contactId }) },
  'PATCH /api/contacts/:id': { body: { version: 1, channel: 'chat' }, params: (f) => ({ id: f.contactId }) },
  'POST /api/contacts/:id/follow-ups': { body: { due: '2030-01-01', note: 'call back' }, params: (f) => ({ id: f.contactId }) },
  'POST /api/contacts/:id/follow-ups/:followUpId/done': { params: (f) => ({ id: f.contactId, followUpId: f.followUpId }) },
  'POST /api/contacts/:id/open-case': { body: { person: { names: [{ given: 'Opened', family: 'FromContact' }] } }, params: (f) => ({ id: f.contactId }) },
  'GET /api/hotline/settings': {},
  'PUT /api/hotline/settings': { body: { customReasons: [{ id: 'org-visa', label: 'Visa questions' }], hiddenReasons: [] } },
  'GET /api/help/settings': {},
  'PUT /api/help/settings': { body: { version: 0, defaultCountry: 'GRC' } },
  'GET /api/public/help': { query: 'country=GRC&lang=en' },
  'POST /api/public/help/messages': { body: { lang: 'en', country: 'GRC', message: 'Is this job offer real?' } },
  'POST /api/public/job-offer-check': { body: { lang: 'ru', text: 'Tell no one.', answers: { 'worker-pays-fees': 'yes' } } },
  'GET /api/hotline/stats': { query: 'from=2026-01-01&to=2026-01-31' },
  'GET /api/outreach/zones': {},
  'POST /api/outreach/zones': { body: { name: 'Zone from the permission test' } },
  'POST /api/encounters': { body: { place: 'Central station', team: 'Night', peopleCount: 1 } },
  'GET /api/encounters': { query: 'limit=5' },
  'GET /api/encounters/:id': { params: (f) => ({ id: f.encounterId }) },
  'GET /api/outreach/people': {},
  'POST /api/outreach/people/:id/stage': { body: { stage: 'visited' }, params: (f) => ({ id: f.outreachPersonId }) },
  'POST /api/users/:id/wipe-devices': { params: (f) => ({ id: f.userId }) },
  'POST /api/referrals': {
    body: { caseId: '00000000-0000-4000-8000-000000000000', serviceId: '00000000-0000-4000-8000-000000000000', note: 'Needs a shelter.' },
  },
  'GET /api/referrals': { query: 'direction=incoming' },
  'GET /api/referrals/stats': { query: 'from=2026-01-01' },
  'GET /api/referrals/:id': { params: (f) => ({ id: f.referralId }) },
  'POST /api/referrals/:id/accept': { body: { version: 0 }, params: (f) => ({ id: f.incomingReferralId }) },
  'POST /api/referrals/:id/decline': { body: { version: 0, reason: 'No place left this week.' }, params: (f) => ({ id: f.incomingReferralId }) },
  'POST /api/referrals/:id/start': { body: { version: 1 }, params: (f) => ({ id: f.acceptedReferralId }) },
  'POST /api/referrals/:id/complete': { body: { version: 1 }, params: (f) => ({ id: f.acceptedReferralId }) },
  'POST /api/referrals/:id/withdraw': { body: { version: 0 }, params: (f) => ({ id: f.referralId }) },
  'GET /api/referrals/:id/messages': { params: (f) => ({ id: f.referralId }) },
  'POST /api/referrals/:id/messages': { body: { body: 'A message from the permission test.' }, params: (f) => ({ id: f.referralId }) },
  'GET /api/pathways': {},
  'POST /api/pathways': { body: { name: 'Pathway of the permission test', steps: [{ serviceType: 'shelter', label: 'Shelter' }] } },
  'PUT /api/pathways/:id': {
    body: { name: 'Renamed pathway', steps: [{ serviceType: 'medical', label: 'Health' }], version: 0 },
    params: (f) => ({ id: f.pathwayId }),
  },
  'DELETE /api/pathways/:id': { params: (f) => ({ id: f.pathwayId }) },
  'GET /api/cases/:id/pathway': { params: (f) => ({ id: f.caseId }) },
  'PUT /api/cases/:id/pathway': { body: { pathwayId: null }, params: (f) => ({ id: f.caseId }) },
  'GET /api/directory/services': { query: 'type=shelter&country=GRC&openNow=true' },
  'GET /api/directory/services/:id': { params: (f) => ({ id: f.directoryServiceId }) },
  'POST /api/directory/services': {
    bodyFor: (f) => ({
      organizationId: f.directoryOrganizationId,
      name: 'Night shelter',
      types: ['shelter'],
      locations: [{ address: { city: 'Athens', country: 'GRC' } }],
    }),
  },
  'PUT /api/directory/services/:id': {
    bodyFor: (f) => ({ organizationId: f.directoryOrganizationId, name: 'Renamed shelter', types: ['shelter'], version: 0 }),
    params: (f) => ({ id: f.directoryServiceId }),
  },
  'DELETE /api/directory/services/:id': { params: (f) => ({ id: f.directoryServiceId }) },
  'GET /api/directory/organizations': { query: 'mine=true' },
  'GET /api/directory/organizations/:id': { params: (f) => ({ id: f.directoryOrganizationId }) },
  'POST /api/directory/organizations': { body: { name: 'A directory organisation', description: '' } },
  'PUT /api/directory/organizations/:id': {
    body: { name: 'Renamed directory organisation', description: '', version: 0 },
    params: (f) => ({ id: f.directoryOrganizationId }),
  },
  'POST /api/directory/import': {
    body: Buffer.from(JSON.stringify([{ id: '0b8e5c7a-2f3d-4e6a-9b1c-7d2e4f6a8b0c', name: 'Imported NGO', description: '', services: [] }])),
    contentType: 'application/json',
  },
  'GET /api/directory/export': { query: 'format=json' },
  'GET /api/data/linkage': {},
  'GET /api/data/linkage/people': {},
  'PUT /api/data/linkage/keys': {
    body: Buffer.from(JSON.stringify({ scheme: 'haven-link/1', fingerprint: '0123456789abcdef', keys: [] })),
    contentType: 'application/json',
  },
  'DELETE /api/data/linkage/keys': {},
  'GET /api/hsds/services': { query: 'page=1&per_page=5' },
  'GET /api/hsds/services/:id': { params: (f) => ({ id: f.directoryServiceId }) },
  'GET /api/hsds/organizations': { query: 'page=1&per_page=5' },
  'GET /api/hsds/organizations/:id': { params: (f) => ({ id: f.directoryOrganizationId }) },
  'GET /api/notifications': {},
  'POST /api/notifications/read': { body: {} },
  'GET /api/my-tasks': {},
  'GET /api/case-settings': {},
  'PUT /api/case-settings': { body: { reflectionDays: 45, reminderDaysBefore: 5, retentionMonths: 60 } },
  'GET /api/persons/:id/export': { query: 'format=json', params: (f) => ({ id: f.personId }) },
  'GET /api/retention/report': {},
  'POST /api/retention/purge': {},
  // Exports: access 'user', the kind's permissions checked in the handler (every role × kind in src/server/data/exports/exports.test.ts).
  // ctdc: the analyst (member) may ask for it; cases is refused to them there.
  'POST /api/exports': { body: { kind: 'ctdc', ctdc: { k: 11 } } },
  'GET /api/exports': {},
  'GET /api/exports/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/exports/:id/file': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'DELETE /api/exports/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  // Dashboard: access 'user', stats:organisation / stats:network checked in the handler (roles × scopes in src/server/data/dashboard/dashboard.test.ts).
  'GET /api/dashboard': { query: 'scope=organisation&from=2025-01-01&to=2025-12-31' },
  // HTCDS import: one case, as JSON (org-admin holds cases:exchange).
  'POST /api/data/htcds/import': {
    body: Buffer.from(JSON.stringify({ cases: [{ cas_OpenedOn: '2025-01-01', prs_FirstName: 'Imported', prs_SecondName: 'Person' }] })),
    contentType: 'application/json',
    query: 'format=json',
  },
  // Campaigns: read network-wide, written only on the caller's organisation's own (cross-organisation writes: src/server/prevention/campaigns/campaigns.test.ts).
  'GET /api/campaigns': { query: 'scope=network&q=job&limit=5' },
  'POST /api/campaigns': { body: { name: 'Campaign of the permission test', startsOn: '2025-01-01', cities: [{ name: 'Chisinau', country: 'MDA' }] } },
  'GET /api/campaigns/reach': { query: 'scope=network&from=2025-01-01&to=2025-12-31' },
  'GET /api/campaigns/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'PUT /api/campaigns/:id': {
    body: { name: 'Renamed campaign', startsOn: '2025-01-01', version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'DELETE /api/campaigns/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/campaigns/:id/activities': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/campaigns/:id/activities': {
    body: { type: 'seminar', date: '2025-02-10', country: 'MDA', audience: 'job-seekers', reached: 40, reachKind: 'counted' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'PUT /api/campaigns/:id/activities/:activityId': {
    body: { type: 'seminar', date: '2025-02-10', country: 'MDA', audience: 'job-seekers', reached: 41, reachKind: 'counted', version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000', activityId: '00000000-0000-4000-8000-000000000000' }),
  },
  'DELETE /api/campaigns/:id/activities/:activityId': {
    params: () => ({ id: '00000000-0000-4000-8000-000000000000', activityId: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/campaigns/:id/activities/:activityId/files': {
    body: samplePdf(),
    contentType: 'application/pdf',
    headers: { 'x-file-name': 'leaflet.pdf' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000', activityId: '00000000-0000-4000-8000-000000000000' }),
  },
  'GET /api/campaigns/:id/activities/:activityId/files/:fileId': {
    params: () => ({
      id: '00000000-0000-4000-8000-000000000000',
      activityId: '00000000-0000-4000-8000-000000000000',
      fileId: '00000000-0000-4000-8000-000000000000',
    }),
  },
  'DELETE /api/campaigns/:id/activities/:activityId/files/:fileId': {
    params: () => ({
      id: '00000000-0000-4000-8000-000000000000',
      activityId: '00000000-0000-4000-8000-000000000000',
      fileId: '00000000-0000-4000-8000-000000000000',
    }),
  },
  // Recommendations: read network-wide, written by the owner and network administrators (cross-organisation writes: src/server/advocacy/recommendations.test.ts).
  'GET /api/recommendations': { query: 'country=GRC&theme=identification&status=in-progress&q=law&limit=5' },
  'POST /api/recommendations': {
    body: { sourceId: '00000000-0000-4000-8000-000000000000', text: 'Identify presumed victims.', country: 'GRC', themes: ['identification'] },
  },
  'GET /api/recommendations/sources': { query: 'kind=greta-evaluation' },
  'POST /api/recommendations/sources': { body: { kind: 'greta-evaluation', name: 'GRETA third round, Greece, 2023', country: 'GRC', date: '2023-06-20' } },
  'PUT /api/recommendations/sources/:id': {
    body: { kind: 'greta-evaluation', name: 'GRETA third round, Greece, 2023', country: 'GRC', date: '2023-06-21', version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'DELETE /api/recommendations/sources/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/recommendations/progress': { query: 'from=2024-01&to=2024-12&country=GRC' },
  'GET /api/recommendations/report': { query: 'format=xlsx&country=GRC' },
  'GET /api/recommendations/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'PUT /api/recommendations/:id': {
    body: { sourceId: '00000000-0000-4000-8000-000000000000', text: 'Changed.', country: 'GRC', themes: ['data'], version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/recommendations/:id/status': {
    body: { status: 'in-progress', date: '2024-05-01', evidence: 'Draft law published.' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/recommendations/:id/changes/:changeId/documents': {
    body: samplePdf(),
    contentType: 'application/pdf',
    headers: { 'x-file-name': 'evidence.pdf' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000', changeId: '00000000-0000-4000-8000-000000000000' }),
  },
  'GET /api/recommendations/:id/changes/:changeId/documents/:documentId': {
    params: () => ({
      id: '00000000-0000-4000-8000-000000000000',
      changeId: '00000000-0000-4000-8000-000000000000',
      documentId: '00000000-0000-4000-8000-000000000000',
    }),
  },
  // E-learning: courses read network-wide, written only by the owning organisation (cross-organisation writes: src/server/learning/learning.test.ts).
  'GET /api/courses': {},
  'POST /api/courses': {
    body: {
      content: {
        languages: ['en'],
        defaultLanguage: 'en',
        title: { en: 'Permission test course' },
        modules: [{ id: 'm', title: { en: 'M' }, lessons: [{ id: 'l', title: { en: 'L' }, body: { en: 'Text' } }] }],
      },
    },
  },
  'POST /api/courses/starter': {},
  'GET /api/courses/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }), query: 'version=1' },
  'PUT /api/courses/:id': {
    body: {
      version: 0,
      content: {
        languages: ['en'],
        defaultLanguage: 'en',
        title: { en: 'Renamed' },
        modules: [{ id: 'm', title: { en: 'M' }, lessons: [{ id: 'l', title: { en: 'L' }, body: { en: 'Text' } }] }],
      },
    },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/courses/:id/publish': { body: { version: 0 }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/courses/:id/archive': { body: { version: 0 }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/courses/:id/stats': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/courses/:id/images': { body: samplePng(), contentType: 'image/png', params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/courses/:id/images/:fileId': { params: () => ({ id: '00000000-0000-4000-8000-000000000000', fileId: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/courses/:id/enrolments': { body: { language: 'en' }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/enrolments': {},
  'GET /api/enrolments/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'PUT /api/enrolments/:id/progress': { body: { lessonId: 'intro', completed: true }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/enrolments/:id/attempts': { body: { lessonId: 'check', answers: { q1: ['a'] } }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/enrolments/:id/certificate': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/public/certificates/:code': { params: () => ({ code: 'HVN-2222-2222-2222' }) },
  'POST /api/learners/invitations': { body: { email: 'guest-learner@example.org', name: 'Guest Learner', language: 'en' } },
  // Peer exchange and the coalition strategy: read network-wide; written on the caller's own records, exchanges by either party
  // (cross-organisation writes: src/server/capacity/capacity.test.ts).
  'GET /api/capacity/assessments': { query: 'country=GRC' },
  'POST /api/capacity/assessments': { body: { ratings: [{ area: 'legal-aid', rating: 2, note: 'One lawyer' }], priorities: ['legal-aid'], languages: ['en'] } },
  'GET /api/capacity/offers': { query: 'area=legal-aid&status=active' },
  'POST /api/capacity/offers': { body: { area: 'data', kind: 'training', description: 'Data protection training', languages: ['en'] } },
  'PUT /api/capacity/offers/:id': {
    body: { area: 'data', kind: 'training', description: 'Changed', version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'DELETE /api/capacity/offers/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/capacity/matches': { query: 'side=needs&area=legal-aid' },
  'GET /api/capacity/exchanges': { query: 'scope=network' },
  'POST /api/capacity/exchanges': {
    bodyFor: (f) => ({ providerOrgId: f.orgId, receiverOrgId: '00000000-0000-4000-8000-000000000000', area: 'legal-aid', kind: 'mentoring' }),
  },
  'GET /api/capacity/exchanges/:id': { params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'PATCH /api/capacity/exchanges/:id': { body: { version: 0, status: 'cancelled' }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'GET /api/strategy': {},
  'POST /api/strategy/goals': { body: { title: 'Access to justice', periodStart: '2025-01-01', periodEnd: '2027-12-31' } },
  'PUT /api/strategy/goals/:id': {
    body: { title: 'Access to justice', periodStart: '2025-01-01', periodEnd: '2027-12-31', version: 0 },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'POST /api/strategy/goals/:id/activities': {
    body: { title: 'Train lawyers', dueOn: '2026-06-30' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  'PUT /api/strategy/activities/:id': { body: { title: 'Train lawyers', version: 0 }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'POST /api/strategy/activities/:id/commitments': { body: { what: 'Two trainings' }, params: () => ({ id: '00000000-0000-4000-8000-000000000000' }) },
  'PATCH /api/strategy/commitments/:id': {
    body: { version: 0, progress: 50, note: 'Half way' },
    params: () => ({ id: '00000000-0000-4000-8000-000000000000' }),
  },
  ...Object.fromEntries(
    ENTRY_KINDS.flatMap((k): [string, Example][] => [
      [`GET /api/cases/:id/${k.path}`, { params: (f) => ({ id: f.caseId }) }],
      [`POST /api/cases/:id/${k.path}`, { body: k.example, params: (f) => ({ id: f.caseId }) }],
      [`PUT /api/cases/:id/${k.path}/:entryId`, { body: { ...k.example, version: 0 }, params: (f) => ({ id: f.caseId, entryId: f.entryIds[k.kind] ?? '' }) }],
    ]),
  ),
};

/** A person of the organisation of `client` with a case and one entry of each kind. */
async function personWithCase(
  client: ApiClient,
  given: string,
): Promise<{
  personId: string;
  caseId: string;
  entryIds: Record<string, string>;
  documentId: string;
  screeningId: string;
  contactId: string;
  followUpId: string;
  encounterId: string;
  outreachPersonId: string;
}> {
  const person = await client.post<{ id: string }>('/api/persons', { names: [{ given, family: 'Kovalenko' }] });
  if (person.status !== 201) throw new Error(`person: ${person.status} ${JSON.stringify(person.body)}`);
  const kase = await client.post<{ id: string }>('/api/cases', { personId: person.body.id });
  if (kase.status !== 201) throw new Error(`case: ${kase.status} ${JSON.stringify(kase.body)}`);
  const entryIds: Record<string, string> = {};
  for (const k of ENTRY_KINDS) {
    const e = await client.post<{ id: string }>(`/api/cases/${kase.body.id}/${k.path}`, k.example);
    if (e.status !== 201) throw new Error(`${k.kind}: ${e.status} ${JSON.stringify(e.body)}`);
    entryIds[k.kind] = e.body.id;
  }
  const doc = await client.request<{ id: string }>('POST', `/api/cases/${kase.body.id}/documents?category=other`, samplePdf(), {
    'content-type': 'application/pdf',
    'x-file-name': 'fixture.pdf',
  });
  if (doc.status !== 201) throw new Error(`document: ${doc.status} ${JSON.stringify(doc.body)}`);
  const screening = await client.post<{ id: string }>('/api/screenings', {
    instrumentId: 'adult-labour',
    answers: {},
    personId: person.body.id,
    caseId: kase.body.id,
  });
  if (screening.status !== 201) throw new Error(`screening: ${screening.status} ${JSON.stringify(screening.body)}`);
  const contact = await client.post<{ id: string; followUps: { id: string }[] }>('/api/contacts', {
    channel: 'phone',
    summary: `About ${given}`,
    followUps: [{ due: '2030-01-01', note: 'call back' }],
  });
  if (contact.status !== 201) throw new Error(`contact: ${contact.status} ${JSON.stringify(contact.body)}`);
  const encounter = await client.post<{ id: string; people: { outreachPersonId: string }[] }>('/api/encounters', {
    place: 'Old town',
    team: 'Day',
    peopleCount: 2,
    people: [{ pseudonym: `${given} at the market`, engaged: true }],
  });
  if (encounter.status !== 201) throw new Error(`encounter: ${encounter.status} ${JSON.stringify(encounter.body)}`);
  return {
    personId: person.body.id,
    caseId: kase.body.id,
    entryIds,
    documentId: doc.body.id,
    screeningId: screening.body.id,
    contactId: contact.body.id,
    followUpId: contact.body.followUps[0]?.id ?? '',
    encounterId: encounter.body.id,
    outreachPersonId: encounter.body.people[0]?.outreachPersonId ?? '',
  };
}

/** A directory service of each organisation (a member of Haven), for referrals to it. */
const services = new Map<string, string>();

async function serviceOf(orgId: string): Promise<string> {
  const found = services.get(orgId);
  if (found) return found;
  const org = crypto.randomUUID();
  const service = crypto.randomUUID();
  await p.db.owner.query('INSERT INTO directory_organizations (id, org_id, member_org_id, name) VALUES ($1, $2, $2, $3)', [org, orgId, `Directory ${orgId}`]);
  await p.db.owner.query(
    "INSERT INTO directory_services (id, org_id, organization_id, name, status, types) VALUES ($1, $2, $3, 'Shelter', 'active', '{shelter}')",
    [service, orgId, org],
  );
  services.set(orgId, service);
  return service;
}

/** A referral from `from` (an administrator of its organisation) to `toOrgId`, with the person's consent; accepted by `acceptBy` when given. */
async function referral(from: SignedInUser, toOrgId: string, acceptBy?: SignedInUser): Promise<string> {
  const person = await from.client.post<{ id: string }>('/api/persons', { names: [{ given: `Referred ${++seq}`, family: 'Kovalenko' }] });
  const kase = await from.client.post<{ id: string }>('/api/cases', { personId: person.body.id });
  const consent = await from.client.post(`/api/cases/${kase.body.id}/consents`, {
    purpose: 'sharing',
    organisationId: toOrgId,
    givenBy: 'person',
    method: 'written',
    givenOn: new Date().toISOString().slice(0, 10),
  });
  if (consent.status !== 201) throw new Error(`consent: ${consent.status} ${JSON.stringify(consent.body)}`);
  const sent = await from.client.post<{ id: string }>('/api/referrals', {
    caseId: kase.body.id,
    serviceId: await serviceOf(toOrgId),
    note: 'Needs a shelter.',
    phase: 'identification',
  });
  if (sent.status !== 201) throw new Error(`referral: ${sent.status} ${JSON.stringify(sent.body)}`);
  if (acceptBy) {
    const ok = await acceptBy.client.post(`/api/referrals/${sent.body.id}/accept`, { version: 0 });
    if (ok.status !== 200) throw new Error(`accept: ${ok.status} ${JSON.stringify(ok.body)}`);
  }
  return sent.body.id;
}

/** A directory organisation maintained by the organisation of `client`, with one service. */
async function directoryEntry(client: ApiClient): Promise<{ directoryOrganizationId: string; directoryServiceId: string }> {
  const org = await client.post<{ id: string }>('/api/directory/organizations', { name: `Directory entry ${++seq}`, description: '' });
  if (org.status !== 201) throw new Error(`directory organisation: ${org.status} ${JSON.stringify(org.body)}`);
  const service = await client.post<{ id: string }>('/api/directory/services', { organizationId: org.body.id, name: `Service ${seq}`, types: ['medical'] });
  if (service.status !== 201) throw new Error(`directory service: ${service.status} ${JSON.stringify(service.body)}`);
  return { directoryOrganizationId: org.body.id, directoryServiceId: service.body.id };
}

const key = (r: RouteDef) => `${r.method} ${r.url}`;
const isAction = (access: RouteDef['access']): access is Action => access !== 'public' && access !== 'signed-in' && access !== 'user';

function example(r: RouteDef): Example {
  const ex = EXAMPLES[key(r)];
  if (!ex) throw new Error(`No example for ${key(r)}: add one to EXAMPLES in permissions.test.ts`);
  return ex;
}

function pathOf(r: RouteDef, f: Fixtures): string {
  const params = example(r).params?.(f) ?? {};
  const path = r.url.replace(/:([A-Za-z_]+)/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`${key(r)}: no value for :${name}`);
    return encodeURIComponent(v);
  });
  const q = example(r).query;
  return q ? `${path}?${q}` : path;
}

const bodyOf = (ex: Example, f: Fixtures): unknown => (ex.bodyFor ? ex.bodyFor(f) : ex.body);

function call(client: ApiClient, r: RouteDef, f: Fixtures, headers: Record<string, string> = {}) {
  const ex = example(r);
  return client.request(r.method, pathOf(r, f), bodyOf(ex, f), { ...(ex.contentType ? { 'content-type': ex.contentType } : {}), ...ex.headers, ...headers });
}

function withToken(base: string, token: string): ApiClient {
  const c = new ApiClient(base);
  c.bearer = token;
  return c;
}

async function createToken(client: ApiClient, name: string): Promise<{ id: string; token: string }> {
  const res = await client.post<{ id: string; token: string }>('/api/me/tokens', { name, password: PASSWORD });
  if (res.status !== 201) throw new Error(`token: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

interface Org {
  readonly id: string;
  readonly admin: SignedInUser;
  readonly adminRoles: readonly Role[];
  /** An ordinary member (analyst). */
  readonly member: SignedInUser;
}

let p: TestPlatform;
let routes: RouteDef[];
let orgA: Org;
let orgB: Org;
/** A third organisation, the other side of the referrals. */
let orgC: SignedInUser;
let fixtures: Fixtures;
const roleUsers = new Map<Role, { user: SignedInUser; token: ApiClient }>();
let seq = 0;

beforeAll(async () => {
  p = await startTestPlatform();
  routes = allRoutes(p.services);

  const adminA = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  orgA = {
    id: adminA.orgId,
    admin: adminA,
    adminRoles: ['network-admin', 'org-admin'],
    member: await addUser(adminA.client, 'member-a@example.org', ['analyst']),
  };

  // A second organisation, created by the network administrator with its own first administrator.
  const created = await adminA.client.post<{ id: string; inviteUrl: string }>('/api/organisations', {
    name: 'Other Org',
    country: 'ALB',
    type: 'ngo',
    adminEmail: 'admin-b@example.org',
    adminName: 'Bea Admin',
  });
  expect(created.status).toBe(201);
  const adminBClient = new ApiClient(p.url);
  const token = created.body.inviteUrl.split('/invite/')[1];
  const acc = await adminBClient.post<{ user: { id: string; orgId: string }; enrolmentRequired: boolean }>(`/api/invitations/${token}/accept`, {
    password: PASSWORD,
  });
  expect(acc.status).toBe(200);
  expect(acc.body.enrolmentRequired).toBe(true);
  const { secret } = await enrol(adminBClient);
  const adminB: SignedInUser = { client: adminBClient, id: acc.body.user.id, email: 'admin-b@example.org', orgId: created.body.id, totpSecret: secret };
  expect(adminB.orgId).not.toBe(orgA.id);
  orgB = { id: created.body.id, admin: adminB, adminRoles: ['org-admin'], member: await addUser(adminBClient, 'member-b@example.org', ['analyst']) };
  orgC = await addOrganisation(adminA.client, 'Third Org', 'GRC', 'admin-c@example.org');

  // One signed-in, enrolled user per role, holding only that role, with a session and an API token.
  for (const role of ROLES) {
    const user = await addUser(adminA.client, `only-${role}@example.org`, [role]);
    const me = await user.client.get<{ enrolmentRequired: boolean; user: { roles: Role[] } }>('/api/me');
    expect(me.body).toMatchObject({ enrolmentRequired: false, user: { roles: [role] } });
    roleUsers.set(role, { user, token: withToken(p.url, (await createToken(user.client, `${role} token`)).token) });
  }

  const victim = await addUser(adminA.client, 'victim@example.org', ['analyst']);
  const pending = await adminA.client.post<{ inviteUrl: string }>('/api/users/invitations', {
    email: 'pending@example.org',
    name: 'Pending',
    roles: ['trainer'],
  });
  fixtures = {
    ...(await personWithCase(adminA.client, 'Fixture')),
    userId: victim.id,
    orgId: orgA.id,
    tokenId: (await createToken(orgA.member.client, 'fixture token')).id,
    invitationToken: pending.body.inviteUrl.split('/invite/')[1] ?? '',
    referralId: await referral(adminA, orgC.orgId),
    incomingReferralId: await referral(orgC, orgA.id),
    acceptedReferralId: await referral(orgC, orgA.id, adminA),
    pathwayId: (await adminA.client.post<{ id: string }>('/api/pathways', { name: 'Fixture pathway', steps: [{ serviceType: 'shelter', label: 'Shelter' }] }))
      .body.id,
    ...(await directoryEntry(adminA.client)),
  };
});

afterAll(async () => {
  await p?.close();
});

describe('the route registry and its examples', () => {
  it('has one valid example per route, and no stale ones', () => {
    const keys = routes.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const missing = keys.filter((k) => !(k in EXAMPLES));
    const stale = Object.keys(EXAMPLES).filter((k) => !keys.includes(k));
    expect(missing, 'routes without an example in EXAMPLES').toEqual([]);
    expect(stale, 'examples for routes that no longer exist').toEqual([]);

    const problems: string[] = [];
    for (const r of routes) {
      const ex = example(r);
      const body = bodyOf(ex, fixtures);
      if (r.body && !r.body.safeParse(body).success) problems.push(`${key(r)}: example body does not match the route's schema`);
      if (!r.body && !r.rawBody && body !== undefined) problems.push(`${key(r)}: has an example body but takes none`);
      if (r.rawBody && !(ex.body instanceof Uint8Array && r.rawBody.mediaTypes.includes(ex.contentType ?? '')))
        problems.push(`${key(r)}: example must be bytes with one of the route's media types`);
      if (r.query && !r.query.safeParse(Object.fromEntries(new URLSearchParams(ex.query ?? ''))).success)
        problems.push(`${key(r)}: example query does not match`);
      if (r.params && !r.params.safeParse(ex.params?.(fixtures) ?? {}).success) problems.push(`${key(r)}: example params do not match`);
      if (!r.params && ex.params) problems.push(`${key(r)}: has example params but takes none`);
      if (r.recordParam && !r.params) problems.push(`${key(r)}: recordParam without path parameters`);
    }
    expect(problems).toEqual([]);
  });
});

describe('every non-public route refuses anonymous callers', () => {
  it('answers 401 unauthenticated without credentials, with a bogus cookie, a bogus or revoked token', async () => {
    const revoked = await createToken(orgA.member.client, 'soon revoked');
    expect((await orgA.member.client.delete(`/api/me/tokens/${revoked.id}`)).status).toBe(200);
    const callers: [string, () => ApiClient][] = [
      ['no credentials', () => new ApiClient(p.url)],
      [
        'unknown session cookie',
        () => {
          const c = new ApiClient(p.url);
          c.cookie = 'haven_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
          c.csrf = 'whatever';
          return c;
        },
      ],
      ['unknown API token', () => withToken(p.url, 'hvn_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')],
      ['revoked API token', () => withToken(p.url, revoked.token)],
    ];
    const failures: string[] = [];
    let checked = 0;
    const called = new Set<string>();
    const guarded = routes.filter((r) => r.access !== 'public');
    for (const r of guarded) {
      for (const [label, make] of callers) {
        const res = await call(make(), r, fixtures);
        checked++;
        called.add(key(r));
        const code = (res.body as { error?: { code?: string } }).error?.code;
        if (res.status !== 401 || code !== 'unauthenticated') failures.push(`${key(r)} (${label}): ${res.status} ${code}`);
      }
    }
    expect(failures).toEqual([]);
    expect(guarded.length).toBeGreaterThan(0);
    expect(checked).toBe(guarded.length * callers.length);
    // Every non-public route of the registry was called.
    expect(called.size).toBe(routes.length - routes.filter((r) => r.access === 'public').length);
    expect([...called].sort()).toEqual(
      routes
        .filter((r) => r.access !== 'public')
        .map(key)
        .sort(),
    );
  });

  it('a malformed Authorization header is refused on every non-public route', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => x.access !== 'public')) {
      const res = await call(new ApiClient(p.url), r, fixtures, { authorization: 'Basic YWRtaW46YWRtaW4=' });
      if (res.status !== 401) failures.push(`${key(r)}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('every route guarded by an action refuses the roles that lack it', () => {
  it('answers 403 forbidden, through a session and through an API token', async () => {
    const failures: string[] = [];
    let checked = 0;
    let expected = 0;
    const covered = new Set<string>();
    const guarded = routes.filter((r) => isAction(r.access));
    expect(guarded.length).toBeGreaterThan(0);
    for (const r of guarded) {
      const action = r.access as Action;
      for (const role of ROLES) {
        if (permissionsOf([role]).has(action)) continue;
        expected += 2;
        covered.add(key(r));
        const u = roleUsers.get(role)!;
        for (const [via, client] of [
          ['session', u.user.client],
          ['token', u.token],
        ] as const) {
          const res = await call(client, r, fixtures);
          checked++;
          const code = (res.body as { error?: { code?: string } }).error?.code;
          if (res.status !== 403 || code !== 'forbidden') failures.push(`${key(r)} as ${role} via ${via}: ${res.status} ${code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(expected);
    expect(checked).toBeGreaterThan(0);
    // Every action route was checked, except those whose action every role holds.
    const universal = guarded.filter((r) => ROLES.every((role) => permissionsOf([role]).has(r.access as Action)));
    expect(covered.size + universal.length).toBe(guarded.length);
  });

  it('does not refuse the roles that hold it', async () => {
    const failures: string[] = [];
    for (const r of routes.filter((x) => isAction(x.access))) {
      for (const role of ROLES) {
        if (!permissionsOf([role]).has(r.access as Action)) continue;
        const res = await call(roleUsers.get(role)!.user.client, r, fixtures);
        // A conflict (the example already applied by another role) is fine; a refusal is not.
        if (res.status === 401 || res.status === 403 || res.status >= 500) failures.push(`${key(r)} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('a user who still has to enrol a second factor reaches only the signed-in routes', async () => {
    const inv = await orgA.admin.client.post<{ inviteUrl: string }>('/api/users/invitations', {
      email: 'not-enrolled@example.org',
      name: 'Not Enrolled',
      roles: ['caseworker'],
    });
    const c = new ApiClient(p.url);
    const acc = await c.post<{ enrolmentRequired: boolean }>(`/api/invitations/${inv.body.inviteUrl.split('/invite/')[1]}/accept`, { password: PASSWORD });
    expect(acc.body.enrolmentRequired).toBe(true);
    const failures: string[] = [];
    const gated = routes.filter((r) => r.access !== 'public' && r.access !== 'signed-in');
    for (const r of gated) {
      const res = await call(c, r, fixtures);
      const code = (res.body as { error?: { code?: string } }).error?.code;
      if (res.status !== 403 || code !== 'enrolment_required') failures.push(`${key(r)}: ${res.status} ${code}`);
    }
    expect(failures).toEqual([]);
    expect(gated.length).toBeGreaterThan(0);
  });

  it('every cookie-authenticated change without the right CSRF header is refused', async () => {
    const admin = orgA.admin.client;
    const noHeader = new ApiClient(p.url);
    noHeader.cookie = admin.cookie;
    const failures: string[] = [];
    const unsafe = routes.filter((r) => r.access !== 'public' && r.method !== 'GET');
    for (const r of unsafe) {
      for (const [label, res] of [
        ['missing', await call(noHeader, r, fixtures)],
        ['wrong', await call(admin, r, fixtures, { 'x-csrf-token': `${admin.csrf}x` })],
      ] as const) {
        const code = (res.body as { error?: { code?: string } }).error?.code;
        if (res.status !== 403 || code !== 'csrf_failed') failures.push(`${key(r)} (${label} header): ${res.status} ${code}`);
      }
    }
    expect(failures).toEqual([]);
    expect(unsafe.length).toBeGreaterThan(0);
    expect((await admin.get('/api/me')).status).toBe(200); // still signed in: nothing above ran
  });
});

describe('records of another organisation', () => {
  /** A fresh record of `org` of this kind, and a client that may legitimately act on it. */
  async function freshRecord(kind: RecordKind, org: Org): Promise<{ fixtures: Fixtures; legit: ApiClient; id: string }> {
    switch (kind) {
      case 'organisation-user': {
        const u = await addUser(org.admin.client, `target-${++seq}@example.org`, ['analyst']);
        // Locked, so that an unlock would show.
        await p.db.owner.query('UPDATE users SET locked_at = now(), failed_signins = 10 WHERE id = $1', [u.id]);
        return { fixtures: { ...fixtures, userId: u.id }, legit: org.admin.client, id: u.id };
      }
      case 'organisation': {
        await p.db.owner.query('UPDATE organisations SET name = $2 WHERE id = $1', [org.id, `Organisation ${++seq}`]);
        return { fixtures: { ...fixtures, orgId: org.id }, legit: org.admin.client, id: org.id };
      }
      case 'own-token': {
        const t = await createToken(org.member.client, `token ${++seq}`);
        return { fixtures: { ...fixtures, tokenId: t.id }, legit: org.member.client, id: t.id };
      }
      case 'person': {
        const rec = await personWithCase(org.admin.client, `Person ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.personId };
      }
      case 'case': {
        const rec = await personWithCase(org.admin.client, `Case ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.caseId };
      }
      case 'screening': {
        const rec = await personWithCase(org.admin.client, `Screened ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.screeningId };
      }
      case 'contact': {
        const rec = await personWithCase(org.admin.client, `Contacted ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.contactId };
      }
      case 'encounter': {
        const rec = await personWithCase(org.admin.client, `Met ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.encounterId };
      }
      case 'outreach-person': {
        const rec = await personWithCase(org.admin.client, `Met again ${++seq}`);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.outreachPersonId };
      }
      case 'referral': {
        const id = await referral(org.admin, orgC.orgId);
        return { fixtures: { ...fixtures, referralId: id }, legit: org.admin.client, id };
      }
      case 'incoming-referral': {
        const id = await referral(orgC, org.id);
        return { fixtures: { ...fixtures, incomingReferralId: id }, legit: org.admin.client, id };
      }
      case 'accepted-referral': {
        const id = await referral(orgC, org.id, org.admin);
        return { fixtures: { ...fixtures, acceptedReferralId: id }, legit: org.admin.client, id };
      }
      case 'directory-service': {
        const rec = await directoryEntry(org.admin.client);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.directoryServiceId };
      }
      case 'directory-organization': {
        const rec = await directoryEntry(org.admin.client);
        return { fixtures: { ...fixtures, ...rec }, legit: org.admin.client, id: rec.directoryOrganizationId };
      }
    }
  }

  async function snapshot(kind: RecordKind, id: string): Promise<unknown> {
    const sql = {
      'organisation-user': `SELECT org_id, email, name, roles, language, status, locked_at, failed_signins, password_hash,
                                   (SELECT count(*)::int FROM sessions WHERE user_id = $1) AS sessions FROM users WHERE id = $1`,
      organisation: 'SELECT name, country, type FROM organisations WHERE id = $1',
      'own-token': 'SELECT org_id, user_id, name, revoked_at FROM api_tokens WHERE id = $1',
      // Reads count as changes here: each one is an audit entry.
      person: `SELECT (SELECT row_to_json(x) FROM (SELECT version, gender, birth_date FROM persons WHERE id = $1) x) AS person,
                      (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      case: `SELECT (SELECT row_to_json(x) FROM (SELECT version, status, exploitation_forms FROM cases WHERE id = $1) x) AS kase,
                    (SELECT coalesce(sum(version + 1), 0)::int FROM case_entries WHERE case_id = $1) AS entries,
                    (SELECT count(*)::int FROM case_documents WHERE case_id = $1) AS documents,
                    (SELECT count(*)::int FROM audit_log WHERE record_type = 'case-document'
                        AND record_id IN (SELECT id::text FROM case_documents WHERE case_id = $1)) AS document_reads,
                    (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      screening: `SELECT (SELECT instrument_id FROM screenings WHERE id = $1) AS instrument,
                         (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      contact: `SELECT (SELECT row_to_json(x) FROM (SELECT version, channel, person_id, case_id FROM contacts WHERE id = $1) x) AS contact,
                       (SELECT count(*)::int FROM contact_followups WHERE contact_id = $1) AS follow_ups,
                       (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      encounter: `SELECT (SELECT team FROM encounters WHERE id = $1) AS team,
                         (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      'outreach-person': `SELECT (SELECT row_to_json(x) FROM (SELECT engaged_on, visited_on, case_opened_on FROM outreach_people WHERE id = $1) x) AS stages,
                                 (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      referral: `SELECT (SELECT row_to_json(x) FROM (SELECT status, version FROM referrals WHERE id = $1) x) AS referral,
                      (SELECT count(*)::int FROM referral_messages WHERE referral_id = $1) AS messages,
                      (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      'incoming-referral': `SELECT (SELECT row_to_json(x) FROM (SELECT status, version FROM referrals WHERE id = $1) x) AS referral,
                      (SELECT count(*)::int FROM referral_messages WHERE referral_id = $1) AS messages,
                      (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      'accepted-referral': `SELECT (SELECT row_to_json(x) FROM (SELECT status, version FROM referrals WHERE id = $1) x) AS referral,
                      (SELECT count(*)::int FROM referral_messages WHERE referral_id = $1) AS messages,
                      (SELECT count(*)::int FROM audit_log WHERE record_id = $1::text) AS audited`,
      'directory-service': 'SELECT (SELECT row_to_json(x) FROM (SELECT version, name FROM directory_services WHERE id = $1) x) AS service',
      'directory-organization': 'SELECT (SELECT row_to_json(x) FROM (SELECT version, name FROM directory_organizations WHERE id = $1) x) AS organization',
    }[kind];
    const { rows } = await p.db.owner.query(sql, [id]);
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  /** Who attacks which organisation's records, for each kind of record. */
  function attackers(kind: RecordKind): { label: string; attacker: SignedInUser; roles: readonly Role[]; victimOrg: Org }[] {
    const out = [{ label: 'org-admin of another organisation', attacker: orgB.admin, roles: orgB.adminRoles, victimOrg: orgA }];
    // Network administrators may change other organisations and curate the directory (by design), but not their users or tokens.
    if (kind !== 'organisation' && kind !== 'directory-service' && kind !== 'directory-organization')
      out.push({ label: 'network admin of another organisation', attacker: orgA.admin, roles: orgA.adminRoles, victimOrg: orgB });
    // A token is its owner's alone, even within one organisation.
    if (kind === 'own-token') out.push({ label: 'administrator of the same organisation', attacker: orgA.admin, roles: orgA.adminRoles, victimOrg: orgA });
    return out;
  }

  it('refuses a caller who holds the permission, leaves the record unchanged, while its own organisation may act', async () => {
    const withRecord = routes.filter((r) => r.recordParam);
    expect(withRecord.length).toBeGreaterThan(0);
    const failures: string[] = [];
    let covered = 0;
    for (const r of withRecord) {
      const kind = r.recordParam!;
      for (const { label, attacker, roles, victimOrg } of attackers(kind)) {
        // The attacker really holds the permission: only the record's organisation stops them.
        if (isAction(r.access)) expect(permissionsOf(roles).has(r.access), `${label} holds ${r.access}`).toBe(true);
        const rec = await freshRecord(kind, victimOrg);
        const before = await snapshot(kind, rec.id);
        const res = await call(attacker.client, r, rec.fixtures);
        if (res.status !== 403 && res.status !== 404) failures.push(`${key(r)} by ${label}: ${res.status} ${JSON.stringify(res.body)}`);
        const after = await snapshot(kind, rec.id);
        if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${key(r)} by ${label}: the record changed`);
        // Control: the same request from the record's own side works and changes the record,
        // so the refusal above was about the organisation, not about a bad example.
        const ok = await call(rec.legit, r, rec.fixtures);
        if (ok.status >= 300) failures.push(`${key(r)} control: ${ok.status} ${JSON.stringify(ok.body)}`);
        if (JSON.stringify(await snapshot(kind, rec.id)) === JSON.stringify(before)) failures.push(`${key(r)} control did not change the record`);
        covered++;
      }
    }
    expect(failures).toEqual([]);
    expect(covered).toBe(withRecord.reduce((n, r) => n + attackers(r.recordParam!).length, 0));
  });
});

describe('network administrators', () => {
  it('list every organisation, yet see only their own organisation’s users', async () => {
    const admin = orgA.admin.client;
    const orgs = await admin.get<{ organisations: { id: string }[] }>('/api/organisations');
    expect(orgs.status).toBe(200);
    expect(orgs.body.organisations.map((o) => o.id)).toEqual(expect.arrayContaining([orgA.id, orgB.id]));

    const list = await admin.get<{ users: { id: string; email: string }[] }>('/api/users');
    expect(list.status).toBe(200);
    const own = await p.db.owner.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1', [orgA.id]);
    const others = await p.db.owner.query<{ id: string }>('SELECT id FROM users WHERE org_id <> $1', [orgA.id]);
    expect(others.rows.length).toBeGreaterThan(0);
    expect(list.body.users.map((u) => u.id).sort()).toEqual(own.rows.map((u) => u.id).sort());
    expect(list.body.users.map((u) => u.email)).not.toContain('admin-b@example.org');
    expect(list.body.users.map((u) => u.email)).not.toContain('member-b@example.org');

    // and the other organisation's administrator sees only theirs
    const listB = await orgB.admin.client.get<{ users: { id: string; email: string }[] }>('/api/users');
    const ownB = await p.db.owner.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1', [orgB.id]);
    expect(listB.body.users.map((u) => u.id).sort()).toEqual(ownB.rows.map((u) => u.id).sort());
    expect(listB.body.users.map((u) => u.email)).toEqual(expect.arrayContaining(['admin-b@example.org', 'member-b@example.org']));
    expect(listB.body.users.map((u) => u.email)).not.toContain('admin@example.org');
  });
});

describe('routes outside the registry', () => {
  it('/metrics needs metrics:read (a network administrator’s token)', async () => {
    expect((await new ApiClient(p.url).get('/metrics')).status).toBe(401);
    for (const role of ROLES) {
      const res = await roleUsers.get(role)!.token.get('/metrics');
      expect(res.status, role).toBe(permissionsOf([role]).has('metrics:read') ? 200 : 401);
    }
  });
});
