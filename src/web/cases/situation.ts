/**
 * The trafficking situation of a case as its form holds it, and the change to send. Pure.
 */
import type {
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  LABOUR_SECTOR,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
  TRAFFICKING_STAGE,
  TRAFFICKING_STATUS,
} from '../../core/cases/codes.js';
import type { CaseRecord } from '../../core/cases/case.js';

type Id<L extends { ids: readonly string[] }> = L['ids'][number];

export interface EventDraft {
  stage: Id<typeof TRAFFICKING_STAGE> | '';
  country: string;
  place: string;
  from: string;
  to: string;
}

export interface SituationDraft {
  traffickingStatus: Id<typeof TRAFFICKING_STATUS> | '';
  decidedBy: string;
  decidedOn: string;
  exploitationForms: Id<typeof EXPLOITATION_FORM>[];
  labourSectors: Id<typeof LABOUR_SECTOR>[];
  sexualExploitationTypes: Id<typeof SEXUAL_EXPLOITATION_TYPE>[];
  controlMethods: Id<typeof CONTROL_METHOD>[];
  recruitmentMethods: Id<typeof RECRUITMENT_METHOD>[];
  relationshipToTrafficker: Id<typeof RELATIONSHIP_TO_TRAFFICKER> | '';
  events: EventDraft[];
}

export const emptyEvent = (): EventDraft => ({ stage: '', country: '', place: '', from: '', to: '' });

export function situationOf(kase: CaseRecord): SituationDraft {
  return {
    traffickingStatus: kase.traffickingStatus?.status ?? '',
    decidedBy: kase.traffickingStatus?.decidedBy ?? '',
    decidedOn: kase.traffickingStatus?.decidedOn ?? '',
    exploitationForms: [...(kase.exploitationForms ?? [])],
    labourSectors: [...(kase.labourSectors ?? [])],
    sexualExploitationTypes: [...(kase.sexualExploitationTypes ?? [])],
    controlMethods: [...(kase.controlMethods ?? [])],
    recruitmentMethods: [...(kase.recruitmentMethods ?? [])],
    relationshipToTrafficker: kase.relationshipToTrafficker ?? '',
    events: (kase.events ?? []).map((e) => ({ stage: e.stage, country: e.country, place: e.place ?? '', from: e.from ?? '', to: e.to ?? '' })),
  };
}

const opt = (value: string) => (value.trim() === '' ? undefined : value.trim());
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Each field of the draft as the request carries it (null clears). */
function fieldsOf(d: SituationDraft): Record<string, unknown> {
  return {
    traffickingStatus: d.traffickingStatus ? defined({ status: d.traffickingStatus, decidedBy: opt(d.decidedBy), decidedOn: opt(d.decidedOn) }) : null,
    exploitationForms: d.exploitationForms,
    labourSectors: d.labourSectors,
    sexualExploitationTypes: d.sexualExploitationTypes,
    controlMethods: d.controlMethods,
    recruitmentMethods: d.recruitmentMethods,
    relationshipToTrafficker: d.relationshipToTrafficker || null,
    events: d.events
      .filter((e) => Object.values(e).some((v) => v.trim() !== ''))
      .map((e) => defined({ stage: e.stage || undefined, country: opt(e.country), place: opt(e.place), from: opt(e.from), to: opt(e.to) })),
  };
}

/** The changed fields only, with the version read (to validate with `updateCaseRequest`). */
export function situationChange(before: SituationDraft, after: SituationDraft, version: number): Record<string, unknown> {
  const a = fieldsOf(before);
  const b = fieldsOf(after);
  const body: Record<string, unknown> = { version };
  for (const key of Object.keys(b)) if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) body[key] = b[key];
  return body;
}

/** The request's path of a problem, as the form names the field. */
export function situationPath(path: string): string {
  if (path === 'traffickingStatus.status') return 'traffickingStatus';
  if (path.startsWith('traffickingStatus.')) return path.slice('traffickingStatus.'.length);
  return path;
}

/** The draft without event rows left entirely empty (so that problems keep their row numbers). */
export function compactSituation(d: SituationDraft): SituationDraft {
  return { ...d, events: d.events.filter((e) => Object.values(e).some((v) => v.trim() !== '')) };
}
