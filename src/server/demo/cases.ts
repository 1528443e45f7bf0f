import type { CaseStatus, CreateCaseRequest } from '../../core/cases/case.js';
import {
  CONTROL_METHOD,
  type EXPLOITATION_FORM,
  type LabourSector,
  NEED_DOMAIN,
  RISK_FACTOR,
  type SEXUAL_EXPLOITATION_TYPE,
  SERVICE_TYPE,
} from '../../core/cases/codes.js';
import { addDays, type CalendarDate, compareDates, toDayNumber } from '../../core/cases/dates.js';
import type { EntryKindName } from '../../core/cases/entries.js';
import { ROUTES } from './names.js';
import type { DemoOrganisation, DemoUser } from './network.js';
import type { PlannedPerson } from './people.js';
import type { Rng } from './rng.js';
import { APPOINTMENTS, CURRENCY, DECIDED_BY, DONE_TASKS, NOTES, OBJECTIVES, OPEN_TASKS, RISK_NOTES } from './texts.js';

/**
 * The cases of the demo: a situation, a life cycle and the work done on them, with dates relative to
 * today so that the demo is alive whenever it is loaded (reflection periods ending this week,
 * overdue tasks, appointments next week). Users and organisations are named by reference
 * (`@user:cw1`, `@org:luka`); the writer puts their ids in.
 */

export type Scenario = 'active' | 'ending-soon' | 'follow-up' | 'closed' | 'closed-referred' | 'reopened' | 'restricted';

/** The cycle of scenarios over an organisation's persons: every status in every organisation. */
export const SCENARIOS: readonly Scenario[] = [
  'ending-soon',
  'active',
  'follow-up',
  'active',
  'closed',
  'restricted',
  'closed-referred',
  'active',
  'follow-up',
  'reopened',
  'ending-soon',
  'closed',
];

export interface PlannedEntry {
  readonly kind: EntryKindName;
  readonly on: CalendarDate;
  readonly data: Record<string, unknown>;
  readonly withdrawnOn?: CalendarDate;
}

export interface StatusMove {
  readonly on: CalendarDate;
  readonly to: CaseStatus;
  readonly closure?: Record<string, unknown>;
}

export interface PlannedCase {
  readonly scenario: Scenario;
  readonly openedOn: CalendarDate;
  readonly createdBy: DemoUser['key'];
  readonly fields: Omit<CreateCaseRequest, 'personId'>;
  /** The day the trafficking status was decided (a `case.updated` line), if it was. */
  readonly decidedOn?: CalendarDate;
  readonly entries: readonly PlannedEntry[];
  readonly moves: readonly StatusMove[];
}

type Form = (typeof EXPLOITATION_FORM.ids)[number];
type SexualType = (typeof SEXUAL_EXPLOITATION_TYPE.ids)[number];

const user = (key: DemoUser['key']) => `@user:${key}`;
const org = (key: string) => `@org:${key}`;
const min = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) <= 0 ? a : b);
const max = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) >= 0 ? a : b);

/** The day the case of this scenario was opened. */
export function openingDay(rng: Rng, scenario: Scenario, o: DemoOrganisation, today: CalendarDate): CalendarDate {
  switch (scenario) {
    case 'ending-soon':
      // The reflection period ends in 2–9 days.
      return addDays(today, -(o.reflectionDays - 1) + rng.between(2, 9));
    case 'active':
    case 'restricted':
      return addDays(today, -rng.between(3, 160));
    case 'follow-up':
      return addDays(today, -rng.between(200, 500));
    case 'reopened':
      return addDays(today, -rng.between(320, 600));
    default:
      return addDays(today, -rng.between(250, 900));
  }
}

function situation(rng: Rng, p: PlannedPerson, o: DemoOrganisation, openedOn: CalendarDate): Omit<CreateCaseRequest, 'personId'> {
  const f = rng.next();
  let forms: Form[];
  let sectors: LabourSector[] = [];
  let sexual: SexualType[] = [];
  if (p.child) forms = [rng.pick<Form>(['forced-begging', 'sexual-exploitation', 'forced-criminality', 'child-labour'])];
  else if (p.nationality === 'VNM') forms = ['forced-criminality', 'forced-labour'];
  else if (p.female)
    forms = f < 0.6 ? ['sexual-exploitation'] : f < 0.8 ? ['domestic-servitude'] : f < 0.9 ? ['forced-marriage', 'domestic-servitude'] : ['forced-labour'];
  else forms = ['forced-labour'];
  if (forms.includes('sexual-exploitation'))
    sexual = rng.some<SexualType>(['prostitution', 'private-sexual-services', 'remote-interactive-services', 'pornography'], rng.between(1, 2));
  if (forms.includes('forced-labour') || forms.includes('child-labour'))
    sectors = rng.some<LabourSector>(
      ['agriculture-forestry-fishing', 'construction', 'accommodation-food-service', 'manufacturing', 'households-as-employers'],
      rng.between(1, 2),
    );
  const route = ROUTES[p.nationality];
  const start = addDays(openedOn, -rng.between(120, 900));
  const exploitedIn = route.includes(o.country) && rng.chance(0.3) ? o.country : (route[route.length - 1] ?? o.country);
  const events = [
    { stage: 'recruitment' as const, country: route[0] ?? o.country, from: start },
    ...(route.length > 2 ? [{ stage: 'transit' as const, country: route[1] ?? o.country, from: addDays(start, 20), to: addDays(start, 35) }] : []),
    {
      stage: 'exploitation' as const,
      country: exploitedIn === route[0] ? o.country : exploitedIn,
      from: addDays(start, 40),
      to: addDays(openedOn, -rng.between(1, 20)),
    },
  ];
  return {
    exploitationForms: forms,
    labourSectors: sectors,
    sexualExploitationTypes: sexual,
    controlMethods: rng.some(
      CONTROL_METHOD.ids.filter((c) => c !== 'other'),
      rng.between(2, 4),
    ),
    recruitmentMethods: rng.some(
      ['job-offer', 'internet', 'intimate-partner', 'familial', 'posing-as-benefactor', 'marriage-broker'] as const,
      rng.between(1, 2),
    ),
    relationshipToTrafficker: rng.pick(['acquainted', 'unacquainted', 'familial'] as const),
    events,
  };
}

function consent(purpose: string, p: PlannedPerson, on: CalendarDate, rng: Rng, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const oral = rng.chance(0.2);
  return {
    purpose,
    givenBy: p.child ? 'guardian' : 'person',
    method: oral ? 'oral-with-witness' : 'written',
    ...(oral ? { witnessName: rng.pick(['Interpreter on duty', 'Shelter night staff', 'Social worker on call']) } : {}),
    givenOn: on,
    ...extra,
  };
}

export function planCase(
  rng: Rng,
  scenario: Scenario,
  p: PlannedPerson,
  o: DemoOrganisation,
  others: readonly string[],
  openedOn: CalendarDate,
  today: CalendarDate,
  index: number,
): PlannedCase {
  const caseworker = (['cw1', 'cw2', 'cw3'] as const)[index % 3] ?? 'cw1';
  const yesterday = addDays(today, -1);
  const moves: StatusMove[] = [];
  let end = yesterday;
  const referredTo = rng.pick(others);
  const closing = (on: CalendarDate, to: 'closed' | 'closed-referred'): StatusMove => ({
    on,
    to,
    closure:
      to === 'closed-referred'
        ? {
            reason: rng.pick(['referred', 'moved-away']),
            closedOn: on,
            referredToOrganisationId: org(referredTo),
            note: 'Referred with the consent of the person; the file went through the partner caseworker.',
          }
        : { reason: rng.pick(['goals-achieved', 'goals-achieved', 'person-withdrew', 'lost-contact', 'not-a-victim']), closedOn: on },
  });
  if (scenario === 'follow-up') moves.push({ on: min(addDays(openedOn, rng.between(90, 150)), yesterday), to: 'follow-up' });
  if (scenario === 'closed' || scenario === 'closed-referred') {
    end = min(addDays(openedOn, rng.between(60, 240)), yesterday);
    moves.push(closing(end, scenario));
  }
  if (scenario === 'reopened') {
    const closedOn = addDays(openedOn, rng.between(100, 160));
    moves.push(closing(closedOn, 'closed'));
    moves.push({ on: min(addDays(closedOn, rng.between(30, 120)), addDays(today, -5)), to: 'active' });
  }
  const open = !(scenario === 'closed' || scenario === 'closed-referred');
  const span = Math.max(1, toDayNumber(end) - toDayNumber(openedOn));
  const at = (frac: number) => min(addDays(openedOn, Math.floor(span * frac)), end);

  const notVictim = moves.some((m) => m.closure?.reason === 'not-a-victim');
  const decided = !notVictim && span > 45 && rng.chance(0.7);
  const decidedOn = notVictim ? at(0.8) : decided ? min(addDays(openedOn, rng.between(14, 40)), end) : undefined;
  const fields = situation(rng, p, o, openedOn);
  const reflection = scenario === 'ending-soon' || (open && rng.chance(0.7));
  const caseFields: Omit<CreateCaseRequest, 'personId'> = {
    ...fields,
    traffickingStatus: notVictim
      ? { status: 'not-a-victim', decidedBy: DECIDED_BY[o.country] ?? 'Police', decidedOn: decidedOn as string }
      : decided
        ? { status: 'actual', decidedBy: DECIDED_BY[o.country] ?? 'Police', decidedOn: decidedOn as string }
        : { status: 'possible' },
    ...(reflection ? { reflectionPeriod: { startsOn: openedOn, endsOn: addDays(openedOn, o.reflectionDays - 1) } } : {}),
    caseworkerId: user(caseworker),
    teamIds: rng.chance(0.3) ? [user(caseworker === 'cw1' ? 'cw2' : 'cw1')] : [],
    ...(scenario === 'restricted' ? { restrictedTo: [user(caseworker), user('supervisor')] } : {}),
  };

  const entries: PlannedEntry[] = [];
  const add = (kind: EntryKindName, on: CalendarDate, data: Record<string, unknown>, withdrawnOn?: CalendarDate) =>
    entries.push({ kind, on, data, ...(withdrawnOn ? { withdrawnOn } : {}) });
  add('consent', openedOn, consent('data-processing', p, openedOn, rng));
  if (rng.chance(0.7)) add('consent', openedOn, consent('services', p, openedOn, rng, rng.chance(0.3) ? { expiresOn: addDays(openedOn, 365) } : {}));
  if (scenario === 'closed-referred') add('consent', at(0.9), consent('sharing', p, at(0.9), rng, { organisationId: org(referredTo) }));
  if (index % 6 === 1 || rng.chance(0.1)) {
    // A consent to research, withdrawn later: it stays on record as evidence.
    add('consent', at(0.1), consent('research', p, at(0.1), rng, { note: 'Anonymised interview for the annual report' }), max(at(0.5), at(0.1)));
  }
  add('assessment', at(0.02), {
    type: 'risk',
    assessedOn: at(0.02),
    level: rng.pick(['low', 'medium', 'high', 'high', 'critical']),
    factors: rng.some(
      RISK_FACTOR.ids.filter((f) => f !== 'other'),
      rng.between(1, 4),
    ),
    note: rng.pick(RISK_NOTES),
  });
  add('assessment', at(0.05), {
    type: 'needs',
    assessedOn: at(0.05),
    needs: rng
      .some(
        NEED_DOMAIN.ids.filter((d) => d !== 'other'),
        rng.between(2, 5),
      )
      .map((domain) => ({
        domain,
        priority: rng.pick(['low', 'medium', 'high']),
        description: `Discussed ${domain.replace('-', ' ')} with the person`,
      })),
  });
  for (const [type, description] of rng.some(OBJECTIVES, rng.between(1, 3))) {
    add('objective', at(0.06), {
      type,
      description,
      status: open ? rng.pick(['planned', 'in-progress', 'in-progress', 'achieved']) : rng.pick(['achieved', 'discontinued']),
      ...(rng.chance(0.6) ? { targetOn: addDays(openedOn, rng.between(60, 300)) } : {}),
    });
  }
  add('task', at(0.03), { kind: 'task', title: rng.pick(DONE_TASKS), due: at(0.05), assigneeId: user(caseworker), done: true });
  if (open) {
    const overdue = max(addDays(today, -rng.between(1, 12)), addDays(openedOn, 1));
    add('task', max(openedOn, addDays(overdue, -7)), { kind: 'task', title: rng.pick(OPEN_TASKS), due: overdue, assigneeId: user(caseworker), done: false });
    const next = addDays(today, rng.between(1, 21));
    const who = rng.chance(0.25) ? 'supervisor' : caseworker;
    add('task', at(0.9), {
      kind: 'appointment',
      title: rng.pick(APPOINTMENTS),
      due: next,
      time: `${String(rng.between(9, 16)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`,
      assigneeId: user(who),
      done: false,
    });
  }
  add('service', openedOn, {
    type: 'shelter',
    provider: `${o.name.replace(' (demo)', '')} shelter`,
    from: openedOn,
    ...(open ? { outcome: 'ongoing' } : { to: end, outcome: 'completed' }),
  });
  for (const type of rng.some(
    SERVICE_TYPE.ids.filter((t) => t !== 'shelter' && t !== 'other' && t !== 'return'),
    rng.between(1, 3),
  )) {
    const from = at(rng.next() * 0.5);
    const partner = type === 'legal-aid' && o.key !== 'drejtesia' && rng.chance(0.5);
    add('service', from, {
      type,
      ...(partner
        ? { providerOrganisationId: org('drejtesia') }
        : { provider: type === 'medical' ? `${o.city} general hospital` : `${o.city} partner service` }),
      from,
      ...(rng.chance(0.5) ? { to: at(0.8), outcome: 'completed' } : { outcome: 'ongoing' }),
      ...(rng.chance(0.3) ? { note: 'Appointments arranged by the caseworker' } : {}),
    });
  }
  for (let n = rng.between(1, 3), i = 0; i < n; i++) add('note', at(rng.next()), { text: rng.pick(NOTES) });
  if (!p.child && rng.chance(0.35)) {
    const started = at(0.3);
    add('proceeding', started, {
      stage: rng.pick(['complaint', 'investigation', 'prosecution', 'trial']),
      personRole: rng.pick(['victim', 'victim', 'witness', 'injured-party']),
      outcome: 'pending',
      court: `${o.city} first-instance court`,
      reference: `${o.country}-${2020 + rng.int(6)}/${1000 + rng.int(9000)}`,
      startedOn: started,
      ...(rng.chance(0.5) ? { compensationClaimed: { amount: String(rng.between(20, 400) * 100), currency: CURRENCY[o.country] ?? 'EUR' } } : {}),
    });
  }
  entries.sort((a, b) => compareDates(a.on, b.on));
  return { scenario, openedOn, createdBy: caseworker, fields: caseFields, ...(decidedOn ? { decidedOn } : {}), entries, moves };
}
