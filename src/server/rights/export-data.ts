import type pg from 'pg';
import { ENTRY_KINDS, type EntryKindName } from '../../core/cases/entries.js';
import type { CaseView, DocumentView, EntryView, PersonView, TimelineEvent } from '../../core/cases/views.js';
import { Params, type Viewer, caseReadableSql, caseVisibleSql } from '../cases/access.js';
import { documentContent, listDocuments } from '../cases/documents-store.js';
import { listEntries } from '../cases/entries-store.js';
import { readableCase } from '../cases/routes.js';
import { timelineOf } from '../cases/store.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { type HtcdsFields, htcdsFields } from './htcds.js';

/**
 * Everything Haven holds about one person, as one document: the person (sealed fields opened), each
 * of their cases the exporter may read, every entry of every kind, each case's whole timeline and
 * its documents. The shape is `haven.person-export/1`, described in docs/person-export.md;
 * it only ever grows (new optional fields), a breaking change gets a new format name.
 */

export const EXPORT_FORMAT = 'haven.person-export/1';

export type ExportPurpose = 'subject-access' | 'sharing';

export interface ExportedPerson extends Omit<PersonView, 'cases'> {
  readonly htcds: HtcdsFields;
}

export interface ExportedEntry extends EntryView {
  readonly htcds: HtcdsFields;
}

export interface ExportedDocument extends DocumentView {
  /** The file's bytes, base64; only in the JSON export. */
  readonly contentBase64?: string;
}

export interface ExportedCase extends CaseView {
  readonly htcds: HtcdsFields;
  /** Every entry of the case by kind (src/core/cases/entries.ts), oldest first. */
  readonly entries: Readonly<Record<EntryKindName, readonly ExportedEntry[]>>;
  /** Everything that happened on the case, oldest first. */
  readonly timeline: readonly TimelineEvent[];
  readonly documents: readonly ExportedDocument[];
}

export interface PersonExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly exportedAt: string;
  readonly purpose: ExportPurpose;
  /** For `sharing`: the organisation the export is for, and the consent that allows it. */
  readonly sharing: { readonly organisationId: string; readonly organisationName: string | null; readonly consentId: string } | null;
  readonly organisation: { readonly id: string; readonly name: string; readonly country: string };
  readonly exportedBy: { readonly id: string; readonly name: string };
  readonly person: ExportedPerson;
  readonly cases: readonly ExportedCase[];
  /** Cases of the person the exporter knows exist but may not read (restricted to others): not in this export. */
  readonly casesNotIncluded: number;
  /** Names of the users and organisations the records refer to by id. */
  readonly directory: {
    readonly users: readonly { readonly id: string; readonly name: string }[];
    readonly organisations: readonly { readonly id: string; readonly name: string }[];
  };
}

export interface ExportOptions {
  readonly purpose: ExportPurpose;
  readonly sharing: { readonly organisationId: string; readonly consentId: string } | null;
  /** Put each document's bytes in the export (JSON); the PDF lists documents only. */
  readonly withContent: boolean;
  readonly exporter: { readonly id: string; readonly name: string };
}

const TIMELINE_ALL = 1_000_000;

function personHtcds(p: PersonView): HtcdsFields {
  const legal = p.names.find((n) => n.kind === 'legal') ?? p.names[0];
  return {
    ...(legal?.given ? { prs_FirstName: legal.given } : {}),
    ...(legal?.family ? { prs_SecondName: legal.family } : {}),
    ...htcdsFields([
      { list: 'gender', value: p.gender },
      { list: 'vulnerability', value: p.vulnerabilities ?? [] },
    ]),
  };
}

function caseHtcds(k: CaseView): HtcdsFields {
  return htcdsFields([
    { list: 'case-status', value: k.status },
    { list: 'trafficking-status', value: k.traffickingStatus?.status },
    { list: 'exploitation-form', value: k.exploitationForms ?? [] },
    { list: 'labour-sector', value: k.labourSectors ?? [] },
    { list: 'sexual-exploitation-type', value: k.sexualExploitationTypes ?? [] },
    { list: 'control-method', value: k.controlMethods ?? [] },
    { list: 'recruitment-method', value: k.recruitmentMethods ?? [] },
    { list: 'relationship-to-trafficker', value: k.relationshipToTrafficker },
    { list: 'trafficking-stage', value: (k.events ?? []).map((e) => e.stage).filter((s, i, all) => all.indexOf(s) === i) },
    { list: 'closure-reason', value: k.closure?.reason },
  ]);
}

function entryHtcds(e: EntryView): HtcdsFields {
  if (e.kind === 'consent' && typeof e.data.purpose === 'string') return htcdsFields([{ list: 'consent-purpose', value: e.data.purpose }]);
  return {};
}

/** The cases of the person the viewer may read, oldest first, and how many more they know exist. */
async function caseIdsOf(c: pg.PoolClient, v: Viewer, personId: string): Promise<{ readable: string[]; hidden: number }> {
  const params = new Params();
  const readable = caseReadableSql('c', v, params);
  const visible = caseVisibleSql('c', v, params);
  const { rows } = await c.query<{ id: string; readable: boolean }>(
    `SELECT c.id, ${readable} AS readable FROM cases c
      WHERE c.org_id = ${params.add(v.orgId)} AND c.person_id = ${params.add(personId)} AND ${visible}
      ORDER BY c.opened_on, c.number`,
    params.values,
  );
  return { readable: rows.filter((r) => r.readable).map((r) => r.id), hidden: rows.filter((r) => !r.readable).length };
}

async function documentsOf(c: pg.PoolClient, key: Buffer, orgId: string, caseId: string, withContent: boolean): Promise<ExportedDocument[]> {
  const listed = (await listDocuments(c, key, orgId, caseId)).reverse();
  if (!withContent) return listed;
  const out: ExportedDocument[] = [];
  for (const d of listed) {
    const found = await documentContent(c, key, orgId, caseId, d.id);
    out.push(found ? { ...d, contentBase64: found.content.toString('base64') } : d);
  }
  return out;
}

async function exportCase(s: Services, c: pg.PoolClient, v: Viewer, key: Buffer, id: string, withContent: boolean): Promise<ExportedCase | undefined> {
  const kase = await readableCase(s, c, v, id);
  if (!kase) return undefined;
  const entries = {} as Record<EntryKindName, ExportedEntry[]>;
  for (const k of ENTRY_KINDS) {
    entries[k.kind] = (await listEntries(c, key, v.orgId, id, k.kind)).reverse().map((e) => ({ ...e, htcds: entryHtcds(e) }));
  }
  const timeline = (await timelineOf(c, v.orgId, id, TIMELINE_ALL)).reverse();
  const documents = await documentsOf(c, key, v.orgId, id, withContent);
  return { ...kase, htcds: caseHtcds(kase), entries, timeline, documents };
}

/** The ids of users and organisations the export refers to. */
function referencedIds(cases: readonly ExportedCase[]): { users: Set<string>; organisations: Set<string> } {
  const users = new Set<string>();
  const organisations = new Set<string>();
  const user = (id: unknown) => typeof id === 'string' && users.add(id);
  const org = (id: unknown) => typeof id === 'string' && organisations.add(id);
  for (const k of cases) {
    user(k.caseworkerId);
    for (const id of k.teamIds ?? []) user(id);
    for (const id of k.restrictedTo ?? []) user(id);
    org(k.closure?.referredToOrganisationId);
    for (const list of Object.values(k.entries)) {
      for (const e of list) {
        user(e.createdBy);
        user(e.data.assigneeId);
        org(e.data.organisationId);
        org(e.data.providerOrganisationId);
      }
    }
    for (const d of k.documents) user(d.uploadedBy);
    for (const t of k.timeline) user(t.actorId);
  }
  return { users, organisations };
}

/**
 * The export of a person the viewer may read, or undefined (another organisation's person, or one
 * the viewer may not read). The caller audits it, in the same transaction.
 */
export async function collectPersonExport(s: Services, c: pg.PoolClient, v: Viewer, personId: string, o: ExportOptions): Promise<PersonExport | undefined> {
  const found = await readablePerson(s, c, v, personId);
  if (!found) return undefined;
  const key = await s.orgKeys.keyFor(c, v.orgId);
  const { cases: _summaries, ...person } = found;
  const ids = await caseIdsOf(c, v, personId);
  const cases: ExportedCase[] = [];
  for (const id of ids.readable) {
    const k = await exportCase(s, c, v, key, id, o.withContent);
    if (k) cases.push(k);
  }
  const refs = referencedIds(cases);
  if (o.sharing) refs.organisations.add(o.sharing.organisationId);
  const users = (
    await c.query<{ id: string; name: string }>('SELECT id, name FROM users WHERE org_id = $1 AND id = ANY($2::uuid[]) ORDER BY name, id', [
      v.orgId,
      [...refs.users],
    ])
  ).rows;
  const organisations = (
    await c.query<{ id: string; name: string }>('SELECT id, name FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY name, id', [[...refs.organisations]])
  ).rows;
  const own = (await c.query<{ id: string; name: string; country: string }>('SELECT id, name, country FROM organisations WHERE id = $1', [v.orgId])).rows[0];
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    purpose: o.purpose,
    sharing: o.sharing ? { ...o.sharing, organisationName: organisations.find((x) => x.id === o.sharing?.organisationId)?.name ?? null } : null,
    organisation: { id: v.orgId, name: own?.name ?? '', country: own?.country ?? '' },
    exportedBy: o.exporter,
    person: { ...person, htcds: personHtcds(found) },
    cases,
    casesNotIncluded: ids.hidden,
    directory: { users, organisations },
  };
}
