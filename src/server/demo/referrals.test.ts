import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Consent, consentCovers } from '../../core/cases/consent.js';
import { todayUtc } from '../../core/cases/dates.js';
import { serviceRequest } from '../../core/referrals/directory.js';
import { measureReferrals, type ReferralMeasures } from '../../core/referrals/measures.js';
import { type CaseProgress, pathwayRequest } from '../../core/referrals/pathway.js';
import { REFERRAL_STATUSES, type ReferralListItem, type ReferralView } from '../../core/referrals/referral.js';
import { ApiClient, totp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';
import { demoTotpSecret } from './accounts.js';
import { DEMO_DIRECTORY } from './directory.js';
import { loadDemo } from './load.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './network.js';
import { DEMO_PATHWAYS, DEMO_REFERRALS, finalStatus } from './referral-stories.js';
import { localInstant, timesOf } from './referrals.js';

const uuid = '00000000-0000-4000-8000-000000000001';

describe('the demo directory, pathways and referrals as data', () => {
  it('passes the request schemas, with services for every demo organisation and some not on Haven', () => {
    for (const e of DEMO_DIRECTORY) {
      for (const { key: _, ...s } of e.services) expect(() => serviceRequest.parse({ ...s, organizationId: uuid }), `${e.key}: ${s.name}`).not.toThrow();
      expect(e.services.length).toBeGreaterThanOrEqual(1);
    }
    for (const o of DEMO_ORGANISATIONS) {
      const own = DEMO_DIRECTORY.find((e) => e.member === o.key);
      expect(own?.maintainedBy).toBe(o.key);
      expect(own?.services.length).toBeGreaterThanOrEqual(2);
      expect(own?.services.length).toBeLessThanOrEqual(4);
      for (const s of own?.services ?? []) expect(s.locations?.every((l) => l.address.country === o.country && l.address.city === o.city)).toBe(true);
    }
    const offHaven = DEMO_DIRECTORY.filter((e) => e.member === null).flatMap((e) => e.services);
    expect(offHaven.length).toBeGreaterThanOrEqual(3);
    expect(offHaven.length).toBeLessThanOrEqual(4);
    for (const p of DEMO_PATHWAYS) expect(pathwayRequest.parse(p).steps.length).toBeGreaterThanOrEqual(3);
  });

  it('names services of member organisations and moves every referral only as the API allows, in the past', () => {
    const finals = DEMO_REFERRALS.map((r) => finalStatus(r));
    expect(new Set(finals)).toEqual(new Set(REFERRAL_STATUSES));
    expect(DEMO_REFERRALS.filter((r) => r.override).length).toBeGreaterThanOrEqual(1);
    for (const r of DEMO_REFERRALS) {
      const entry = DEMO_DIRECTORY.find((e) => e.key === r.to);
      expect(entry?.member, r.note).toBe(r.to);
      expect(entry?.services.some((s) => s.key === r.service)).toBe(true);
      expect(r.from).not.toBe(r.to);
      const afters = r.steps.map((s) => s.after);
      expect(afters).toEqual([...afters].sort((a, b) => a - b));
      expect(Math.max(0, ...afters)).toBeLessThan(r.sentHoursAgo);
    }
  });

  it('dates each referral in order, before now, sent in office hours of the sender unless it was an emergency at night', () => {
    const now = new Date('2025-06-15T12:00:00Z');
    DEMO_REFERRALS.forEach((r, i) => {
      const t = timesOf(r, i, now);
      const all = [t.sent, ...t.steps].map((d) => d.getTime());
      expect(all).toEqual([...all].sort((a, b) => a - b));
      expect(new Set(all).size).toBe(all.length);
      expect(Math.max(...all)).toBeLessThan(now.getTime());
      const zone = DEMO_DIRECTORY.find((e) => e.member === r.from)?.services[0]?.timeZone ?? 'UTC';
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t.sent);
      if (r.localTime) expect(local).toBe(r.localTime);
      else if (r.sentHoursAgo >= 72) expect(local >= '09:00' && local <= '16:40', `${i}: ${local}`).toBe(true);
    });
    expect(localInstant('2025-01-15', '09:30', 'Asia/Almaty').toISOString()).toBe('2025-01-15T04:30:00.000Z');
    expect(localInstant('2025-07-15', '09:30', 'Europe/Athens').toISOString()).toBe('2025-07-15T06:30:00.000Z');
  });
});

describe('the demo network with its directory and referrals', () => {
  let p: TestPlatform;
  const orgIds = new Map<string, string>();
  const q = async <T extends object>(sql: string, params: unknown[] = []) => (await p.db.owner.query<T>(sql, params)).rows;

  beforeAll(async () => {
    p = await startTestPlatform();
    await loadDemo(p.db, p.services.masterKey);
    for (const r of await q<{ id: string; name: string }>('SELECT id, name FROM organisations'))
      orgIds.set(DEMO_ORGANISATIONS.find((o) => o.name === r.name)?.key ?? r.name, r.id);
  }, 300_000);
  afterAll(async () => {
    await p?.close();
  });

  async function signIn(orgKey: string, userKey: string): Promise<ApiClient> {
    const email = DEMO_ORGANISATIONS.find((o) => o.key === orgKey)?.users.find((u) => u.key === userKey)?.email ?? '';
    const api = new ApiClient(p.url);
    const res = await api.post('/api/auth/sign-in', { email, password: DEMO_PASSWORD, totp: totp(demoTotpSecret(p.services.masterKey, email)) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return api;
  }

  it('lists services of every demo organisation in the directory, and services not on Haven', async () => {
    const rows = await q<{ member_org_id: string | null; org_id: string; services: number; countries: string[]; cities: string[] }>(
      `SELECT o.member_org_id, o.org_id, count(s.id)::int AS services, array_agg(DISTINCT c) AS countries, array_agg(DISTINCT ci) AS cities
         FROM directory_organizations o JOIN directory_services s ON s.organization_id = o.id, unnest(s.countries) c, unnest(s.cities) ci
        GROUP BY o.id`,
    );
    for (const o of DEMO_ORGANISATIONS) {
      const own = rows.find((r) => r.member_org_id === orgIds.get(o.key));
      expect(own, o.name).toBeDefined();
      expect(own?.org_id).toBe(orgIds.get(o.key));
      expect(own?.services).toBeGreaterThanOrEqual(2);
      expect(own?.countries).toEqual([o.country]);
      expect(own?.cities).toEqual([o.city.toLowerCase()]);
    }
    expect(rows.filter((r) => r.member_org_id === null).reduce((n, r) => n + r.services, 0)).toBeGreaterThanOrEqual(3);
    expect((await q('SELECT 1 FROM referral_pathways')).length).toBe(DEMO_PATHWAYS.length);
  });

  it('sends every referral to a member organisation, each consent-based one covered by a consent of its case', async () => {
    const referrals = await q<{
      id: string;
      org_id: string;
      to_org_id: string;
      case_id: string;
      member_org_id: string | null;
      basis: 'consent' | 'override';
      consent_id: string | null;
      sent_at: Date;
      status: string;
      phase: string | null;
      from_country: string;
      to_country: string;
    }>(
      `SELECT r.id, r.org_id, r.to_org_id, r.case_id, o.member_org_id, r.basis, r.consent_id, r.sent_at, r.status, r.phase, r.from_country, r.to_country
         FROM referrals r JOIN directory_services s ON s.id = r.service_id JOIN directory_organizations o ON o.id = s.organization_id`,
    );
    expect(referrals.length).toBe(DEMO_REFERRALS.length);
    const demo = new Set(orgIds.values());
    for (const r of referrals) {
      expect(r.member_org_id).toBe(r.to_org_id);
      expect(demo.has(r.to_org_id)).toBe(true);
      expect(r.to_org_id).not.toBe(r.org_id);
      if (r.from_country !== r.to_country) expect(r.phase).not.toBeNull();
      if (r.basis === 'override') {
        expect(r.consent_id).toBeNull();
        continue;
      }
      const entries = await q<{ id: string; data: Omit<Consent, 'id'> }>(
        "SELECT id, data FROM case_entries WHERE kind = 'consent' AND case_id = $1 AND org_id = $2",
        [r.case_id, r.org_id],
      );
      const consents: Consent[] = entries.map((e) => ({ ...e.data, id: e.id }));
      const covering = consentCovers(consents, { purpose: 'sharing', organisationId: r.to_org_id, at: todayUtc(r.sent_at) });
      expect(covering, `referral ${r.id}`).toBeDefined();
      expect(consents.find((c) => c.id === r.consent_id)).toBeDefined();
      expect(
        consentCovers(
          consents.filter((c) => c.id === r.consent_id),
          { purpose: 'sharing', organisationId: r.to_org_id, at: todayUtc(r.sent_at) },
        ),
      ).toBeDefined();
    }
    const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, referrals.filter((r) => r.status === s).length]));
    for (const s of REFERRAL_STATUSES) expect(byStatus[s], s).toBeGreaterThan(0);
    expect(referrals.filter((r) => r.basis === 'override').length).toBe(DEMO_REFERRALS.filter((r) => r.override).length);
    // Every demo organisation sends and receives.
    for (const id of demo) {
      expect(referrals.some((r) => r.org_id === id)).toBe(true);
      expect(referrals.some((r) => r.to_org_id === id)).toBe(true);
    }
  });

  it('back-dates the referrals over months, with plausible times to accept, a history and a thread', async () => {
    const facts = await q<{
      from_org: string;
      to_org: string;
      from_country: string;
      to_country: string;
      status: never;
      sent_at: Date;
      accepted_at: Date | null;
      declined_at: Date | null;
    }>(
      `SELECT fo.name AS from_org, tor.name AS to_org, r.from_country, r.to_country, r.status, r.sent_at, r.accepted_at, r.declined_at
         FROM referrals r JOIN organisations fo ON fo.id = r.org_id JOIN organisations tor ON tor.id = r.to_org_id`,
    );
    const m: ReferralMeasures = measureReferrals(
      facts.map((f) => ({
        fromOrg: f.from_org,
        toOrg: f.to_org,
        fromCountry: f.from_country,
        toCountry: f.to_country,
        status: f.status,
        sentAt: f.sent_at,
        acceptedAt: f.accepted_at,
        declinedAt: f.declined_at,
      })),
    );
    expect(m.hoursToAcceptMedian).toBeGreaterThan(4);
    expect(m.hoursToAcceptMedian).toBeLessThan(72);
    expect(m.acceptanceRate).toBeGreaterThan(0.6);
    const days = (Date.now() - Math.min(...facts.map((f) => f.sent_at.getTime()))) / 86_400_000;
    expect(days).toBeGreaterThan(180);
    const events = await q<{ referral_id: string; ats: Date[]; statuses: string[] }>(
      'SELECT referral_id, array_agg(at ORDER BY id) AS ats, array_agg(status ORDER BY id) AS statuses FROM referral_events GROUP BY referral_id',
    );
    expect(events.length).toBe(DEMO_REFERRALS.length);
    for (const e of events) {
      expect(e.statuses[0]).toBe('sent');
      expect(e.ats.map((a) => a.getTime())).toEqual([...e.ats.map((a) => a.getTime())].sort((a, b) => a - b));
      expect(e.ats.every((a) => a.getTime() < Date.now())).toBe(true);
    }
    const threads = await q<{ n: number }>('SELECT count(*)::int AS n FROM referral_messages');
    expect(threads[0]?.n).toBeGreaterThan(10);
    const notes = await q<{ unread: number; read: number }>(
      'SELECT count(*) FILTER (WHERE read_at IS NULL)::int AS unread, count(*) FILTER (WHERE read_at IS NOT NULL)::int AS read FROM notifications',
    );
    expect(notes[0]?.unread).toBeGreaterThan(0);
    expect(notes[0]?.read).toBeGreaterThan(0);
    // Accepted referrals with a case opened at the receiver; cases along a pathway.
    const opened = await q<{ n: number }>(
      'SELECT count(*)::int AS n FROM referrals r JOIN cases c ON c.id = r.receiver_case_id AND c.org_id = r.to_org_id WHERE r.accepted_at IS NOT NULL',
    );
    expect(opened[0]?.n).toBeGreaterThanOrEqual(3);
    expect((await q<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE pathway_id IS NOT NULL'))[0]?.n).toBeGreaterThanOrEqual(4);
  });

  it('opens through the API: the receiver sees the shared snapshot, the sender’s supervisor the override, the measures', async () => {
    const tirana = await signIn('drejtesia', 'admin');
    const incoming = await tirana.get<{ items: ReferralListItem[]; total: number }>('/api/referrals?direction=incoming');
    expect(incoming.status, JSON.stringify(incoming.body)).toBe(200);
    expect(incoming.body.total).toBe(DEMO_REFERRALS.filter((r) => r.to === 'drejtesia').length);
    expect(incoming.body.items.every((i) => i.givenName)).toBe(true);
    const one = await tirana.get<ReferralView>(`/api/referrals/${incoming.body.items[0]?.id}`);
    expect(one.status).toBe(200);
    expect(one.body.shared?.note).toBeTruthy();
    expect(one.body.transnational).toBe(true);
    const stats = await tirana.get<ReferralMeasures>('/api/referrals/stats');
    expect(stats.status).toBe(200);
    expect(stats.body.hoursToAcceptMedian).not.toBeNull();

    const belgrade = await signIn('luka', 'supervisor');
    const overrides = await belgrade.get<{ items: ReferralListItem[] }>('/api/referrals?override=true');
    expect(overrides.status, JSON.stringify(overrides.body)).toBe(200);
    expect(overrides.body.items.length).toBe(DEMO_REFERRALS.filter((r) => r.from === 'luka' && r.override).length);
    expect(overrides.body.items[0]?.overrideReason).toMatch(/Thessaloniki/);

    // The Greek shelter's case referred for legal aid and return follows the adult pathway: those steps are done.
    const followed = await q<{ id: string }>(
      `SELECT c.id FROM cases c JOIN referrals r ON r.case_id = c.id WHERE c.org_id = $1 AND c.pathway_id IS NOT NULL
        GROUP BY c.id HAVING count(*) FILTER (WHERE r.status IN ('accepted', 'in-progress', 'completed')) >= 2`,
      [orgIds.get('stegi')],
    );
    expect(followed[0]).toBeDefined();
    const thessaloniki = await signIn('stegi', 'admin');
    const progress = await thessaloniki.get<CaseProgress>(`/api/cases/${followed[0]?.id}/pathway`);
    expect(progress.status, JSON.stringify(progress.body)).toBe(200);
    expect(progress.body.pathway?.name).toBe('Adult sexual exploitation');
    expect(progress.body.steps.filter((x) => x.state === 'done' && x.referralId).map((x) => x.serviceType)).toEqual(['legal-aid', 'return']);

    const directory = await belgrade.get<{ total: number; items: { organizationName: string }[] }>('/api/directory/services?country=GRC&perPage=50');
    expect(directory.status).toBe(200);
    expect(directory.body.items.map((s) => s.organizationName)).toContain('Stegi Elpidas shelter (demo)');
  });
});
