import { randomUUID } from 'node:crypto';
import type { AssessmentRequest, CapacityArea, OfferRequest } from '../../core/capacity/capacity.js';
import { addDays, todayUtc } from '../../core/cases/dates.js';
import { insertAssessment, insertExchange, insertExchangeNote, insertOffer } from '../capacity/store.js';
import { insertActivity, insertCommitment, insertGoal, updateCommitment } from '../capacity/strategy-store.js';
import type { Database } from '../db/database.js';
import type { DemoReferralRefs } from './referrals.js';

/**
 * Demo peer exchange and coalition strategy (issue 9): each demo organisation's self-assessment
 * (with an earlier one, so that the history chart has two points), offers from the strong, one
 * agreed exchange with a follow-up note, and a strategy goal with two activities and commitments.
 * Written in each organisation's own context (the goal in the network administrator's).
 */

type Ratings = Partial<Record<CapacityArea, number>>;

interface DemoCapacityPlan {
  readonly orgKey: string;
  readonly ratings: Ratings;
  readonly earlier: Ratings;
  readonly priorities: readonly CapacityArea[];
  readonly languages: readonly string[];
  readonly offers: readonly Omit<OfferRequest, 'status'>[];
}

const PLANS: readonly DemoCapacityPlan[] = [
  {
    orgKey: 'stegi',
    ratings: { shelter: 4, 'psychosocial-support': 4, 'legal-aid': 2, data: 1, fundraising: 2, identification: 3 },
    earlier: { shelter: 4, 'psychosocial-support': 3, 'legal-aid': 1, data: 1 },
    priorities: ['data', 'legal-aid'],
    languages: ['el', 'en'],
    offers: [
      {
        area: 'shelter',
        kind: 'study-visit',
        description: 'Two days in our shelter: intake, house rules made with residents, safety plans.',
        languages: ['en', 'el'],
      },
    ],
  },
  {
    orgKey: 'horizon',
    ratings: { 'case-management': 4, 'labour-rights': 4, advocacy: 3, campaigning: 2, 'child-protection': 2 },
    earlier: { 'case-management': 3, 'labour-rights': 4, advocacy: 3 },
    priorities: ['campaigning'],
    languages: ['fr', 'nl', 'en'],
    offers: [
      {
        area: 'labour-rights',
        kind: 'training',
        description: 'Labour exploitation indicators for labour inspectors and NGOs, one day.',
        languages: ['fr', 'en'],
        capacityPerYear: 4,
      },
      { area: 'case-management', kind: 'mentoring', description: 'Monthly calls with a case manager over six months.', languages: ['fr', 'en'] },
    ],
  },
  {
    orgKey: 'svyturys',
    ratings: { campaigning: 4, training: 3, 'legal-aid': 1, 'transnational-cooperation': 2 },
    earlier: { campaigning: 3, 'legal-aid': 1 },
    priorities: ['legal-aid', 'transnational-cooperation'],
    languages: ['lt', 'en', 'ru'],
    offers: [
      {
        area: 'campaigning',
        kind: 'materials',
        description: 'Our school lesson kit on recruitment tricks, with teacher notes.',
        languages: ['lt', 'en', 'ru'],
      },
    ],
  },
  {
    orgKey: 'senim',
    ratings: { identification: 3, data: 4, governance: 2, 'legal-aid': 2 },
    earlier: { identification: 2, data: 3 },
    priorities: ['governance'],
    languages: ['kk', 'ru', 'en'],
    offers: [
      {
        area: 'data',
        kind: 'training',
        description: 'Hotline data: what to record, how to report figures safely.',
        languages: ['ru', 'en'],
        capacityPerYear: 2,
      },
    ],
  },
  {
    orgKey: 'luka',
    ratings: { 'legal-aid': 1, shelter: 3, 'child-protection': 3, advocacy: 2 },
    earlier: { 'legal-aid': 1, shelter: 2 },
    priorities: ['legal-aid', 'advocacy'],
    languages: ['sr', 'en'],
    offers: [],
  },
  {
    orgKey: 'drejtesia',
    ratings: { 'legal-aid': 4, advocacy: 4, 'case-management': 2, fundraising: 1 },
    earlier: { 'legal-aid': 4, advocacy: 3 },
    priorities: ['fundraising'],
    languages: ['sq', 'en'],
    offers: [
      {
        area: 'legal-aid',
        kind: 'mentoring',
        description: 'Our lawyers mentor yours through compensation claims, case by case.',
        languages: ['sq', 'en'],
        capacityPerYear: 3,
      },
      { area: 'advocacy', kind: 'secondment', description: 'Two weeks with our advocacy officer around a GRETA evaluation.', languages: ['en'] },
    ],
  },
];

const request = (r: Ratings, p: DemoCapacityPlan, priorities = true): AssessmentRequest => ({
  ratings: Object.entries(r).map(([area, rating]) => ({ area: area as CapacityArea, rating, note: '' })),
  priorities: priorities ? [...p.priorities] : [],
  languages: [...p.languages],
});

export interface DemoCapacitySummary {
  readonly assessments: number;
  readonly offers: number;
  readonly exchanges: number;
  readonly commitments: number;
}

/** Writes the demo peer exchange and strategy of the organisations that exist (by demo key). */
export async function writeCapacityDemo(db: Database, refs: DemoReferralRefs, options: { readonly today?: string } = {}): Promise<DemoCapacitySummary> {
  const today = options.today ?? todayUtc();
  const admin = (orgKey: string) => {
    const orgId = refs.orgIds.get(orgKey);
    const user = refs.accounts.find((a) => a.orgKey === orgKey && a.userKey === 'admin');
    return orgId && user ? { orgId, userId: user.id } : null;
  };
  let assessments = 0;
  let offers = 0;
  const offerIds = new Map<string, string>();
  for (const p of PLANS) {
    const who = admin(p.orgKey);
    if (!who) continue;
    await db.tenant(who, async (c) => {
      // The earlier assessment, dated a year back, then today's.
      const before = request(p.earlier, p, false);
      await c.query(
        `INSERT INTO capacity_assessments (id, org_id, ratings, priorities, languages, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - interval '1 year')`,
        [randomUUID(), who.orgId, JSON.stringify(before.ratings), before.priorities, before.languages, who.userId],
      );
      await insertAssessment(c, randomUUID(), who.orgId, who.userId, request(p.ratings, p));
      assessments += 2;
      for (const o of p.offers) {
        const id = randomUUID();
        await insertOffer(c, id, who.orgId, who.userId, { ...o, languages: [...o.languages], status: 'active' });
        offerIds.set(`${p.orgKey}/${o.area}`, id);
        offers++;
      }
    });
  }

  // Belgrade (legal aid 1) asked Tirana (legal aid 4) for mentoring; Tirana agreed.
  let exchanges = 0;
  const luka = admin('luka');
  const drejtesia = admin('drejtesia');
  const offerId = offerIds.get('drejtesia/legal-aid');
  if (luka && drejtesia && offerId) {
    const id = randomUUID();
    await db.tenant(luka, (c) =>
      insertExchange(
        c,
        id,
        luka.orgId,
        luka.userId,
        {
          offerId,
          providerOrgId: drejtesia.orgId,
          receiverOrgId: luka.orgId,
          area: 'legal-aid',
          kind: 'mentoring',
          description: 'Mentoring of our two lawyers through their first compensation claims.',
          startsOn: addDays(today, -60),
          participants: 2,
        },
        1,
      ),
    );
    await db.tenant(drejtesia, async (c) => {
      await c.query("UPDATE capacity_exchanges SET status = 'in-progress', version = version + 1 WHERE id = $1", [id]);
      await insertExchangeNote(c, randomUUID(), id, drejtesia.orgId, drejtesia.userId, addDays(today, -20), 'First claim filed with the court in Belgrade.');
    });
    exchanges++;
  }

  // The strategy: set by the network administrator (the first demo organisation's administrator).
  let commitments = 0;
  const secretariat = admin('stegi');
  if (secretariat) {
    const goalId = randomUUID();
    const training = randomUUID();
    const litigation = randomUUID();
    await db.tenant({ ...secretariat, networkAdmin: true }, async (c) => {
      await insertGoal(c, goalId, secretariat.userId, {
        title: 'Access to justice for every identified person',
        description: 'Free legal aid and compensation claims in every member country.',
        periodStart: `${today.slice(0, 4)}-01-01`,
        periodEnd: `${Number(today.slice(0, 4)) + 2}-12-31`,
        indicators: ['Members offering free legal aid', 'Compensation claims filed'],
      });
      await insertActivity(c, training, goalId, secretariat.userId, {
        title: 'Train lawyers in victims’ rights',
        target: 'Ten lawyers in each country',
        dueOn: addDays(today, 200),
      });
      await insertActivity(c, litigation, goalId, secretariat.userId, {
        title: 'Strategic litigation on compensation',
        target: 'Three test cases',
        dueOn: addDays(today, 500),
      });
    });
    const commit = async (orgKey: string, activityId: string, what: string, progress: number, note: string) => {
      const who = admin(orgKey);
      if (!who) return;
      await db.tenant(who, async (c) => {
        const id = randomUUID();
        await insertCommitment(c, id, activityId, who.orgId, who.userId, { what, byWhen: addDays(today, 180) });
        if (progress > 0)
          await updateCommitment(c, id, who.orgId, 0, {
            what,
            byWhen: addDays(today, 180),
            progress,
            status: progress === 100 ? 'done' : 'in-progress',
            update: { on: addDays(today, -10), progress, note, status: progress === 100 ? 'done' : 'in-progress' },
          });
      });
      commitments++;
    };
    await commit('drejtesia', training, 'Two trainings for lawyers in Tirana and Shkodër', 50, 'First training held.');
    await commit('luka', training, 'One training for the Belgrade bar', 20, 'Programme agreed with the bar.');
    await commit('drejtesia', litigation, 'One test case on compensation', 30, 'Claim filed.');
  }
  return { assessments, offers, exchanges, commitments };
}
