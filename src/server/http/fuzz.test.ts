import { randomUUID } from 'node:crypto';
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTRY_KINDS } from '../../core/cases/entries.js';
import { SCHEME_V1 } from '../../core/data/linkage/scheme.js';
import { ORG_TYPES, ROLES, UI_LANGUAGES } from '../../core/platform/roles.js';
import { ERROR_CODES } from '../../core/platform/schemas.js';
import { allRoutes } from '../routes.js';
import { ApiClient, addUser, PASSWORD, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';
import type { RouteDef } from './route.js';

/**
 * Random payloads against every route of the registry, anonymously and as a
 * signed-in, enrolled administrator (with the CSRF header). Whatever is sent:
 *  - no answer is a 5xx (or anything but 2xx/4xx);
 *  - every error body is exactly `{ error: { code: <ERROR_CODES>, message, field? } }`;
 *  - every 2xx body matches the route's declared response schema;
 *  - nothing was written unless the answer was 2xx, and GET never writes.
 *
 * Each route also gets one well-formed request first (real records, example body), and the
 * file checks that the fuzz got past validation into every handler as the admin.
 *
 * Reproduce a failure with FUZZ_SEED=<seed> (printed in the failure); FUZZ_RUNS sets the runs
 * per route (default 30), FUZZ_SHRINK=1 shrinks a failing case, FUZZ_DEBUG='<METHOD> <url>'
 * logs every answer of that route.
 */

/** Runs per route: fewer anonymously (most routes stop at 401), more as the admin, triple for routes with a query (cheap GETs). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const runsFor = (r: RouteDef, who: 'anonymous' | 'admin') => Math.round((who === 'admin' ? RUNS * 1.25 : RUNS * 0.75) * (r.query ? 3 : 1));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

const p: TestPlatform = await startTestPlatform();
const routes: RouteDef[] = allRoutes(p.services);
const key = (r: RouteDef) => `${r.method} ${r.url}`;

/** Routes that may end the caller's own session: fuzzed last, and the admin signs in again after them. */
const ENDS_SESSION = new Set(['POST /api/auth/sign-out', 'POST /api/auth/sign-out-everywhere', 'POST /api/me/password']);

/** Near-valid bodies for some routes, mutated by one generator (a valid body is not required for every route). */
const EXAMPLE_BODIES: Record<string, Record<string, unknown>> = {
  'POST /api/setup': {
    networkName: 'N',
    networkLanguages: ['en'],
    orgName: 'O',
    orgCountry: 'GRC',
    orgType: 'ngo',
    adminName: 'A',
    adminEmail: 'fuzz-setup@example.org',
    adminPassword: 'a fine long passphrase 7',
    language: 'en',
  },
  'POST /api/auth/sign-in': { email: 'fuzz-nobody@example.org', password: 'not the password' },
  'POST /api/auth/unlock-address': { ip: '203.0.113.7' },
  'PATCH /api/me': { name: 'Fuzzed Name', language: 'en' },
  'POST /api/me/password': { currentPassword: 'not the password', newPassword: 'a brand new passphrase 42' },
  'POST /api/me/totp/confirm': { code: '123456' },
  'POST /api/me/recovery-codes': { password: 'not the password' },
  'POST /api/me/tokens': { name: 'fuzz token', password: PASSWORD },
  'POST /api/users/invitations': { email: 'fuzz-invitee@example.org', name: 'Invitee', roles: ['analyst'] },
  'PATCH /api/users/:id': { roles: ['trainer'], disabled: false },
  'POST /api/invitations/:token/accept': { password: 'a fine long passphrase 7' },
  'POST /api/organisations': { name: 'Fuzz Org', country: 'NLD', type: 'ngo' },
  'PATCH /api/organisations/:id': { name: 'Fuzz Renamed', country: 'GRC' },
  'PATCH /api/network': { name: 'Fuzz Network', languages: ['en'] },
  'POST /api/persons/duplicates': { names: [{ given: 'Olena', family: 'Kovalenko' }] },
  'POST /api/persons': { names: [{ given: 'Fuzz', family: 'Person' }], birthDate: '2001-02-03' },
  'PATCH /api/persons/:id': { version: 0, gender: 'feminine' },
  'PATCH /api/cases/:id': { version: 0, exploitationForms: ['forced-labour'] },
  'POST /api/cases/:id/consents/:entryId/withdraw': { withdrawnOn: '2025-06-01', version: 0 },
  'PUT /api/case-settings': { reflectionDays: 45, reminderDaysBefore: 5, retentionMonths: 60 },
  'POST /api/screenings': { instrumentId: 'adult-labour', answers: {} },
  'POST /api/contacts': { channel: 'phone', summary: 'A fuzzed call.' },
  // Well-formed, but naming nobody this organisation assisted: refused by the handler, nothing written.
  'PUT /api/data/linkage/keys': { scheme: SCHEME_V1.id, fingerprint: '0123456789abcdef', keys: [{ id: 'nobody', key: 'AAAA' }] },
  'PATCH /api/contacts/:id': { version: 1, channel: 'chat' },
  'POST /api/contacts/:id/follow-ups': { due: '2030-01-01', note: 'call back' },
  'POST /api/contacts/:id/open-case': { person: { names: [{ given: 'Fuzz', family: 'Opened' }] } },
  'PUT /api/hotline/settings': { customReasons: [{ id: 'org-visa', label: 'Visa questions' }], hiddenReasons: [] },
  'PUT /api/help/settings': { version: 0, defaultCountry: 'GRC', countries: [{ country: 'GRC', contacts: [{ name: 'Line', phone: '+30 1109' }] }] },
  'POST /api/public/help/messages': { lang: 'en', country: 'GRC', message: 'Is this job offer real?', replyBy: 'none', signs: ['secrecy'] },
  'POST /api/public/job-offer-check': { lang: 'ru', text: 'Срочно! Tell no one.', answers: { secrecy: 'yes', 'tourist-visa': 'unsure' } },
  'POST /api/outreach/zones': { name: 'Fuzz zone' },
  'POST /api/encounters': { place: 'Central station', team: 'Night', peopleCount: 1 },
  'POST /api/outreach/people/:id/stage': { stage: 'visited' },
  'POST /api/referrals/:id/accept': { version: 0 },
  'POST /api/referrals/:id/decline': { version: 0, reason: 'No place left.' },
  'POST /api/referrals/:id/start': { version: 0 },
  'POST /api/referrals/:id/complete': { version: 0 },
  'POST /api/referrals/:id/withdraw': { version: 0 },
  'POST /api/referrals/:id/messages': { body: 'A fuzzed message.' },
  'POST /api/pathways': { name: 'Fuzz pathway', steps: [{ serviceType: 'shelter', label: 'Shelter' }] },
  'PUT /api/pathways/:id': { name: 'Fuzz pathway', steps: [{ serviceType: 'shelter', label: 'Shelter' }], version: 0 },
  'PUT /api/cases/:id/pathway': { pathwayId: null },
  'POST /api/notifications/read': { ids: ['00000000-0000-4000-8000-000000000000'] },
  'POST /api/exports': { kind: 'cases', format: 'xlsx', ctdc: { k: 11, maxSuppression: 0.1 } },
  'POST /api/directory/organizations': { name: 'Fuzz NGO', description: 'Example', memberOrgId: null },
  'PUT /api/directory/organizations/:id': { name: 'Fuzz NGO renamed', description: '', version: 0 },
  'POST /api/directory/import': {
    organizations: [
      {
        id: '0b8e5c7a-2f3d-4e6a-9b1c-7d2e4f6a8b0c',
        name: 'Fuzz NGO',
        description: '',
        services: [
          {
            id: '1c9f6d8b-3a4e-4f7b-8c2d-8e3f5a7b9c1d',
            name: 'Fuzz shelter',
            status: 'active',
            attributes: [
              {
                id: '8f5e2d3c-9b0a-4f7e-a6d5-4b3c2d1e0f9a',
                taxonomy_term: {
                  id: '7e4d1c2b-8a9f-4e6d-b5c4-3a2b1c0d9e8f',
                  code: 'shelter',
                  name: 'Shelter',
                  description: '',
                  taxonomy: 'haven-service-type',
                },
              },
            ],
          },
        ],
      },
    ],
  },
  'POST /api/data/htcds/import': {
    cases: [{ cas_OpenedOn: '2025-01-01', prs_FirstName: 'Fuzz', prs_Gender: 'Feminine', vic_TypeOfExploitation: ['ForcedLabour'] }],
  },
  'POST /api/campaigns': {
    name: 'Fuzz campaign',
    goal: 'Check offers',
    startsOn: '2025-01-01',
    endsOn: '2025-12-31',
    audiences: ['job-seekers'],
    cities: [{ name: 'Chisinau', country: 'MDA', latitude: 47, longitude: 28.8 }],
    budget: 100,
    currency: 'EUR',
  },
  'PUT /api/campaigns/:id': { name: 'Fuzz campaign', startsOn: '2025-01-01', cities: [{ name: 'Chisinau', country: 'MDA' }], version: 0 },
  'POST /api/campaigns/:id/activities': {
    type: 'seminar',
    date: '2025-02-10',
    city: 'Chisinau',
    country: 'MDA',
    audience: 'job-seekers',
    reached: 40,
    reachKind: 'counted',
  },
  'PUT /api/campaigns/:id/activities/:activityId': {
    type: 'seminar',
    date: '2025-02-10',
    city: 'Chisinau',
    country: 'MDA',
    audience: 'job-seekers',
    reached: 41,
    reachKind: 'estimated',
    version: 0,
  },
  'POST /api/recommendations/sources': {
    kind: 'national-action-plan',
    name: 'Fuzz plan',
    country: 'GRC',
    date: '2024-02-01',
    link: 'https://example.org/plan',
    periodStart: '2024-01-01',
    periodEnd: '2027-12-31',
    adoptedBy: 'Council of Ministers',
  },
  'PUT /api/recommendations/sources/:id': {
    kind: 'greta-evaluation',
    name: 'Fuzz source, corrected',
    country: 'GRC',
    date: '2023-06-20',
    link: 'https://example.org/greta',
    version: 0,
  },
  'POST /api/recommendations': {
    sourceId: '00000000-0000-4000-8000-000000000000',
    text: 'Fuzz recommendation',
    reference: 'paragraph 1',
    country: 'GRC',
    themes: ['identification'],
    deadline: '2026-12-31',
    issuedOn: '2024-01-15',
  },
  'PUT /api/recommendations/:id': { sourceId: '00000000-0000-4000-8000-000000000000', text: 'Fuzz', country: 'GRC', themes: ['data'], version: 0 },
  'POST /api/recommendations/:id/status': { status: 'in-progress', date: '2024-05-01', evidence: 'Fuzz evidence' },
  'POST /api/courses': {
    content: {
      languages: ['en', 'el'],
      defaultLanguage: 'en',
      title: { en: 'Fuzz course' },
      modules: [{ id: 'm', title: { en: 'M' }, lessons: [{ id: 'l', title: { en: 'L' }, body: { en: 'Text' } }] }],
    },
  },
  'PUT /api/courses/:id': {
    version: 0,
    content: {
      languages: ['en', 'el'],
      defaultLanguage: 'en',
      title: { en: 'Fuzz course' },
      modules: [{ id: 'm', title: { en: 'M' }, lessons: [{ id: 'l', title: { en: 'L' }, body: { en: 'Text' } }] }],
    },
  },
  'POST /api/courses/:id/publish': { version: 0 },
  'POST /api/courses/:id/archive': { version: 0 },
  'POST /api/courses/:id/enrolments': { language: 'en' },
  'PUT /api/enrolments/:id/progress': { lessonId: 'l', completed: true },
  'POST /api/enrolments/:id/attempts': { lessonId: 'l', answers: { q1: ['a'] } },
  'POST /api/learners/invitations': { email: 'fuzz-learner@example.org', name: 'Fuzz Learner', language: 'el' },
  'POST /api/capacity/assessments': { ratings: [{ area: 'legal-aid', rating: 2, note: 'One lawyer' }], priorities: ['legal-aid'], languages: ['en'] },
  'POST /api/capacity/offers': { area: 'data', kind: 'training', description: 'Fuzz offer', languages: ['en'], capacityPerYear: 3 },
  'PUT /api/capacity/offers/:id': { area: 'data', kind: 'training', description: 'Fuzz offer', status: 'closed', version: 0 },
  'POST /api/capacity/exchanges': {
    providerOrgId: '00000000-0000-4000-8000-000000000000',
    receiverOrgId: '00000000-0000-4000-8000-000000000001',
    area: 'data',
    kind: 'mentoring',
  },
  'PATCH /api/capacity/exchanges/:id': { version: 0, status: 'agreed', note: { on: '2025-01-01', text: 'Fuzz note' }, outcomeRating: 4, ratingAfter: 3 },
  'POST /api/strategy/goals': { title: 'Fuzz goal', periodStart: '2025-01-01', periodEnd: '2025-12-31', indicators: ['One'] },
  'PUT /api/strategy/goals/:id': { title: 'Fuzz goal', periodStart: '2025-01-01', periodEnd: '2025-12-31', version: 0 },
  'POST /api/strategy/goals/:id/activities': { title: 'Fuzz activity', target: 'Ten', dueOn: '2025-06-30' },
  'PUT /api/strategy/activities/:id': { title: 'Fuzz activity', version: 0 },
  'POST /api/strategy/activities/:id/commitments': { what: 'Fuzz commitment', byWhen: '2025-06-30' },
  'PATCH /api/strategy/commitments/:id': { version: 0, progress: 50, note: 'Fuzz', status: 'in-progress' },
  ...Object.fromEntries(
    ENTRY_KINDS.flatMap((k) => [
      [`POST /api/cases/:id/${k.path}`, k.example],
      [`PUT /api/cases/:id/${k.path}/:entryId`, { ...k.example, version: 0 }],
    ]),
  ),
};

const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    details: z.array(z.strictObject({ file: z.string().optional(), row: z.number().int().optional(), field: z.string(), message: z.string() })).optional(),
  }),
  current: z.unknown().optional(),
});

// --- raw HTTP: full control of method, path, headers and body; cookies in answers are ignored ---

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const base = new URL(p.url);

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string | undefined;
}
interface Answer {
  readonly status: number;
  readonly text: string;
  readonly contentType: string;
}

function send(req: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: base.hostname, port: base.port, method: req.method, path: req.path, headers: req.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), contentType: String(res.headers['content-type'] ?? '') }),
      );
      res.on('error', reject);
    });
    r.on('error', reject);
    r.setTimeout(15_000, () => r.destroy(new Error('timeout')));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

// --- the state that must not change without a 2xx ---

async function snapshot(): Promise<{ users: number; organisations: number; sessions: number; digest: string }> {
  const { rows } = await p.db.owner.query<{ users: number; organisations: number; sessions: number; digest: string }>(`
    SELECT (SELECT count(*)::int FROM users) AS users,
           (SELECT count(*)::int FROM organisations) AS organisations,
           (SELECT count(*)::int FROM sessions) AS sessions,
           md5(coalesce((SELECT string_agg(x, '|' ORDER BY x) FROM (
             SELECT concat_ws(',', 'u', id, org_id, email, name, roles::text, language, status, password_hash, encode(totp_secret, 'hex'), encode(totp_pending, 'hex')) AS x FROM users
             UNION ALL SELECT concat_ws(',', 'o', id, name, country, type) FROM organisations
             UNION ALL SELECT concat_ws(',', 'n', name, languages::text) FROM network
             UNION ALL SELECT concat_ws(',', 't', id, name, revoked_at::text) FROM api_tokens
             UNION ALL SELECT concat_ws(',', 'i', encode(token_hash, 'hex'), accepted_at::text) FROM invitations
             UNION ALL SELECT concat_ws(',', 'r', id, used_at::text) FROM recovery_codes
             UNION ALL SELECT concat_ws(',', 'p', id, version) FROM persons
             UNION ALL SELECT concat_ws(',', 'c', id, version, status) FROM cases
             UNION ALL SELECT concat_ws(',', 'e', id, version) FROM case_entries
             UNION ALL SELECT concat_ws(',', 'x', id) FROM screenings
             UNION ALL SELECT concat_ws(',', 'k', key, record_id) FROM idempotency_keys
             UNION ALL SELECT concat_ws(',', 'ct', id, version) FROM contacts
             UNION ALL SELECT concat_ws(',', 'cf', id, done_at::text) FROM contact_followups
             UNION ALL SELECT concat_ws(',', 'hs', org_id, updated_at::text) FROM hotline_settings
             UNION ALL SELECT concat_ws(',', 'oz', id) FROM outreach_zones
             UNION ALL SELECT concat_ws(',', 'en', id) FROM encounters
             UNION ALL SELECT concat_ws(',', 'op', id, engaged_on::text, visited_on::text, case_opened_on::text) FROM outreach_people
             UNION ALL SELECT concat_ws(',', 'd', id, size) FROM case_documents
             UNION ALL SELECT concat_ws(',', 's', org_id, reflection_days, retention_months) FROM case_settings
             UNION ALL SELECT concat_ws(',', 'cp', id, pathway_id) FROM cases
             UNION ALL SELECT concat_ws(',', 'do', id, version) FROM directory_organizations
             UNION ALL SELECT concat_ws(',', 'ds', id, version) FROM directory_services
             UNION ALL SELECT concat_ws(',', 'pw', id, version, archived) FROM referral_pathways
             UNION ALL SELECT concat_ws(',', 'lk', org_id, person_id, encode(key, 'hex')) FROM linkage_keys
             UNION ALL SELECT concat_ws(',', 'lu', org_id, fingerprint, keys, uploaded_at::text) FROM linkage_uploads
             UNION ALL SELECT concat_ws(',', 'rf', id, version, status) FROM referrals
             UNION ALL SELECT concat_ws(',', 're', id) FROM referral_events
             UNION ALL SELECT concat_ws(',', 'rm', id) FROM referral_messages
             UNION ALL SELECT concat_ws(',', 'no', id) FROM notifications
             UNION ALL SELECT concat_ws(',', 'cm', id, version) FROM campaigns
             UNION ALL SELECT concat_ws(',', 'ca', id, version) FROM campaign_activities
             UNION ALL SELECT concat_ws(',', 'cx', id) FROM campaign_activity_files
             UNION ALL SELECT concat_ws(',', 'as', id, version) FROM advocacy_sources
             UNION ALL SELECT concat_ws(',', 'rc', id, version, status) FROM recommendations
             UNION ALL SELECT concat_ws(',', 'rh', id) FROM recommendation_status_changes
             UNION ALL SELECT concat_ws(',', 'rd', id) FROM recommendation_documents
             UNION ALL SELECT concat_ws(',', 'hp', version) FROM help_settings
             UNION ALL SELECT concat_ws(',', 'cpa', id) FROM capacity_assessments
             UNION ALL SELECT concat_ws(',', 'cpo', id, version) FROM capacity_offers
             UNION ALL SELECT concat_ws(',', 'cpx', id, version) FROM capacity_exchanges
             UNION ALL SELECT concat_ws(',', 'cpn', id) FROM capacity_exchange_notes
             UNION ALL SELECT concat_ws(',', 'sg', id, version) FROM strategy_goals
             UNION ALL SELECT concat_ws(',', 'sa', id, version) FROM strategy_activities
             UNION ALL SELECT concat_ws(',', 'sc', id, version) FROM strategy_commitments
             UNION ALL SELECT concat_ws(',', 'co', id, version, status) FROM courses
             UNION ALL SELECT concat_ws(',', 'cv', course_id, number) FROM course_versions
             UNION ALL SELECT concat_ws(',', 'ci', id) FROM course_images
             UNION ALL SELECT concat_ws(',', 'er', id, status, last_lesson_id, completed_lessons::text) FROM enrolments
             UNION ALL SELECT concat_ws(',', 'qa', id) FROM quiz_attempts
             UNION ALL SELECT concat_ws(',', 'ce', code) FROM certificates
           ) s), '')) AS digest`);
  return rows[0]!;
}

// --- who calls ---

let admin: SignedInUser;
let adminCookie = '';
let adminCsrf = '';
let adminBearer = '';
let adminPassword = PASSWORD;
let recoveryCodes: string[] = [];
/** How often the admin had to sign in again (the session-ending routes really ran). */
const stats = { signInsAgain: 0 };
/** Per route, as the admin: answers that came from past the request validation (2xx, or an error of the handler). */
const reachedHandler = new Map<string, number>();
const VALIDATION_CODES = new Set([
  'validation_failed',
  'unknown_field',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'bad_request',
  'csrf_failed',
]);
/** Real records for path parameters (none of them the admin's own account or credentials). */
let realIds: string[] = [];
let realTokens: string[] = [];
/** The real record each kind of path parameter names, for the one well-formed example run per route. */
let realFor: Record<NonNullable<RouteDef['recordParam']> | 'token', string>;

function adopt(c: ApiClient): void {
  adminCookie = c.cookie;
  adminCsrf = c.csrf;
}

/** After a run as the admin: if the session was ended (sign-out), sign in again with a recovery code. */
async function ensureAdmin(): Promise<void> {
  // Fuzzed wrong passwords on password-confirming routes count against the admin like failed sign-ins; clear them (an administrator's unlock).
  await p.db.owner.query('UPDATE users SET failed_signins = 0, last_failed_at = NULL, locked_at = NULL WHERE id = $1', [admin.id]);
  const me = await send({ method: 'GET', path: '/api/me', headers: { cookie: adminCookie } });
  if (me.status === 200) return;
  expect(me.status).toBe(401);
  for (let attempt = 0; attempt < 3; attempt++) {
    const c = new ApiClient(p.url);
    const code = recoveryCodes.pop();
    const res = await c.post<{ error?: { code: string } }>('/api/auth/sign-in', { email: admin.email, password: adminPassword, recoveryCode: code });
    if (res.status === 200) {
      adopt(c);
      stats.signInsAgain++;
      if (recoveryCodes.length < 3) {
        const fresh = await c.post<{ recoveryCodes: string[] }>('/api/me/recovery-codes', { password: adminPassword });
        expect(fresh.status).toBe(200);
        recoveryCodes = [...fresh.body.recoveryCodes];
      }
      return;
    }
    // Fuzzed sign-ins may have locked this address: lift the lock with the admin's API token.
    if (res.body.error?.code === 'address_locked' || res.body.error?.code === 'too_many_attempts') {
      if (code) recoveryCodes.push(code);
      await unlockAddress();
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    throw new Error(`the admin could not sign in again: ${res.status} ${JSON.stringify(res.body)}`);
  }
  throw new Error('the admin could not sign in again');
}

/** A new API token for the admin (the old one ends with a password change). */
async function renewBearer(): Promise<void> {
  const c = new ApiClient(p.url);
  c.cookie = adminCookie;
  c.csrf = adminCsrf;
  const token = await c.post<{ token: string }>('/api/me/tokens', { name: 'fuzz backup', password: adminPassword });
  expect(token.status).toBe(201);
  adminBearer = token.body.token;
}

async function unlockAddress(): Promise<void> {
  const bot = new ApiClient(p.url);
  bot.bearer = adminBearer;
  for (const ip of ['127.0.0.1', '::ffff:127.0.0.1', '::1']) {
    const res = await bot.post('/api/auth/unlock-address', { ip });
    expect(res.status).toBe(200);
  }
}

beforeAll(async () => {
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  // The admin's recovery codes: from a fresh set (setUp keeps only the secret).
  const codes = await admin.client.post<{ recoveryCodes: string[] }>('/api/me/recovery-codes', { password: PASSWORD });
  recoveryCodes = [...codes.body.recoveryCodes];
  adopt(admin.client);
  const token = await admin.client.post<{ token: string }>('/api/me/tokens', { name: 'fuzz backup', password: PASSWORD });
  adminBearer = token.body.token;

  const target = await addUser(admin.client, 'target@example.org', ['analyst']);
  const other = await admin.client.post<{ id: string }>('/api/organisations', { name: 'Other Org', country: 'ALB', type: 'ngo' });
  const spare = await admin.client.post<{ id: string }>('/api/me/tokens', { name: 'spare', password: PASSWORD });
  const pending = await admin.client.post<{ inviteUrl: string }>('/api/users/invitations', {
    email: 'pending@example.org',
    name: 'Pending',
    roles: ['trainer'],
  });
  const person = await admin.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Olena', family: 'Kovalenko' }] });
  const kase = await admin.client.post<{ id: string }>('/api/cases', { personId: person.body.id });
  const entries: string[] = [];
  for (const k of ENTRY_KINDS) entries.push((await admin.client.post<{ id: string }>(`/api/cases/${kase.body.id}/${k.path}`, k.example)).body.id);
  realIds = [target.id, admin.orgId, other.body.id, spare.body.id, person.body.id, kase.body.id, ...entries];
  // A person the fuzz cannot erase (not among the real ids), for opening cases.
  const keeper = await admin.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Kept', family: 'Person' }] });
  EXAMPLE_BODIES['POST /api/cases'] = { personId: keeper.body.id };
  // A source of recommendations, so that recording one gets past the check of its source.
  const recSource = await admin.client.post<{ id: string }>('/api/recommendations/sources', { kind: 'upr', name: 'Fuzz source' });
  EXAMPLE_BODIES['POST /api/recommendations'] = { ...EXAMPLE_BODIES['POST /api/recommendations'], sourceId: recSource.body.id };
  realTokens = [pending.body.inviteUrl.split('/invite/')[1] ?? ''];
  const screening = await admin.client.post<{ id: string }>('/api/screenings', { instrumentId: 'adult-labour', answers: {}, caseId: kase.body.id });
  realIds.push(screening.body.id);
  const contact = await admin.client.post<{ id: string; followUps: { id: string }[] }>('/api/contacts', {
    channel: 'phone',
    summary: 'A fuzz fixture',
    followUps: [{ due: '2030-01-01' }],
  });
  const encounter = await admin.client.post<{ id: string; people: { outreachPersonId: string }[] }>('/api/encounters', {
    place: 'Harbour',
    team: 'Day',
    peopleCount: 1,
    people: [{ pseudonym: 'blue cap' }],
  });
  const outreachPersonId = encounter.body.people[0]?.outreachPersonId ?? '';
  // A referral to a service of the other organisation, with the person's consent.
  const directoryOrg = randomUUID();
  const service = randomUUID();
  await p.db.owner.query('INSERT INTO directory_organizations (id, org_id, member_org_id, name) VALUES ($1, $2, $2, $3)', [
    directoryOrg,
    other.body.id,
    'Other Org',
  ]);
  await p.db.owner.query(
    "INSERT INTO directory_services (id, org_id, organization_id, name, status, types) VALUES ($1, $2, $3, 'Shelter', 'active', '{shelter}')",
    [service, other.body.id, directoryOrg],
  );
  // A case the fuzz cannot erase (its person is not among the real ids), so that referring stays possible.
  const referred = await admin.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Referred', family: 'Person' }] });
  const referredCase = await admin.client.post<{ id: string }>('/api/cases', { personId: referred.body.id });
  await admin.client.post(`/api/cases/${referredCase.body.id}/consents`, {
    purpose: 'sharing',
    organisationId: other.body.id,
    givenBy: 'person',
    method: 'written',
    givenOn: new Date().toISOString().slice(0, 10),
  });
  EXAMPLE_BODIES['POST /api/referrals'] = { caseId: referredCase.body.id, serviceId: service, note: 'Needs a shelter.', phase: 'identification' };
  const sent = await admin.client.post<{ id: string }>('/api/referrals', EXAMPLE_BODIES['POST /api/referrals']);
  expect(sent.status).toBe(201);
  // Not the service and its organisation: the admin curates the directory and the fuzz could remove them.
  realIds.push(sent.body.id);
  // The admin's organisation's own directory entry, for the directory's change routes.
  const ownEntry = await admin.client.post<{ id: string }>('/api/directory/organizations', { name: 'Helping Hands directory entry', description: '' });
  const ownService = {
    organizationId: ownEntry.body.id,
    name: 'Fuzz shelter',
    types: ['shelter'],
    locations: [{ address: { city: 'Athens', country: 'GRC' } }],
  };
  EXAMPLE_BODIES['POST /api/directory/services'] = ownService;
  EXAMPLE_BODIES['PUT /api/directory/services/:id'] = { ...ownService, version: 0 };
  const ownServiceId = (await admin.client.post<{ id: string }>('/api/directory/services', ownService)).body.id;
  realIds.push(ownEntry.body.id, ownServiceId);
  realIds.push(contact.body.id, contact.body.followUps[0]?.id ?? '', encounter.body.id, outreachPersonId);
  realFor = {
    'organisation-user': target.id,
    organisation: other.body.id,
    'own-token': spare.body.id,
    token: realTokens[0] ?? '',
    person: person.body.id,
    case: kase.body.id,
    screening: screening.body.id,
    contact: contact.body.id,
    encounter: encounter.body.id,
    'outreach-person': outreachPersonId,
    // The admin's organisation sent it: the receiver's routes answer 409 (the wrong side), past validation.
    referral: sent.body.id,
    'incoming-referral': sent.body.id,
    'accepted-referral': sent.body.id,
    'directory-service': ownServiceId,
    'directory-organization': ownEntry.body.id,
  };
});

afterAll(async () => {
  agent.destroy();
  await p.close();
});

// --- generators ---

const AUX_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'id', 'orgId', 'org_id', 'roles', 'admin', 'isAdmin', '$where', ''];

const printable = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((n) => String.fromCharCode(n)), maxLength: 60 });

/** Characters that text columns, parsers and logs choke on. */
const NASTY_CHARS = ['\u0000', '\u0000', '\u0001', '\u001b', '\u007f', '\ud800', '\udfff', '\uffff', '\u202e', '\u2028', "'", '"', '\\', '%', '_'];
/** A string with a nasty character somewhere (NUL most often). */
const nastyString = fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...NASTY_CHARS), fc.string({ maxLength: 12 })).map(([a, c, b]) => `${a}${c}${b}`);

/** Values that are interesting for a known field: right-looking, wrong-typed, edge cases. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nastyString,
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.emailAddress(),
  fc.uuid(),
  fc.constantFrom<unknown>(
    ...ROLES,
    ...UI_LANGUAGES,
    ...ORG_TYPES,
    'GRC',
    'XXX',
    'grc',
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'true',
    '0',
    '-1',
    'null',
    'NaN',
    PASSWORD,
    'target@example.org',
  ),
  fc.array(fc.constantFrom(...ROLES, 'root')),
  fc.array(fc.constantFrom(...UI_LANGUAGES, 'xx'), { maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(300)),
  fc.constant('x'.repeat(20_000)),
);

/** An integer, mostly within [min, max], sometimes just outside or at the edges. */
const around = (min: number, max: number, edges: number[] = []) =>
  fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 6 }, fc.constantFrom(min - 1, min, max, max + 1, ...edges));

/** Date-time strings, including ones that look right but are not real moments (year 0, offsets past midnight). */
const dateish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(0, 0, 1, 1970, 2038, 9999)),
      around(1, 12),
      around(1, 28, [29, 30, 31]),
      around(0, 23),
      around(0, 59),
      fc.constantFrom('Z', 'Z', '+00:00', '+14:00', '-12:30', '+23:59', '-23:59', '+99:99', ''),
    )
    .map(
      ([y, mo, d, h, mi, z]) =>
        `${String(Math.max(0, y)).padStart(4, '0')}-${String(Math.max(0, mo)).padStart(2, '0')}-${String(Math.max(0, d)).padStart(2, '0')}T${String(Math.max(0, h)).padStart(2, '0')}:${String(Math.max(0, mi)).padStart(2, '0')}:00${z}`,
    ),
);

function shapeKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Just enough of Zod's internals to read a schema's types. */
interface ZodDef {
  readonly type: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly innerType?: ZodLike;
  readonly element?: ZodLike;
  /** A pipe (a transform): what goes in. */
  readonly in?: ZodLike;
  readonly entries?: Record<string, string>;
  readonly checks?: readonly {
    readonly _zod: {
      readonly def: { readonly check: string; readonly format?: string; readonly pattern?: RegExp; readonly minimum?: number; readonly maximum?: number };
    };
  }[];
}
interface ZodLike {
  readonly _zod: { readonly def: ZodDef };
}

const isOptional = (t: unknown) => ['optional', 'default'].includes((t as ZodLike)._zod.def.type);

/**
 * Values of the type a schema asks for, mostly valid, with edge cases (dates that are
 * no moment, nasty characters in text): they get past validation into the handlers.
 */
function typedValue(t: unknown): fc.Arbitrary<unknown> {
  const def = (t as ZodLike)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return typedValue(def.innerType);
    case 'pipe':
      return typedValue(def.in);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.oneof({ arbitrary: fc.integer({ min: 1, max: 500 }), weight: 4 }, fc.constantFrom(0, -1, 501, 2 ** 31, 2 ** 53 - 1, 0.5));
    case 'array':
      return fc.array(typedValue(def.element), { minLength: 1, maxLength: 4 });
    case 'string': {
      const format = def.format ?? def.checks?.find((c) => c._zod.def.check === 'string_format')?._zod.def.format;
      const pattern = def.pattern ?? def.checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
      const check = (name: string) => def.checks?.find((c) => c._zod.def.check === name)?._zod.def;
      const min = Math.max(1, check('min_length')?.minimum ?? 1);
      const max = Math.max(min, Math.min(check('max_length')?.maximum ?? 40, min + 30));
      // Mostly within the length limits and not blank (names are trimmed), sometimes nasty.
      const text = fc.oneof(
        { arbitrary: fc.string({ minLength: min - 1, maxLength: max - 1 }).map((t) => `x${t}`), weight: 5 },
        { arbitrary: fc.string({ unit: 'grapheme', minLength: min - 1, maxLength: max - 1 }).map((t) => `y${t}`), weight: 2 },
        nastyString,
        fc.string({ maxLength: max + 2 }),
      );
      if (format === 'datetime') return dateish;
      if (format === 'date')
        return fc.oneof(
          { arbitrary: fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)), weight: 4 },
          text,
        );
      if (format === 'uuid') return fc.oneof(fc.uuid(), fc.constantFrom(...realIds));
      if (format === 'email') {
        const plain = fc
          .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9.+-]{0,15}$/), fc.constantFrom('example.org', 'example.com', 'xn--bcher-kva.example'))
          .map(([local, domain]) => `${local}@${domain}`);
        return fc.oneof(
          { arbitrary: plain, weight: 4 },
          fc.emailAddress(),
          fc.constantFrom('target@example.org', 'pending@example.org', ' TARGET@Example.org '),
        );
      }
      if (format === 'regex' && pattern) return fc.oneof({ arbitrary: fc.stringMatching(new RegExp(pattern.source)), weight: 4 }, text);
      return text;
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A body or query of the schema's own shape, with well-typed (mostly valid) values. */
function typedObject(schema: unknown): fc.Arbitrary<Record<string, unknown>> {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
  const keys = Object.keys(shape);
  return fc.record(Object.fromEntries(keys.map((k) => [k, typedValue(shape[k])])), { requiredKeys: keys.filter((k) => !isOptional(shape[k])) });
}

const json = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return 'null';
  }
};

interface Body {
  readonly kind: string;
  readonly contentType?: string;
  readonly payload?: string;
}

const jsonType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 8 },
  fc.constantFrom('application/json; charset=utf-8', 'Application/JSON', 'application/json; charset=utf-16', 'application/json; charset=latin1'),
);

function bodyArb(r: RouteDef): fc.Arbitrary<Body> {
  const keys = shapeKeys(r.body);
  const realKeys = keys.length ? keys : ['name', 'email', 'password'];
  const ex = EXAMPLE_BODIES[key(r)] ?? Object.fromEntries(realKeys.map((k) => [k, 'x']));
  const asJson = (kind: string, arb: fc.Arbitrary<unknown>) =>
    fc.tuple(arb, jsonType).map(([v, contentType]): Body => ({ kind, contentType, payload: json(v) }));
  const nested = fc.tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean()).map(
    ([depth, arrays]): Body => ({
      kind: 'deeply nested',
      contentType: 'application/json',
      payload: arrays
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${`{"${realKeys[0]}":`.repeat(Math.min(depth, 3000))}1${'}'.repeat(Math.min(depth, 3000))}`,
    }),
  );
  const malformed = fc
    .oneof(
      fc.string(),
      fc.constantFrom(
        '{',
        '}',
        '{"a":}',
        "{'a':1}",
        'NaN',
        '[1,]',
        '{"a":1}{"b":2}',
        'undefined',
        '\u0000',
        '\ufeff{}',
        '{"a":"\\u12"}',
        '{"__proto__":{"isAdmin":true}}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        '""',
        '-',
        '1e999999',
      ),
      fc.integer({ min: 1, max: 40 }).map((n) => json(ex).slice(0, n)),
    )
    .map((payload): Body => ({ kind: 'malformed JSON', contentType: 'application/json', payload }));
  const wrongType = fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'text/plain; charset=utf-8',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
        'text/html',
        'application/octet-stream',
        'application/jsonp',
        'application/vnd.api+json',
        'json',
        '*/*',
        ';;',
        'application/json;;;',
      ),
      fc.oneof(fc.constant(json(ex)), fc.string(), fc.constant('a=1&b=2')),
    )
    .map(([contentType, payload]): Body => ({ kind: 'wrong content type', contentType, payload }));
  return fc.oneof(
    { arbitrary: asJson('json value', fc.jsonValue()), weight: 3 },
    { arbitrary: asJson('anything', fc.anything({ maxDepth: 3 })), weight: 2 },
    ...(keys.length ? [{ arbitrary: asJson('well-typed values', typedObject(r.body)), weight: 6 }] : []),
    { arbitrary: asJson('real keys, wrong types', fc.record(Object.fromEntries(realKeys.map((k) => [k, fieldValue])), { requiredKeys: [] })), weight: 5 },
    {
      arbitrary: asJson(
        'example with one field changed',
        fc.tuple(fc.constantFrom(...Object.keys(ex)), fc.option(fieldValue, { nil: undefined })).map(([k, v]) => {
          const out: Record<string, unknown> = { ...ex };
          if (v === undefined) delete out[k];
          else out[k] = v;
          return out;
        }),
      ),
      weight: 5,
    },
    {
      arbitrary: asJson(
        'example with a nasty character in a text field',
        fc.tuple(fc.constantFrom(...realKeys), fc.constantFrom(...NASTY_CHARS), fc.nat()).map(([k, c, at]) => {
          const v = typeof ex[k] === 'string' ? (ex[k] as string) : 'text';
          const i = at % (v.length + 1);
          return { ...ex, [k]: `${v.slice(0, i)}${c}${v.slice(i)}` };
        }),
      ),
      weight: 4,
    },
    {
      arbitrary: asJson(
        'example with unknown keys',
        fc
          .dictionary(fc.oneof(fc.constantFrom(...AUX_KEYS), fc.string({ maxLength: 10 })), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 })
          .map((extra) => ({ ...ex, ...extra })),
      ),
      weight: 2,
    },
    { arbitrary: asJson('unknown keys only', fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))), weight: 1 },
    {
      arbitrary: fc
        .constantFrom(...realKeys)
        .map((k): Body => ({ kind: 'huge string in a field', contentType: 'application/json', payload: json({ ...ex, [k]: 'A'.repeat(60_000) }) })),
      weight: 1,
    },
    {
      arbitrary: fc.constant<Body>({
        kind: 'over the body limit',
        contentType: 'application/json',
        payload: json({ [realKeys[0] ?? 'a']: 'A'.repeat(70_000) }),
      }),
      weight: 1,
    },
    { arbitrary: nested, weight: 1 },
    { arbitrary: malformed, weight: 3 },
    { arbitrary: wrongType, weight: 2 },
    // Files: junk (text, binary, magic bytes then junk) declared as each accepted type.
    ...(r.rawBody
      ? [
          {
            arbitrary: fc
              .tuple(
                fc.constantFrom(...r.rawBody.mediaTypes),
                fc.oneof(
                  fc.string(),
                  fc.string({ unit: 'binary' }),
                  fc.constantFrom('%PDF-', '\u0089PNG\r\n\u001a\n', 'PK\u0003\u0004', 'RIFF0000WEBP'),
                  nastyString,
                ),
                fc.string({ maxLength: 40 }),
              )
              .map(([contentType, head, tail]): Body => ({ kind: 'junk of an accepted file type', contentType, payload: `${head}${tail}` })),
            weight: 8,
          },
        ]
      : []),
    {
      arbitrary: fc.constantFrom<Body>(
        { kind: 'no body' },
        { kind: 'empty JSON body', contentType: 'application/json', payload: '' },
        { kind: 'body without content type', payload: json(ex) },
      ),
      weight: 2,
    },
  );
}

/** One path segment: a real record, a random uuid, or random text (escaped or raw). */
function paramArb(name: string): fc.Arbitrary<string> {
  const real = name === 'token' ? realTokens : realIds;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real).map(encodeURIComponent), weight: 3 },
    { arbitrary: fc.uuid(), weight: 3 },
    { arbitrary: fc.uuid().map((u) => u.toUpperCase()), weight: 1 },
    // Not empty: '/api/cases/' is the list route '/api/cases' (trailing slashes are ignored), not a record.
    { arbitrary: fc.string({ unit: 'binary', minLength: 1 }).map(encodeURIComponent), weight: 3 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9%._~!$&'()*+,;=:@-]{1,40}$/), weight: 2 },
    {
      arbitrary: fc.constantFrom(
        '..',
        '.',
        '%00',
        '%2F..%2F',
        '%',
        '%zz',
        '%E0%A4%A',
        '%C0%AE',
        'null',
        'undefined',
        '0',
        '-1',
        `${'a'.repeat(99)}`,
        `${'a'.repeat(101)}`,
        'a'.repeat(5000),
      ),
      weight: 2,
    },
  );
}

function pathArb(r: RouteDef): fc.Arbitrary<string> {
  const names = [...r.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]!);
  if (names.length === 0) return fc.constantFrom(r.url, r.url, r.url, `${r.url}/`);
  return fc.tuple(...names.map(paramArb)).map((values) => {
    let i = 0;
    return r.url.replace(/:([A-Za-z_]+)/g, () => values[i++] ?? '');
  });
}

function queryArb(r: RouteDef): fc.Arbitrary<string> {
  const keys = shapeKeys(r.query);
  const value = fc.oneof(
    { arbitrary: fc.string(), weight: 2 },
    { arbitrary: nastyString, weight: 2 },
    { arbitrary: fc.integer().map(String), weight: 1 },
    { arbitrary: dateish, weight: 4 },
    { arbitrary: fc.uuid(), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '',
        '0',
        '-1',
        '1e20',
        '0x10',
        'NaN',
        'Infinity',
        '9007199254740993',
        '9223372036854775808',
        'success',
        'denied',
        '%',
        '\\',
        '_',
        '%_%',
        '\u0000',
        'a'.repeat(500),
      ),
      weight: 2,
    },
  );
  const encode = (pairs: [string, string][]) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '');
  return fc.oneof(
    { arbitrary: fc.constant(''), weight: 2 },
    {
      arbitrary: fc.array(fc.tuple(keys.length ? fc.constantFrom(...keys) : fc.string({ maxLength: 8 }), value), { maxLength: 4 }).map(encode),
      weight: keys.length ? 3 : 2,
    },
    ...(keys.length
      ? [
          {
            arbitrary: fc
              .record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] })
              .map((q) => encode(Object.entries(q) as [string, string][])),
            weight: 3,
          },
        ]
      : []),
    ...(keys.length
      ? [{ arbitrary: typedObject(r.query).map((q) => encode(Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : json(v)]))), weight: 8 }]
      : []),
    {
      arbitrary: fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...AUX_KEYS)), fc.string()), { maxLength: 4 }).map(encode),
      weight: 2,
    },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9%&=[\]._~,;:@!$'()*+-]{0,60}$/).map((s) => `?${s}`), weight: 2 },
  );
}

interface Case {
  readonly path: string;
  readonly query: string;
  readonly body: Body;
  readonly auth: Record<string, string>;
}

function caseArb(r: RouteDef, who: 'anonymous' | 'admin'): fc.Arbitrary<Case> {
  const anonAuth = fc.oneof(
    { arbitrary: fc.constant<Record<string, string>>({}), weight: 6 },
    { arbitrary: printable.map((t) => ({ authorization: `Bearer ${t}` })), weight: 1 },
    { arbitrary: printable.map((t) => ({ authorization: `Bearer hvn_${t}` })), weight: 1 },
    {
      arbitrary: fc.constantFrom<Record<string, string>>(
        { authorization: 'Bearer' },
        { authorization: 'Basic YWRtaW46YWRtaW4=' },
        { cookie: 'haven_session=' },
        { cookie: `haven_session=${'a'.repeat(300)}` },
      ),
      weight: 1,
    },
    { arbitrary: printable.map((t) => ({ cookie: `haven_session=${t}`, 'x-csrf-token': t })), weight: 1 },
  );
  const adminAuth = fc
    .oneof({ arbitrary: fc.constant(true), weight: 12 }, fc.constant(false))
    .map((csrf) => ({ cookie: 'ADMIN', ...(csrf ? { 'x-csrf-token': 'ADMIN' } : {}) }));
  return fc.record({ path: pathArb(r), query: queryArb(r), body: bodyArb(r), auth: who === 'admin' ? adminAuth : anonAuth });
}

function toRequest(r: RouteDef, c: Case): Sent {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [k, v] of Object.entries(c.auth)) headers[k] = v === 'ADMIN' ? (k === 'cookie' ? adminCookie : adminCsrf) : v;
  if (c.body.contentType !== undefined) headers['content-type'] = c.body.contentType;
  // An explicit length: without it Node sends a GET or DELETE body unframed (a malformed HTTP request).
  if (c.body.payload !== undefined) headers['content-length'] = String(Buffer.byteLength(c.body.payload));
  return { method: r.method, path: c.path + c.query, headers, body: c.body.payload };
}

function describeCase(req: Sent, c: Case, a: Answer): string {
  const body = req.body === undefined ? '(none)' : req.body.length > 300 ? `${req.body.slice(0, 300)}… (${req.body.length} chars)` : req.body;
  return `${req.method} ${req.path.length > 300 ? `${req.path.slice(0, 300)}…` : req.path} [${c.body.kind}; content-type ${req.headers['content-type'] ?? '(none)'}; auth ${Object.keys(c.auth).join(',') || 'none'}]\nbody: ${body}\n→ ${a.status} ${a.text.slice(0, 500)}`;
}

/** The checks for one request. */
async function check(r: RouteDef, c: Case, who: 'anonymous' | 'admin'): Promise<void> {
  const req = toRequest(r, c);
  const before = await snapshot();
  const a = await send(req);
  const after = await snapshot();
  const what = describeCase(req, c, a);
  if (process.env.FUZZ_DEBUG && key(r) === process.env.FUZZ_DEBUG)
    console.log('DEBUG', who, a.status, a.text.slice(0, 200), c.body.kind, (req.body ?? '').slice(0, 200));
  expect((a.status >= 200 && a.status < 300) || (a.status >= 400 && a.status < 500), `status: ${what}`).toBe(true);
  let parsed: unknown;
  try {
    // A file download (a route without a response schema) answers its file; every other answer is JSON.
    parsed = a.status < 300 && !r.response ? null : JSON.parse(a.text);
  } catch {
    throw new Error(`the answer is not JSON: ${what}`);
  }
  if (a.status >= 400) {
    const e = errorBody.safeParse(parsed);
    expect(e.success, `error body shape: ${what}`).toBe(true);
    const { code, message } = e.data!.error;
    if (who === 'admin' && !VALIDATION_CODES.has(code) && !(code === 'not_found' && message === 'No such record.'))
      reachedHandler.set(key(r), (reachedHandler.get(key(r)) ?? 0) + 1);
    expect(a.contentType, `error content type: ${what}`).toMatch(/^application\/json/);
  } else if (r.response) {
    if (who === 'admin') reachedHandler.set(key(r), (reachedHandler.get(key(r)) ?? 0) + 1);
    const ok = r.response.safeParse(parsed);
    expect(
      ok.success,
      `2xx body does not match the route's response schema (${ok.error?.issues[0]?.path.join('.')}: ${ok.error?.issues[0]?.message}): ${what}`,
    ).toBe(true);
  } else if (who === 'admin') {
    // A file download answered.
    reachedHandler.set(key(r), (reachedHandler.get(key(r)) ?? 0) + 1);
  }
  if (a.status >= 300 || r.method === 'GET') {
    expect(after, `something was written (${a.status}): ${what}`).toEqual(before);
  }
  // Should the fuzz ever guess the admin's password and change it, follow along.
  // A changed password also revokes the admin's API tokens: sign in again and make a new one.
  const passwordChanged = who === 'admin' && key(r) === 'POST /api/me/password' && a.status < 300;
  if (passwordChanged) adminPassword = (JSON.parse(req.body ?? '{}') as { newPassword: string }).newPassword;
  if (who === 'admin' && key(r) === 'POST /api/me/recovery-codes' && a.status < 300) recoveryCodes = [...(parsed as { recoveryCodes: string[] }).recoveryCodes];
  if (who === 'admin') await ensureAdmin();
  if (passwordChanged) await renewBearer();
}

/** One well-formed request per route, run first: real records in the path, the example body (if any). */
function exampleCase(r: RouteDef, who: 'anonymous' | 'admin'): Case {
  const path = r.url.replace(/:([A-Za-z_]+)/g, (_, name: string) =>
    encodeURIComponent(name === 'token' ? realFor.token : realFor[r.recordParam ?? 'organisation-user']),
  );
  const ex = EXAMPLE_BODIES[key(r)];
  return {
    path,
    query: '',
    body: ex ? { kind: 'example', contentType: 'application/json', payload: json(ex) } : { kind: 'no body' },
    auth: who === 'admin' ? { cookie: 'ADMIN', 'x-csrf-token': 'ADMIN' } : {},
  };
}

async function fuzz(r: RouteDef, who: 'anonymous' | 'admin', index: number): Promise<void> {
  const seed = (SEED + index * 7919) % 2 ** 31;
  try {
    await fc.assert(
      fc.asyncProperty(caseArb(r, who), (c) => check(r, c, who)),
      { numRuns: runsFor(r, who), seed, examples: [[exampleCase(r, who)]], endOnFailure: !process.env.FUZZ_SHRINK, includeErrorInReport: true },
    );
  } catch (err) {
    throw new Error(`${key(r)} (${who}) failed; reproduce with FUZZ_SEED=${SEED} (route seed ${seed})\n${(err as Error).message}`);
  }
}

// Session-ending routes last, so most of the admin's runs need no fresh sign-in.
const ordered = [...routes.filter((r) => !ENDS_SESSION.has(key(r))), ...routes.filter((r) => ENDS_SESSION.has(key(r)))];

describe('fuzzing every route of the registry', () => {
  it('covers every route', () => {
    expect(ordered).toHaveLength(routes.length);
    expect(routes.length).toBeGreaterThan(20);
  });

  describe.each(['anonymous', 'admin'] as const)('as %s', (who) => {
    ordered.forEach((r, i) => {
      it(`${key(r)}`, { timeout: 60_000 }, async () => {
        await fuzz(r, who, i + (who === 'admin' ? 1000 : 0));
      });
    });
  });

  it('random paths and methods under /api get a well-formed error', async () => {
    const known = new Set(routes.map(key));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
        fc.oneof(
          fc.string({ unit: 'binary' }).map(encodeURIComponent),
          fc.stringMatching(/^[A-Za-z0-9%/._~-]{0,60}$/),
          fc.constantFrom('users', 'me/tokens', 'organisations/x/y', 'openapi.json/x', '..%2f..%2fetc%2fpasswd', '%zz'),
        ),
        async (method, rest) => {
          const path = `/api/${rest}`;
          fc.pre(!known.has(`${method} ${path}`));
          const a = await send({ method, path, headers: { cookie: adminCookie, 'x-csrf-token': adminCsrf } });
          expect(a.status, `${method} ${path} → ${a.status} ${a.text}`).toBeLessThan(500);
          if (a.status >= 400) expect(errorBody.safeParse(JSON.parse(a.text)).success, `${method} ${path} → ${a.status} ${a.text}`).toBe(true);
          await ensureAdmin();
        },
      ),
      { numRuns: RUNS * 2, seed: SEED, includeErrorInReport: true },
    );
  });

  it('got past request validation into every route’s handler as the admin', () => {
    const never = routes.map(key).filter((k) => !reachedHandler.get(k));
    expect(never, `routes whose handler the fuzz never reached: ${JSON.stringify(Object.fromEntries(reachedHandler))}`).toEqual([]);
  });

  it('leaves the admin able to sign in and work', async () => {
    // The session-ending routes really ended the admin's session (and the admin signed in again).
    expect(stats.signInsAgain).toBeGreaterThan(0);
    await unlockAddress();
    await p.db.owner.query('UPDATE users SET failed_signins = 0, last_failed_at = NULL, locked_at = NULL WHERE id = $1', [admin.id]);
    const c = new ApiClient(p.url);
    const res = await c.post('/api/auth/sign-in', { email: admin.email, password: adminPassword, recoveryCode: recoveryCodes.pop() });
    expect(res.status).toBe(200);
    expect((await c.get('/api/users')).status).toBe(200);
    const row = (
      await p.db.owner.query<{ locked_at: Date | null; failed_signins: number }>('SELECT locked_at, failed_signins FROM users WHERE id = $1', [admin.id])
    ).rows[0];
    expect(row).toEqual({ locked_at: null, failed_signins: 0 });
  });
});
