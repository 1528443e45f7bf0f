import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentView, ExchangeView, MatchView, OfferView } from '../../core/capacity/capacity.js';
import type { CommitmentView, GoalView, StrategyActivityView, StrategyView } from '../../core/capacity/strategy.js';
import { addOrganisation, addUser, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';

/**
 * Peer-to-peer exchange and the coalition strategy through the real HTTP server: assessments kept as
 * history, matches across organisations, an exchange changed by both parties and refused to a third,
 * strategy progress, bad input naming the field, row-level security.
 */

type ErrorBody = { error: { code: string; field?: string; message: string } };

let p: TestPlatform;
/** The network administrator (Greece). */
let admin: SignedInUser;
/** Skopje (MKD), Tirana (ALB), Amsterdam (NLD). */
let mk: SignedInUser;
let al: SignedInUser;
let nl: SignedInUser;
let analyst: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Coalition Secretariat');
  mk = await addOrganisation(admin.client, 'Open Gate Skopje', 'MKD', 'admin@opengate.example.org');
  al = await addOrganisation(admin.client, 'Different and Equal', 'ALB', 'admin@dne.example.org');
  nl = await addOrganisation(admin.client, 'CoMensha', 'NLD', 'admin@comensha.example.org');
  analyst = await addUser(mk.client, 'analyst@opengate.example.org', ['analyst']);
});

afterAll(async () => {
  await p?.close();
});

async function assess(who: SignedInUser, body: Record<string, unknown>): Promise<AssessmentView> {
  const res = await who.client.post<AssessmentView>('/api/capacity/assessments', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function offer(who: SignedInUser, body: Record<string, unknown>): Promise<OfferView> {
  const res = await who.client.post<OfferView>('/api/capacity/offers', { kind: 'mentoring', description: 'Mentoring of lawyers', ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('capacity', () => {
  let alOffer: OfferView;
  let nlOffer: OfferView;
  let exchange: ExchangeView;

  it('keeps every self-assessment: the organisation sees its history, the network the latest of each member', async () => {
    const first = await assess(mk, { ratings: [{ area: 'legal-aid', rating: 2, note: 'One lawyer' }], languages: ['en', 'mk'] });
    const second = await assess(mk, {
      ratings: [
        { area: 'legal-aid', rating: 1, note: 'Our lawyer left' },
        { area: 'data', rating: 3 },
      ],
      priorities: ['legal-aid', 'fundraising'],
      languages: ['en', 'mk'],
    });
    expect(second).toMatchObject({ orgId: mk.orgId, orgName: 'Open Gate Skopje', orgCountry: 'MKD', priorities: ['legal-aid', 'fundraising'] });
    await assess(al, { ratings: [{ area: 'legal-aid', rating: 4, note: 'Strategic litigation' }], languages: ['sq', 'en'] });
    await assess(nl, { ratings: [{ area: 'legal-aid', rating: 3 }], languages: ['nl', 'en'] });

    const history = await al.client.get<{ items: AssessmentView[] }>(`/api/capacity/assessments?orgId=${mk.orgId}`);
    expect(history.body.items.map((a) => a.id)).toEqual([second.id, first.id]);
    const latest = await analyst.client.get<{ items: AssessmentView[] }>('/api/capacity/assessments');
    expect(latest.status).toBe(200);
    expect(latest.body.items.map((a) => a.orgName)).toEqual(['CoMensha', 'Different and Equal', 'Open Gate Skopje']);
    expect(latest.body.items.find((a) => a.orgId === mk.orgId)?.id).toBe(second.id);
    const byCountry = await mk.client.get<{ items: AssessmentView[] }>('/api/capacity/assessments?country=ALB');
    expect(byCountry.body.items.map((a) => a.orgId)).toEqual([al.orgId]);
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'capacity.assessment-create'");
    expect(audited.rows[0]?.n).toBe(4);
  });

  it('matches needs with other members’ offers, with the reasons, both ways', async () => {
    alOffer = await offer(al, { area: 'legal-aid', languages: ['en', 'sq'], capacityPerYear: 4 });
    nlOffer = await offer(nl, { area: 'legal-aid', kind: 'study-visit', description: 'Visit our legal team', languages: ['nl'] });
    await offer(mk, { area: 'legal-aid', description: 'Not to ourselves' });
    await offer(al, { area: 'data', description: 'Closed one', status: 'closed' });

    const mine = await mk.client.get<{ items: MatchView[] }>('/api/capacity/matches');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((m) => m.offer.id)).toEqual([alOffer.id, nlOffer.id]);
    expect(mine.body.items[0]).toMatchObject({
      needOrgId: mk.orgId,
      area: 'legal-aid',
      needRating: 1,
      priority: true,
      offerRating: 4,
      reasons: [{ code: 'gap', value: 3 }, { code: 'priority' }, { code: 'language', value: 'en' }, { code: 'region', value: 'western-balkans' }],
    });
    expect(mine.body.items[1]?.reasons.map((r) => r.code)).toEqual(['gap', 'priority']);
    const other = await analyst.client.get<{ items: MatchView[] }>(`/api/capacity/matches?orgId=${mk.orgId}&area=data`);
    expect(other.body.items).toEqual([]);
    // Albania's offers meet Skopje's need (and the Netherlands', rated 3: a gap of 1).
    const theirs = await al.client.get<{ items: MatchView[] }>('/api/capacity/matches?side=offers');
    expect(theirs.body.items.map((m) => [m.needOrgId, m.offer.id])).toEqual([[mk.orgId, alOffer.id]]);
  });

  it('an exchange: one proposes, the other agrees, both follow it up; a third organisation is refused', async () => {
    const proposed = await mk.client.post<ExchangeView>('/api/capacity/exchanges', {
      offerId: alOffer.id,
      providerOrgId: al.orgId,
      receiverOrgId: mk.orgId,
      area: 'legal-aid',
      kind: 'mentoring',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    exchange = proposed.body;
    expect(exchange).toMatchObject({ status: 'proposed', proposedByOrgId: mk.orgId, ratingBefore: 1, party: true, version: 0 });

    // The proposer cannot agree to its own proposal.
    const selfAgree = await mk.client.patch<ErrorBody>(`/api/capacity/exchanges/${exchange.id}`, { version: 0, status: 'agreed' });
    expect([selfAgree.status, selfAgree.body.error.field]).toEqual([409, 'status']);
    const agreed = await al.client.patch<ExchangeView>(`/api/capacity/exchanges/${exchange.id}`, {
      version: 0,
      status: 'agreed',
      startsOn: '2025-03-01',
      participants: 3,
    });
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', participants: 3, startsOn: '2025-03-01', version: 1 });
    // Only the receiver rates the outcome.
    const providerRates = await al.client.patch<ErrorBody>(`/api/capacity/exchanges/${exchange.id}`, { version: 1, outcomeRating: 5 });
    expect([providerRates.status, providerRates.body.error.field]).toEqual([403, 'outcomeRating']);
    const done = await mk.client.patch<ExchangeView>(`/api/capacity/exchanges/${exchange.id}`, {
      version: 1,
      status: 'done',
      note: { on: '2025-06-30', text: 'Two cases taken to court with the mentor' },
      outcomeRating: 5,
      ratingAfter: 2,
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', outcomeRating: 5, ratingBefore: 1, ratingAfter: 2 });
    const noted = await al.client.patch<ExchangeView>(`/api/capacity/exchanges/${exchange.id}`, {
      version: 2,
      note: { on: '2025-07-15', text: 'Follow-up call' },
    });
    expect(noted.body.notes.map((n) => [n.orgName, n.on])).toEqual([
      ['Open Gate Skopje', '2025-06-30'],
      ['Different and Equal', '2025-07-15'],
    ]);
    // A stale version: nothing saved, the exchange as it is now attached (that read is recorded).
    const stale = await mk.client.patch<ErrorBody & { current: ExchangeView }>(`/api/capacity/exchanges/${exchange.id}`, {
      version: 0,
      note: { on: '2025-07-16', text: 'x' },
    });
    expect([stale.status, stale.body.current.version]).toEqual([409, 3]);

    // The Netherlands reads it, changes nothing; nor may it propose an exchange between two others.
    const read = await nl.client.get<ExchangeView>(`/api/capacity/exchanges/${exchange.id}`);
    expect(read.body.party).toBe(false);
    const refused = await nl.client.patch<ErrorBody>(`/api/capacity/exchanges/${exchange.id}`, { version: 3, note: { on: '2025-07-16', text: 'x' } });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'forbidden']);
    const between = await nl.client.post<ErrorBody>('/api/capacity/exchanges', {
      providerOrgId: al.orgId,
      receiverOrgId: mk.orgId,
      area: 'legal-aid',
      kind: 'training',
    });
    expect(between.status).toBe(403);
    // Final statuses stay final.
    const reopen = await al.client.patch<ErrorBody>(`/api/capacity/exchanges/${exchange.id}`, { version: 3, status: 'in-progress' });
    expect([reopen.status, reopen.body.error.field]).toEqual([409, 'status']);

    const list = await al.client.get<{ items: ExchangeView[] }>('/api/capacity/exchanges');
    expect(list.body.items.map((x) => x.id)).toEqual([exchange.id]);
    expect((await nl.client.get<{ items: ExchangeView[] }>('/api/capacity/exchanges')).body.items).toEqual([]);
    expect((await nl.client.get<{ items: ExchangeView[] }>('/api/capacity/exchanges?scope=network')).body.items).toHaveLength(1);
    const audited = await p.db.owner.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1 ORDER BY seq', [exchange.id]);
    expect(audited.rows.map((r) => r.action)).toEqual(['exchange.create', 'exchange.agreed', 'exchange.done', 'exchange.update', 'exchange.read']);
  });

  it('offers: changed and removed by their own organisation only; one with exchanges is kept', async () => {
    const notYours = await mk.client.put<ErrorBody>(`/api/capacity/offers/${alOffer.id}`, {
      area: 'legal-aid',
      kind: 'mentoring',
      description: 'Taken over',
      version: 0,
    });
    expect([notYours.status, notYours.body.error.code]).toEqual([403, 'forbidden']);
    expect((await mk.client.delete<ErrorBody>(`/api/capacity/offers/${alOffer.id}`)).status).toBe(403);
    expect((await analyst.client.post('/api/capacity/offers', { area: 'data', kind: 'materials', description: 'x' })).status).toBe(403);
    const closed = await al.client.put<OfferView>(`/api/capacity/offers/${alOffer.id}`, {
      area: 'legal-aid',
      kind: 'mentoring',
      description: 'Mentoring of lawyers (full this year)',
      status: 'closed',
      version: 0,
    });
    expect(closed.body).toMatchObject({ status: 'closed', version: 1, editable: true });
    const kept = await al.client.delete<ErrorBody>(`/api/capacity/offers/${alOffer.id}`);
    expect([kept.status, kept.body.error.code]).toEqual([409, 'conflict']);
    const spare = await offer(nl, { area: 'shelter', description: 'Spare' });
    expect((await nl.client.delete(`/api/capacity/offers/${spare.id}`)).status).toBe(200);
    const left = await nl.client.get<{ items: OfferView[] }>(`/api/capacity/offers?orgId=${nl.orgId}`);
    expect(left.body.items.map((o) => o.id)).toEqual([nlOffer.id]);
  });

  it('refuses bad input, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['/api/capacity/assessments', { ratings: [] }, 'ratings'],
      ['/api/capacity/assessments', { ratings: [{ area: 'legal-aid', rating: 5 }] }, 'ratings.0.rating'],
      ['/api/capacity/assessments', { ratings: [{ area: 'juggling', rating: 2 }] }, 'ratings.0.area'],
      [
        '/api/capacity/assessments',
        {
          ratings: [
            { area: 'data', rating: 2 },
            { area: 'data', rating: 3 },
          ],
        },
        'ratings.1.area',
      ],
      ['/api/capacity/assessments', { ratings: [{ area: 'data', rating: 2 }], priorities: ['data', 'data'] }, 'priorities'],
      ['/api/capacity/offers', { area: 'data', kind: 'lecture', description: 'x' }, 'kind'],
      ['/api/capacity/offers', { area: 'data', kind: 'training', description: '' }, 'description'],
      ['/api/capacity/offers', { area: 'data', kind: 'training', description: 'x', capacityPerYear: 0 }, 'capacityPerYear'],
      ['/api/capacity/exchanges', { providerOrgId: mk.orgId, receiverOrgId: mk.orgId, area: 'data', kind: 'training' }, 'receiverOrgId'],
      [
        '/api/capacity/exchanges',
        { providerOrgId: al.orgId, receiverOrgId: mk.orgId, area: 'data', kind: 'training', startsOn: '2025-02-01', endsOn: '2025-01-01' },
        'endsOn',
      ],
      [
        '/api/capacity/exchanges',
        { providerOrgId: '00000000-0000-4000-8000-000000000000', receiverOrgId: mk.orgId, area: 'data', kind: 'training' },
        'providerOrgId',
      ],
      [
        '/api/capacity/exchanges',
        { offerId: nlOffer.id, providerOrgId: al.orgId, receiverOrgId: mk.orgId, area: 'legal-aid', kind: 'training' },
        'providerOrgId',
      ],
      ['/api/capacity/exchanges', { offerId: nlOffer.id, providerOrgId: nl.orgId, receiverOrgId: mk.orgId, area: 'data', kind: 'training' }, 'area'],
      ['/api/capacity/exchanges', { offerId: alOffer.id, providerOrgId: al.orgId, receiverOrgId: mk.orgId, area: 'legal-aid', kind: 'training' }, 'offerId'],
    ];
    for (const [url, body, field] of cases) {
      const res = await mk.client.post<ErrorBody>(url, body);
      expect(res.status, `${field} ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
    const badRating = await mk.client.patch<ErrorBody>(`/api/capacity/exchanges/${exchange.id}`, { version: 3, ratingAfter: 7 });
    expect([badRating.status, badRating.body.error.field]).toEqual([400, 'ratingAfter']);
    const badQuery = await mk.client.get<ErrorBody>('/api/capacity/matches?area=juggling');
    expect([badQuery.status, badQuery.body.error.field]).toEqual([400, 'area']);
    const count = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM capacity_exchanges');
    expect(count.rows[0]?.n).toBe(1);
  });

  it('row-level security: every member reads, only the parties write', async () => {
    await p.db.tenant({ orgId: nl.orgId }, async (c) => {
      expect((await c.query('SELECT id FROM capacity_exchanges WHERE id = $1', [exchange.id])).rowCount).toBe(1);
      expect((await c.query("UPDATE capacity_exchanges SET status = 'cancelled' WHERE id = $1", [exchange.id])).rowCount).toBe(0);
      expect((await c.query("UPDATE capacity_offers SET description = 'x' WHERE id = $1", [alOffer.id])).rowCount).toBe(0);
    });
    // Assessments are kept: no one deletes them.
    await expect(p.db.tenant({ orgId: mk.orgId }, (c) => c.query('DELETE FROM capacity_assessments'))).rejects.toThrow(/permission denied/);
    await expect(
      p.db.tenant({ orgId: nl.orgId }, (c) =>
        c.query(
          "INSERT INTO capacity_exchanges (id, provider_org_id, receiver_org_id, org_id, area, kind) VALUES (gen_random_uuid(), $1, $2, $2, 'data', 'training')",
          [al.orgId, mk.orgId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      p.db.tenant({ orgId: nl.orgId }, (c) =>
        c.query("INSERT INTO capacity_exchange_notes (id, exchange_id, org_id, noted_on, text) VALUES (gen_random_uuid(), $1, $2, '2025-01-01', 'x')", [
          exchange.id,
          nl.orgId,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      p.db.tenant({ orgId: mk.orgId }, (c) =>
        c.query("INSERT INTO strategy_goals (id, title, period_start, period_end) VALUES (gen_random_uuid(), 'Forged', '2025-01-01', '2025-12-31')"),
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await p.db.anonymous((c) => c.query('SELECT id FROM capacity_assessments'))).rowCount).toBe(0);
  });
});

describe('strategy', () => {
  it('goals by network administrators; members commit and report; progress is the mean of means', async () => {
    const goal = await admin.client.post<GoalView>('/api/strategy/goals', {
      title: 'Access to justice for every identified person',
      description: 'Free legal aid in every member country',
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
      indicators: ['Members offering legal aid', 'Compensation claims filed'],
    });
    expect(goal.status, JSON.stringify(goal.body)).toBe(201);
    expect((await mk.client.post<ErrorBody>('/api/strategy/goals', { title: 'x', periodStart: '2025-01-01', periodEnd: '2025-12-31' })).status).toBe(403);
    const addActivity = async (title: string) => {
      const res = await admin.client.post<StrategyActivityView>(`/api/strategy/goals/${goal.body.id}/activities`, {
        title,
        target: '10 members',
        dueOn: '2026-06-30',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const training = await addActivity('Train lawyers');
    const litigation = await addActivity('Strategic litigation');

    const commit = async (who: SignedInUser, activityId: string) => {
      const res = await who.client.post<CommitmentView>(`/api/strategy/activities/${activityId}/commitments`, { what: 'Two trainings', byWhen: '2026-03-31' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const mkC = await commit(mk, training.id);
    const alC = await commit(al, training.id);
    const twice = await mk.client.post<ErrorBody>(`/api/strategy/activities/${training.id}/commitments`, { what: 'Again' });
    expect(twice.status).toBe(409);

    const report = async (who: SignedInUser, c: CommitmentView, progress: number, version = c.version) => {
      const res = await who.client.patch<CommitmentView>(`/api/strategy/commitments/${c.id}`, { version, progress, note: `At ${progress} %` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const mk30 = await report(mk, mkC, 30);
    expect(mk30).toMatchObject({ progress: 30, status: 'in-progress', updates: [{ progress: 30, note: 'At 30 %', status: 'in-progress' }] });
    const al60 = await report(al, alC, 60);
    // Not another organisation's commitment.
    const foreign = await al.client.patch<ErrorBody>(`/api/strategy/commitments/${mkC.id}`, { version: 1, progress: 100 });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'forbidden']);

    let strategy = (await analyst.client.get<StrategyView>('/api/strategy')).body;
    expect(strategy).toMatchObject({ canEdit: false, canCommit: false });
    let g = strategy.goals.find((x) => x.id === goal.body.id)!;
    expect(g.activities.map((a) => [a.title, a.progress])).toEqual([
      ['Train lawyers', 45],
      ['Strategic litigation', 0],
    ]);
    expect(g.progress).toBe(22.5);

    await commit(nl, litigation.id).then((c) => report(nl, c, 90));
    await report(al, al60, 100);
    strategy = (await admin.client.get<StrategyView>('/api/strategy')).body;
    expect(strategy.canEdit).toBe(true);
    g = strategy.goals.find((x) => x.id === goal.body.id)!;
    // Train lawyers: (30 + 100) / 2 = 65; litigation: 90; goal: 77.5.
    expect(g.activities.map((a) => a.progress)).toEqual([65, 90]);
    expect(g.progress).toBe(77.5);
    expect(g.activities[0]?.commitments.find((c) => c.orgId === al.orgId)?.status).toBe('done');

    const renamed = await admin.client.put<GoalView>(`/api/strategy/goals/${goal.body.id}`, {
      title: 'Access to justice',
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
      version: 0,
    });
    expect(renamed.body).toMatchObject({ title: 'Access to justice', version: 1, progress: 77.5 });
    const stale = await admin.client.put<ErrorBody>(`/api/strategy/goals/${goal.body.id}`, {
      title: 'Stale',
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
      version: 0,
    });
    expect(stale.status).toBe(409);
    const badPeriod = await admin.client.post<ErrorBody>('/api/strategy/goals', { title: 'x', periodStart: '2025-01-01', periodEnd: '2024-12-31' });
    expect([badPeriod.status, badPeriod.body.error.field]).toEqual([400, 'periodEnd']);
    const badProgress = await mk.client.patch<ErrorBody>(`/api/strategy/commitments/${mkC.id}`, { version: 1, progress: 101 });
    expect([badProgress.status, badProgress.body.error.field]).toEqual([400, 'progress']);
    const doneAtTen = await mk.client.patch<ErrorBody>(`/api/strategy/commitments/${mkC.id}`, { version: 1, progress: 10, status: 'done' });
    expect([doneAtTen.status, doneAtTen.body.error.field]).toEqual([400, 'progress']);
    const audited = await p.db.owner.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'strategy.%' OR action LIKE 'commitment.%'");
    expect(new Set(audited.rows.map((r) => r.action))).toEqual(
      new Set(['strategy.goal-create', 'strategy.activity-create', 'strategy.goal-update', 'strategy.goal-read', 'commitment.create', 'commitment.update']),
    );
    // Row-level security: a member's commitment is not changed by another.
    await p.db.tenant({ orgId: al.orgId }, async (c) => {
      expect((await c.query('UPDATE strategy_commitments SET progress = 0 WHERE id = $1', [mkC.id])).rowCount).toBe(0);
    });
  });
});

describe('hardening', () => {
  it('two commitments of one organisation to one activity at once: one is kept, the other answers 409 (not 500)', async () => {
    const goal = await admin.client.post<GoalView>('/api/strategy/goals', { title: 'Race', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    for (let i = 0; i < 4; i++) {
      const activity = await admin.client.post<StrategyActivityView>(`/api/strategy/goals/${goal.body.id}/activities`, { title: `Race ${i}` });
      const replies = await Promise.all(
        [0, 1, 2, 3].map(() => nl.client.post<ErrorBody>(`/api/strategy/activities/${activity.body.id}/commitments`, { what: 'At once' })),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
      expect(replies.find((r) => r.status === 409)?.body.error.field).toBe('what');
    }
  });

  it('an offer removed while an exchange is proposed from it: the proposal answers 400 offerId (not 500)', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const spare = await offer(nl, { area: 'data', kind: 'training' });
      const [removed, proposed] = await Promise.all([
        nl.client.delete(`/api/capacity/offers/${spare.id}`),
        mk.client.post<ErrorBody>('/api/capacity/exchanges', {
          offerId: spare.id,
          providerOrgId: nl.orgId,
          receiverOrgId: mk.orgId,
          area: 'data',
          kind: 'training',
        }),
      ]);
      seen.add(`${removed.status}/${proposed.status}`);
      if (proposed.status === 400) expect(proposed.body.error.field).toBe('offerId');
      else expect([removed.status, proposed.status]).toEqual([409, 201]);
    }
    expect([...seen].every((s) => s === '200/400' || s === '409/201')).toBe(true);
  });

  it('row-level security underneath: a party changes the state of an exchange, never who the parties are, nor the rating before', async () => {
    const x = await mk.client.post<ExchangeView>('/api/capacity/exchanges', {
      providerOrgId: al.orgId,
      receiverOrgId: mk.orgId,
      area: 'data',
      kind: 'training',
    });
    expect(x.status, JSON.stringify(x.body)).toBe(201);
    const forged = [
      // A third organisation made the provider (the caller stays the receiver, so the row-level policy lets it through).
      ['provider_org_id', nl.orgId],
      // The proposer made the other party, so that it may agree to its own proposal.
      ['org_id', al.orgId],
      ['rating_before', 4],
      ['offer_id', null],
    ] as const;
    for (const [column, value] of forged) {
      await expect(
        p.db.tenant({ orgId: mk.orgId }, (c) => c.query(`UPDATE capacity_exchanges SET ${column} = $2 WHERE id = $1`, [x.body.id, value])),
        column,
      ).rejects.toThrow(/permission denied/);
    }
    await p.db.tenant({ orgId: mk.orgId }, async (c) => {
      expect((await c.query("UPDATE capacity_exchanges SET description = 'Ours', version = version + 1 WHERE id = $1", [x.body.id])).rowCount).toBe(1);
    });
    // A commitment stays with its activity and its organisation.
    const goal = await admin.client.post<GoalView>('/api/strategy/goals', { title: 'Moves', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    const [a1, a2] = await Promise.all(
      ['One', 'Two'].map(async (title) => (await admin.client.post<StrategyActivityView>(`/api/strategy/goals/${goal.body.id}/activities`, { title })).body),
    );
    const mine = await mk.client.post<CommitmentView>(`/api/strategy/activities/${a1!.id}/commitments`, { what: 'Mine' });
    await expect(
      p.db.tenant({ orgId: mk.orgId }, (c) => c.query('UPDATE strategy_commitments SET activity_id = $2 WHERE id = $1', [mine.body.id, a2!.id])),
    ).rejects.toThrow(/permission denied/);
  });
});
