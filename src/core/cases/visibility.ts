/**
 * Who may see a case (issue 3): "Caseworkers see their own and assigned cases, supervisors their
 * team's, organisation administrators all of their organisation's; a case can be restricted to
 * named users." Another organisation's case: never.
 *
 * Two questions, because a restriction must not make a case vanish from those who manage the
 * organisation:
 * - `canSeeCaseExists`: may the user know the case exists (its id, status, caseworker — the row in a
 *   list, without the person's name or anything of the content)?
 * - `canReadCase`: may the user read its content (the person, the notes, everything else)?
 *
 * Restriction vs the organisation administrator. A case is restricted because even colleagues must
 * not read it: a person who knows a colleague, a case involving staff, a high-profile witness.
 * Letting the administrator read it anyway would empty the restriction of its point (administrators
 * are colleagues too, and an administrator account is the most valuable one to compromise). So a
 * restricted case is read only by the users it names — whoever they are in the hierarchy — and the
 * administrator only sees that it exists, so that it can still be counted, reassigned, and its
 * restriction changed when a named user leaves. An empty restriction list means nobody reads it
 * until an administrator names someone.
 *
 * Roles: only case roles (caseworker, supervisor, org-admin) read cases. A named user without one
 * (an analyst, a trainer) does not, so that naming a user cannot grant more than their role allows.
 * Network administrators run the platform, not cases: no access.
 */
import type { Role } from '../platform/roles.js';

export interface CaseViewer {
  readonly id: string;
  readonly orgId: string;
  readonly roles: readonly Role[];
}

export interface CaseAccessFacts {
  readonly orgId: string;
  /** The caseworker in charge, if any. */
  readonly caseworkerId: string | null;
  /** The other users assigned to the case. */
  readonly teamIds: readonly string[];
  /** Null: not restricted. Otherwise only these users read it. */
  readonly restrictedTo: readonly string[] | null;
}

export const CASE_ROLES: readonly Role[] = ['caseworker', 'supervisor', 'org-admin'];

function hasCaseRole(user: CaseViewer): boolean {
  return user.roles.some((r) => CASE_ROLES.includes(r));
}

/** Without restriction: own or assigned (caseworker), supervised staff's (supervisor), all (org-admin). */
function inScope(user: CaseViewer, kase: CaseAccessFacts, supervisesIds: readonly string[]): boolean {
  if (user.roles.includes('org-admin')) return true;
  const assigned = kase.caseworkerId === user.id || kase.teamIds.includes(user.id);
  if (assigned && (user.roles.includes('caseworker') || user.roles.includes('supervisor'))) return true;
  if (user.roles.includes('supervisor')) {
    const staff = new Set(supervisesIds);
    if ((kase.caseworkerId !== null && staff.has(kase.caseworkerId)) || kase.teamIds.some((id) => staff.has(id))) return true;
  }
  return false;
}

/**
 * May the user read the case's content?
 * @param supervisesIds the users this user supervises (empty unless a supervisor)
 */
export function canReadCase(user: CaseViewer, kase: CaseAccessFacts, supervisesIds: readonly string[]): boolean {
  if (user.orgId !== kase.orgId || !hasCaseRole(user)) return false;
  if (kase.restrictedTo !== null) return kase.restrictedTo.includes(user.id);
  return inScope(user, kase, supervisesIds);
}

/** May the user know that the case exists? Everyone who reads it, and the organisation's administrators. */
export function canSeeCaseExists(user: CaseViewer, kase: CaseAccessFacts, supervisesIds: readonly string[]): boolean {
  if (user.orgId !== kase.orgId) return false;
  return user.roles.includes('org-admin') || canReadCase(user, kase, supervisesIds);
}

/** The name for the read decision. */
export const canSeeCase = canReadCase;
