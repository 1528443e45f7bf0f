import type { Role } from './roles.js';

/**
 * Every action Haven knows. Routes name one; `can` decides.
 * Module issues add their own actions here, so that one table says who may do what.
 */
export const ACTIONS = [
  'person:read', // reading a person's record (drives the second-factor rule)
  'users:list',
  'colleagues:list', // the names and roles of the organisation's active users (to name assignees); not for guest learners
  'users:invite',
  'users:update', // change roles, disable, enable
  'users:unlock',
  'organisations:list',
  'organisations:create',
  'organisations:update',
  'network:read',
  'network:update',
  'audit:read',
  'metrics:read',
  'signin:unlock-address',
  'persons:read', // find and read persons, with the cases they can see (case roles)
  'persons:write', // create and change persons
  'persons:export', // export everything about a person (data-subject access)
  'persons:erase', // erase a person on request
  'cases:read', // read cases (each case's own visibility still applies: src/core/cases/visibility.ts)
  'cases:write', // open cases and work on them
  'cases:settings', // reflection period, retention rules and purges
  'screenings:create', // screen a person with the identification indicators
  'screenings:read', // read screenings (each one's own visibility still applies)
  'contacts:create', // log a hotline contact
  'contacts:read', // read the organisation's hotline contacts
  'contacts:write', // change contacts, their follow-ups, and open a person and case from one
  'hotline:settings', // the organisation's reasons for contact
  'hotline:stats', // the supervisor view: counts and times of contacts, the outreach funnel
  'encounters:create', // record an outreach encounter
  'encounters:read', // read encounters and the people met
  'outreach:write', // move a person met through the funnel; outreach zones
  'directory:write', // maintain the organisation's own entries in the service directory (and import them)
  'directory:curate', // change any organisation's directory entries (network administrators)
  'referrals:send', // refer a case to a service of another organisation; withdraw it; the thread
  'referrals:receive', // read referrals sent to the organisation, answer them, open a case from one
  'referrals:oversee', // see the organisation's emergency overrides and their reasons
  'referrals:stats', // referral measures: times to accept, acceptance, flows between organisations and countries
  'pathways:write', // define the network's referral pathways (network administrators)
  'stats:organisation', // the organisation's dashboard (counts; suppressed for readers who cannot read cases)
  'stats:network', // the network's dashboard: counts only, small cells suppressed, people counted once
  'lists:export', // export a list the user can read (cases, contacts, referrals, directory) to CSV or XLSX
  'cases:exchange', // export and import the organisation's cases in HTCDS 2.0 (names included)
  'data:anonymise', // the k-anonymous case file in the CTDC layout
  'linkage:keys', // upload the organisation's linkage keys, computed with the network's secret
  'campaigns:read', // read awareness campaigns, their activities and reach (every member's: the network sees them all)
  'campaigns:write', // plan the organisation's campaigns and record their activities
  'help:settings', // configure the public safe-migration page: texts, countries, hotline contacts (network administrators)
  'courses:learn', // follow the network's published e-learning courses, take their quizzes, get certificates
  'courses:write', // author the organisation's courses (modules, lessons, quizzes) and publish them
  'courses:stats', // completion and scores of the organisation's courses, per learner organisation
  'learners:invite', // invite guest learners (role learner: courses only) by e-mail
  'capacity:read', // the network's capacity self-assessments, offers, matches and exchanges; the coalition strategy
  'capacity:write', // the organisation's self-assessment, what it offers, its exchanges and its strategy commitments
  'strategy:write', // the coalition strategy's goals and activities (network administrators)
  'recommendations:read', // national action plans and monitoring bodies' recommendations, with their status history
  'recommendations:write', // record recommendations and plans, and update their status with evidence
] as const;
export type Action = (typeof ACTIONS)[number];

const GRANTS: Record<Role, readonly Action[]> = {
  'network-admin': [
    'users:list',
    'users:invite',
    'users:update',
    'users:unlock',
    'organisations:list',
    'colleagues:list',
    'organisations:create',
    'organisations:update',
    'network:read',
    'network:update',
    'audit:read',
    'metrics:read',
    'signin:unlock-address',
    'directory:write',
    'directory:curate',
    'pathways:write',
    'referrals:stats',
    'stats:network',
    'campaigns:read',
    'help:settings',
    'courses:learn',
    'capacity:read',
    'strategy:write',
    'recommendations:read',
    'recommendations:write',
  ],
  'org-admin': [
    'users:list',
    'users:invite',
    'users:update',
    'users:unlock',
    'organisations:list',
    'colleagues:list',
    'organisations:update',
    'network:read',
    'audit:read',
    'signin:unlock-address',
    'persons:read',
    'persons:write',
    'persons:export',
    'persons:erase',
    'cases:read',
    'cases:write',
    'cases:settings',
    'screenings:create',
    'screenings:read',
    'contacts:create',
    'contacts:read',
    'contacts:write',
    'hotline:settings',
    'hotline:stats',
    'encounters:create',
    'encounters:read',
    'outreach:write',
    'directory:write',
    'referrals:send',
    'referrals:receive',
    'referrals:oversee',
    'referrals:stats',
    'stats:organisation',
    'lists:export',
    'cases:exchange',
    'data:anonymise',
    'linkage:keys',
    'campaigns:read',
    'campaigns:write',
    'courses:learn',
    'courses:write',
    'courses:stats',
    'learners:invite',
    'capacity:read',
    'capacity:write',
    'recommendations:read',
    'recommendations:write',
  ],
  supervisor: [
    'person:read',
    'users:list',
    'organisations:list',
    'colleagues:list',
    'network:read',
    'persons:read',
    'persons:write',
    'persons:export',
    'cases:read',
    'cases:write',
    'screenings:create',
    'screenings:read',
    'contacts:create',
    'contacts:read',
    'contacts:write',
    'hotline:stats',
    'encounters:create',
    'encounters:read',
    'outreach:write',
    'referrals:send',
    'referrals:receive',
    'referrals:oversee',
    'referrals:stats',
    'stats:organisation',
    'lists:export',
    'campaigns:read',
    'campaigns:write',
    'courses:learn',
    'courses:stats',
    'capacity:read',
    'recommendations:read',
  ],
  caseworker: [
    'person:read',
    'organisations:list',
    'colleagues:list',
    'network:read',
    'persons:read',
    'persons:write',
    'cases:read',
    'cases:write',
    'screenings:create',
    'screenings:read',
    'referrals:send',
    'referrals:receive',
    'campaigns:read',
    'courses:learn',
    'recommendations:read',
  ],
  // An operator finds or records the person a contact is about and opens a case for them; the case
  // then goes to the supervisors' queue (operators hold no case role: they do not read cases).
  'hotline-operator': [
    'person:read',
    'organisations:list',
    'colleagues:list',
    'network:read',
    'persons:read',
    'persons:write',
    'cases:write',
    'screenings:create',
    'screenings:read',
    'contacts:create',
    'contacts:read',
    'contacts:write',
    'campaigns:read',
    'courses:learn',
    'recommendations:read',
  ],
  'outreach-worker': [
    'person:read',
    'organisations:list',
    'colleagues:list',
    'network:read',
    'screenings:create',
    'screenings:read',
    'encounters:create',
    'encounters:read',
    'outreach:write',
    'campaigns:read',
    'campaigns:write',
  ],
  analyst: [
    'organisations:list',
    'colleagues:list',
    'network:read',
    'referrals:stats',
    'stats:organisation',
    'stats:network',
    'data:anonymise',
    'campaigns:read',
    'courses:learn',
    'capacity:read',
    'recommendations:read',
    'recommendations:write',
  ],
  trainer: [
    'organisations:list',
    'colleagues:list',
    'network:read',
    'campaigns:read',
    'campaigns:write',
    'courses:learn',
    'courses:write',
    'courses:stats',
    'learners:invite',
    'capacity:read',
    'recommendations:read',
  ],
  // A guest learner follows courses and nothing else: no organisation list, no case data.
  learner: ['courses:learn'],
};

/** Actions that reach across organisations: the record's organisation need not be the user's. */
const NETWORK_WIDE: ReadonlySet<Action> = new Set([
  'organisations:list',
  'organisations:create',
  'organisations:update',
  'network:read',
  'network:update',
  'directory:curate',
  'pathways:write',
  'stats:network',
  'campaigns:read',
  'help:settings',
  'courses:learn',
  'capacity:read',
  'strategy:write',
  'recommendations:read',
  'recommendations:write',
]);

export interface Actor {
  readonly id: string;
  readonly orgId: string;
  readonly roles: readonly Role[];
}

/** A record as the policy sees it: whose it is. */
export interface PolicyRecord {
  readonly orgId: string;
}

export function permissionsOf(roles: readonly Role[]): Set<Action> {
  const out = new Set<Action>();
  for (const role of roles) for (const action of GRANTS[role]) out.add(action);
  return out;
}

/**
 * The one decision: may this user do this action (on this record)?
 * A record of another organisation is refused unless the action is network-wide.
 */
export function can(user: Actor | null | undefined, action: Action, record?: PolicyRecord): boolean {
  if (!user) return false;
  if (!user.roles.some((role) => GRANTS[role].includes(action))) return false;
  if (record && record.orgId !== user.orgId) {
    if (!NETWORK_WIDE.has(action)) return false;
    // Changing another organisation is for network administrators only.
    if (action === 'organisations:update' && !user.roles.includes('network-admin')) return false;
    // Other organisations' recommendations are read by everyone, changed by network administrators only.
    if (action === 'recommendations:write' && !user.roles.includes('network-admin')) return false;
  }
  return true;
}

/** Roles that can read a person's record must sign in with a second factor. */
export function secondFactorRequired(roles: readonly Role[]): boolean {
  // Administrators control who reads records, so they are held to the same rule.
  return roles.some((role) => GRANTS[role].includes('person:read') || role === 'org-admin' || role === 'network-admin');
}

/** Roles a user may hand out: an organisation admin cannot create network admins. */
export function assignableRoles(actorRoles: readonly Role[]): Role[] {
  const all: Role[] = ['org-admin', 'supervisor', 'caseworker', 'hotline-operator', 'outreach-worker', 'analyst', 'trainer', 'learner'];
  return actorRoles.includes('network-admin') ? ['network-admin', ...all] : all;
}
