import { addDays, type CalendarDate, compareDates } from '../../core/cases/dates.js';
import { openingDay, type PlannedCase, planCase, SCENARIOS } from './cases.js';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './network.js';
import { type PlannedPerson, planPerson } from './people.js';
import { Rng } from './rng.js';

/**
 * The whole demo network as data: for each organisation its persons and their cases, generated
 * from a seed (same seed and same day, same data). Pure: `write.ts` puts it in the database.
 */

export interface DemoPersonPlan {
  readonly person: PlannedPerson;
  /** Oldest first; most persons have one case, some an earlier closed one too. */
  readonly cases: readonly PlannedCase[];
}

export interface DemoOrganisationPlan {
  readonly org: DemoOrganisation;
  readonly persons: readonly DemoPersonPlan[];
}

export interface DemoOptions {
  readonly seed: number;
  readonly today: CalendarDate;
  /** Persons per organisation (at least SCENARIOS.length, so that every status is present). */
  readonly personsPerOrg: number;
}

export const DEFAULT_SEED = 20250301;
export const DEFAULT_PERSONS_PER_ORG = 24;

export function demoPlan(options: DemoOptions): DemoOrganisationPlan[] {
  return DEMO_ORGANISATIONS.map((org, n) => {
    const rng = new Rng(options.seed + n * 7919);
    const others = DEMO_ORGANISATIONS.filter((o) => o.key !== org.key).map((o) => o.key);
    const persons: DemoPersonPlan[] = [];
    for (let i = 0; i < options.personsPerOrg; i++) {
      const scenario = SCENARIOS[i % SCENARIOS.length] ?? 'active';
      const openedOn = openingDay(rng, scenario, org, options.today);
      // Some came back: an earlier case, closed, before the current one.
      const earlier = i % 8 === 7 ? addDays(openedOn, -rng.between(400, 800)) : undefined;
      const person = planPerson(rng, org, i, earlier ?? openedOn, options.today);
      const cases: PlannedCase[] = [];
      if (earlier) cases.push(planCase(rng, 'closed', person, org, others, earlier, addDays(openedOn, -30), i));
      cases.push(planCase(rng, scenario, person, org, others, openedOn, options.today, i));
      persons.push({ person, cases });
    }
    return { org, persons };
  });
}

/** Every case of an organisation's plan with its person's index, in the order they were opened. */
export function casesInOrder(plan: DemoOrganisationPlan): { personIndex: number; kase: PlannedCase }[] {
  return plan.persons
    .flatMap((p, personIndex) => p.cases.map((kase) => ({ personIndex, kase })))
    .sort((a, b) => compareDates(a.kase.openedOn, b.kase.openedOn) || a.personIndex - b.personIndex);
}
