import { randomInt } from 'node:crypto';
import type { CaseInput } from '../../../core/data/anonymise/ctdc.js';

/**
 * The facts of cases that the anonymised file is made from, read in one query: no name, no
 * narrative, no identifier leaves the query. Shared by `haven anonymise` (every organisation, as the
 * database owner) and the `ctdc` export (one organisation, as the user who asked).
 */

export interface CaseFactsRow {
  org_id: string;
  opened_on: string;
  birth_date: string | null;
  estimated_age: number | null;
  estimated_on: string | null;
  gender: string | null;
  citizenships: string[];
  events: { stage: string; country: string; from?: string; to?: string }[];
  exploitation_forms: string[];
  labour_sectors: string[];
  sexual_exploitation_types: string[];
  control_methods: string[];
  recruitment_methods: string[];
  relationship_to_trafficker: string | null;
}

export const CASE_FACTS_SQL = `SELECT c.org_id, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on,
  to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') AS estimated_on,
  p.gender, p.citizenships, c.events, c.exploitation_forms, c.labour_sectors, c.sexual_exploitation_types,
  c.control_methods, c.recruitment_methods, c.relationship_to_trafficker
  FROM cases c JOIN persons p ON p.id = c.person_id`;

export function toCaseInput(r: CaseFactsRow): CaseInput {
  return {
    openedOn: r.opened_on,
    birthDate: r.birth_date,
    estimatedAge: r.estimated_age !== null && r.estimated_on ? { years: r.estimated_age, estimatedOn: r.estimated_on } : null,
    gender: r.gender as CaseInput['gender'],
    citizenships: r.citizenships,
    events: r.events,
    exploitationForms: r.exploitation_forms as CaseInput['exploitationForms'],
    labourSectors: r.labour_sectors as CaseInput['labourSectors'],
    sexualExploitationTypes: r.sexual_exploitation_types as CaseInput['sexualExploitationTypes'],
    controlMethods: r.control_methods as CaseInput['controlMethods'],
    recruitmentMethods: r.recruitment_methods as CaseInput['recruitmentMethods'],
    relationshipToTrafficker: r.relationship_to_trafficker as CaseInput['relationshipToTrafficker'],
  };
}

/** Fisher-Yates with a cryptographic generator: the file's row order says nothing of the order cases were opened in. */
export function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}
