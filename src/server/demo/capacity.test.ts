import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentView, ExchangeView, MatchView } from '../../core/capacity/capacity.js';
import type { StrategyView } from '../../core/capacity/strategy.js';
import { addOrganisation, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';
import type { DemoAccount } from './accounts.js';
import { writeCapacityDemo } from './capacity.js';

/** The demo peer exchange and strategy: written in each organisation's context, readable through the API. */

let p: TestPlatform;
let stegi: SignedInUser;
let luka: SignedInUser;
let drejtesia: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  stegi = await setUp(p.url, 'admin@stegi.example.org', 'Stegi');
  luka = await addOrganisation(stegi.client, 'Luka', 'SRB', 'admin@luka.example.org');
  drejtesia = await addOrganisation(stegi.client, 'Drejtesia', 'ALB', 'admin@drejtesia.example.org');
});

afterAll(async () => {
  await p?.close();
});

describe('capacity demo', () => {
  it('writes assessments with history, offers, an exchange and a strategy with progress', async () => {
    const users = { stegi, luka, drejtesia };
    const refs = {
      orgIds: new Map(Object.entries(users).map(([k, u]) => [k, u.orgId])),
      accounts: Object.entries(users).map(([k, u]) => ({ id: u.id, orgKey: k, userKey: 'admin' }) as unknown as DemoAccount),
    };
    const summary = await writeCapacityDemo(p.db, refs, { today: '2026-03-01' });
    expect(summary).toEqual({ assessments: 6, offers: 3, exchanges: 1, commitments: 3 });
    const history = await luka.client.get<{ items: AssessmentView[] }>(`/api/capacity/assessments?orgId=${luka.orgId}`);
    expect(history.body.items).toHaveLength(2);
    const matches = await luka.client.get<{ items: MatchView[] }>('/api/capacity/matches?area=legal-aid');
    expect(matches.body.items[0]?.offer.orgId).toBe(drejtesia.orgId);
    const exchanges = await luka.client.get<{ items: ExchangeView[] }>('/api/capacity/exchanges');
    expect(exchanges.body.items[0]).toMatchObject({ status: 'in-progress', ratingBefore: 1, notes: [{ orgId: drejtesia.orgId }] });
    const strategy = await luka.client.get<StrategyView>('/api/strategy');
    expect(strategy.body.goals[0]?.activities.map((a) => a.progress)).toEqual([35, 30]);
    expect(strategy.body.goals[0]?.progress).toBe(32.5);
  });
});
