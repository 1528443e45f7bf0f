import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addDays, type CalendarDate, compareDates, todayUtc } from '../../core/cases/dates.js';
import { entryFacts, entryKind } from '../../core/cases/entries.js';
import { ageOn, createPersonRequest } from '../../core/cases/person.js';
import { organizationRequest, serviceRequest } from '../../core/referrals/directory.js';
import { pathwayFits, pathwayRequest, type PathwayRequest } from '../../core/referrals/pathway.js';
import {
  changeReferralRequest,
  createReferralRequest,
  declineReferralRequest,
  messageRequest,
  nextStatus,
  REFERRAL_STATUSES,
  type ReferralAction,
  type ReferralStatus,
  referralReference,
} from '../../core/referrals/referral.js';
import { buildSnapshot, languageOfCountry, personFromSnapshot } from '../../core/referrals/snapshot.js';
import type { UiLanguage } from '../../core/platform/roles.js';
import { appendAudit } from '../audit/store.js';
import { insertEntry } from '../cases/entries-store.js';
import { addTimeline, fieldsOfCreate, insertCase } from '../cases/store.js';
import { type OrgKeys, sealValue } from '../crypto/org-keys.js';
import { newReferralKey } from '../crypto/referral-keys.js';
import type { Database } from '../db/database.js';
import { fieldsOfRequest, insertPerson, namesOf, personRow, toPersonView } from '../persons/store.js';
import { asOwner } from '../platform/provision.js';
import { insertOrganization, insertService, withChildIds } from '../referrals/directory-store.js';
import {
  addEvent,
  insertMessage,
  insertReferral,
  openShared,
  overridePlace,
  type ReferralRow,
  referralRow,
  type Side,
  sealShared,
} from '../referrals/store.js';
import type { DemoAccount } from './accounts.js';
import { newsOf } from '../referrals/notify.js';
import { DEMO_DIRECTORY } from './directory.js';
import { DAY, DEMO_PATHWAYS, DEMO_REFERRALS, type DemoReferral, finalStatus } from './referral-stories.js';
import { DEMO_ORGANISATIONS, type DemoUser } from './network.js';
import { Rng } from './rng.js';

/**
 * Issue 6 in the demo: the service directory (directory.ts), the network's referral pathways, and
 * referrals between the demo organisations sent from their cases over the last months, in every
 * state, with their consents, history, threads and notifications.
 *
 * Everything goes through the stores the API uses, in the acting organisation's tenant transaction
 * (the sender sends and withdraws, the receiver answers, each side writes its messages), validated
 * by the request schemas; the rows are back-dated as the owner afterwards, like write.ts does.
 * Every demo organisation is in a different country, so every referral between them is
 * transnational and names its phase of the transnational referral model.
 */

// ---------------------------------------------------------------------------------------------
// Writing

export interface DemoReferralRefs {
  readonly orgIds: ReadonlyMap<string, string>;
  readonly accounts: readonly DemoAccount[];
}

export interface DemoReferralSummary {
  readonly organizations: number;
  readonly services: number;
  readonly pathways: number;
  readonly referrals: number;
  readonly byStatus: Readonly<Record<ReferralStatus, number>>;
  readonly receiverCases: number;
  readonly messages: number;
  /** Cases that follow one of the pathways. */
  readonly casesOnPathway: number;
}

interface WrittenService {
  readonly id: string;
  readonly name: string;
  readonly types: readonly string[];
  readonly memberOrgId: string | null;
  readonly country: string;
}

interface CaseFacts {
  id: string;
  number: number;
  status: string;
  opened_on: string;
  closed_at: Date | null;
  exploitation_forms: string[];
  trafficking_status: string | null;
  caseworker_id: string | null;
  person_id: string;
  pathway_id: string | null;
  birth_date: string | null;
  estimated_age: number | null;
  estimated_on: string | null;
  gender: string | null;
  citizenships: string[];
}

interface Back {
  referrals: Map<string, { sent: Date; accepted: Date | null; declined: Date | null; closed: Date | null; updated: Date }>;
  events: [number, Date][];
  messages: [string, Date][];
  /** Each notification written: its referral, kind, user and the moment it stands for. */
  notifications: [string, string, string, Date][];
  entries: [string, Date][];
  timeline: [number, Date][];
  persons: [string, Date][];
  cases: [string, Date][];
}

const cli = { actorId: null, actorEmail: 'cli', ip: null, outcome: 'success' as const };
const FINAL: ReadonlySet<ReferralStatus> = new Set(['declined', 'completed', 'withdrawn']);
/** The age assumed when a person's age is unknown: an adult. */
const ADULT = 30;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const dateOf = (d: Date): CalendarDate => todayUtc(d);
const hoursAfter = (d: Date, h: number) => new Date(d.getTime() + h * HOUR);
const FEMININE = new Set(['feminine', 'transgender-feminine']);

/** The time zone of a demo organisation: that of its services in the directory. */
function timeZoneOf(orgKey: string): string {
  return DEMO_DIRECTORY.find((e) => e.member === orgKey)?.services[0]?.timeZone ?? 'UTC';
}

/** The instant of a local time of day (HH:MM) on a date in a time zone. */
export function localInstant(date: CalendarDate, time: string, tz: string): Date {
  const guess = Date.parse(`${date}T${time}:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date(guess))
      .map((x) => [x.type, x.value]),
  );
  const shown = Date.parse(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:00Z`);
  return new Date(guess - (shown - guess));
}

/** A time in office hours (09:00 to 16:40), local to `tz`, on the day of `at`. */
function officeHours(at: Date, tz: string, rng: Rng): Date {
  const minutes = 9 * 60 + rng.between(0, 460);
  return localInstant(todayUtc(at), `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`, tz);
}

/**
 * When the referral was sent and when each of its steps happened: from three days back in office
 * hours of the side that acted (answers within a day stay as they are), always in order, to the minute.
 */
export function timesOf(r: DemoReferral, index: number, now: Date): { sent: Date; steps: Date[] } {
  const rng = new Rng(1000 + index);
  const exact = new Date(Math.floor((now.getTime() - r.sentHoursAgo * HOUR) / MINUTE) * MINUTE);
  const senderZone = timeZoneOf(r.from);
  const old = r.sentHoursAgo >= 72;
  const sent = !old ? exact : r.localTime ? localInstant(todayUtc(exact), r.localTime, senderZone) : officeHours(exact, senderZone, rng);
  const steps: Date[] = [];
  let previous = sent;
  for (const step of r.steps) {
    const side = step.action === 'message' ? step.side : step.action === 'withdraw' ? 'sender' : 'receiver';
    let at = new Date(sent.getTime() + step.after * HOUR + rng.between(0, 40) * MINUTE);
    if (old && step.after >= 24) at = officeHours(at, timeZoneOf(side === 'sender' ? r.from : r.to), rng);
    if (at.getTime() <= previous.getTime()) at = new Date(previous.getTime() + rng.between(20, 80) * MINUTE);
    steps.push(at);
    previous = at;
  }
  return { sent, steps };
}

function languageOf(a: DemoAccount): UiLanguage {
  return DEMO_ORGANISATIONS.find((o) => o.key === a.orgKey)?.users.find((u) => u.key === a.userKey)?.language ?? 'en';
}

/** Writes the directory, the pathways and the referrals of the demo network. */
export async function writeReferralDemo(
  db: Database,
  masterKey: Buffer,
  orgKeys: OrgKeys,
  refs: DemoReferralRefs,
  options: { readonly seed?: number; readonly now?: Date } = {},
): Promise<DemoReferralSummary> {
  const now = options.now ?? new Date();
  const rng = new Rng(options.seed ?? 6);
  const orgId = (key: string) => {
    const id = refs.orgIds.get(key);
    if (!id) throw new Error(`the demo organisation ${key} was not created`);
    return id;
  };
  const account = (orgKey: string, userKey: DemoUser['key']) => {
    const a = refs.accounts.find((x) => x.orgKey === orgKey && x.userKey === userKey);
    if (!a) throw new Error(`the demo account ${userKey} of ${orgKey} was not created`);
    return a;
  };
  const orgKeyOf = (id: string) => [...refs.orgIds].find(([, v]) => v === id)?.[0] ?? '';
  const countryOf = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.country ?? 'GRC';
  const back: Back = { referrals: new Map(), events: [], messages: [], notifications: [], entries: [], timeline: [], persons: [], cases: [] };
  const audit = (c: pg.PoolClient, org: string, action: string, recordType: string, recordId: string) =>
    appendAudit(c, { ...cli, orgId: org, action, recordType, recordId });

  // The directory, each entry in the tenant transaction of the organisation that maintains it.
  const services = new Map<string, WrittenService>();
  const directoryIds: string[] = [];
  const serviceIds: string[] = [];
  for (const entry of DEMO_DIRECTORY) {
    const maintainer = orgId(entry.maintainedBy);
    const admin = account(entry.maintainedBy, 'admin');
    await db.tenant({ orgId: maintainer, userId: admin.id }, async (c) => {
      const id = randomUUID();
      const memberOrgId = entry.member ? orgId(entry.member) : null;
      const { memberOrgId: _, ...organization } = organizationRequest.parse(entry.organization);
      await insertOrganization(c, id, maintainer, organization, memberOrgId);
      await audit(c, maintainer, 'directory.organization-create', 'directory-organization', id);
      directoryIds.push(id);
      for (const { key, ...fields } of entry.services) {
        const request = withChildIds(serviceRequest.parse({ ...fields, organizationId: id }));
        const serviceId = randomUUID();
        if (!(await insertService(c, serviceId, maintainer, request))) throw new Error(`demo service ${key} not written`);
        await audit(c, maintainer, 'directory.service-create', 'directory-service', serviceId);
        serviceIds.push(serviceId);
        services.set(`${entry.key}/${key}`, {
          id: serviceId,
          name: request.name,
          types: request.types,
          memberOrgId,
          country: request.locations[0]?.address.country ?? countryOf(entry.maintainedBy),
        });
      }
    });
  }

  // The pathways, defined by the network administrator of the first organisation (unless the network already has them).
  const first = DEMO_ORGANISATIONS[0]?.key ?? 'stegi';
  const pathwayIds = await db.tenant({ orgId: orgId(first), userId: account(first, 'admin').id, networkAdmin: true }, async (c) => {
    const out: { id: string; request: PathwayRequest }[] = [];
    for (const p of DEMO_PATHWAYS) {
      const request = pathwayRequest.parse(p);
      const taken = await c.query<{ id: string }>('SELECT id FROM referral_pathways WHERE lower(name) = lower($1) AND NOT archived', [request.name]);
      if (taken.rows[0]) continue;
      const id = randomUUID();
      await c.query(
        'INSERT INTO referral_pathways (id, org_id, name, description, age_group, exploitation_forms, steps) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
        [id, orgId(first), request.name, request.description, request.ageGroup, request.exploitationForms, JSON.stringify(request.steps)],
      );
      await audit(c, orgId(first), 'pathway.create', 'pathway', id);
      out.push({ id, request });
    }
    return out;
  });

  // The cases each organisation could refer: not restricted, the person not found to be no victim.
  const casesOf = new Map<string, CaseFacts[]>();
  for (const o of DEMO_ORGANISATIONS) {
    const rows = await db.tenant(
      { orgId: orgId(o.key), userId: account(o.key, 'admin').id },
      async (c) =>
        (
          await c.query<CaseFacts>(
            `SELECT c.id, c.number, c.status, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on, c.closed_at, c.exploitation_forms, c.trafficking_status,
                  c.caseworker_id, c.person_id, c.pathway_id, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.estimated_age,
                  to_char(p.estimated_on, 'YYYY-MM-DD') AS estimated_on, p.gender, p.citizenships
             FROM cases c JOIN persons p ON p.id = c.person_id
            WHERE c.org_id = $1 AND c.restricted_to IS NULL AND c.trafficking_status IS DISTINCT FROM 'not-a-victim'
            ORDER BY c.number`,
            [orgId(o.key)],
          )
        ).rows,
    );
    casesOf.set(o.key, rows);
  }

  const endOf = (r: DemoReferral, index: number) => {
    const t = timesOf(r, index, now);
    return (t.steps[t.steps.length - 1] ?? t.sent).getTime();
  };
  const ageAt = (k: CaseFacts, on: CalendarDate) =>
    ageOn(
      { birthDate: k.birth_date, estimatedAge: k.estimated_age !== null && k.estimated_on ? { years: k.estimated_age, estimatedOn: k.estimated_on } : null },
      on,
    );
  const used = new Set<string>();
  const chosen: (CaseFacts | undefined)[] = [];
  const receiverCaseOf: (string | undefined)[] = [];

  /** A case of the sender that was open when the referral was sent (and still is, while the referral goes on). */
  function pickCase(r: DemoReferral, index: number, sentAt: Date): CaseFacts | undefined {
    const sentOn = dateOf(sentAt);
    // The case must also suit the later referrals that refer it again.
    const family = DEMO_REFERRALS.map((d, n) => ({ d, n })).filter(({ d, n }) => n === index || d.sameCaseAs === index);
    const ongoing = family.some(({ d }) => !FINAL.has(finalStatus(d)));
    const lastAt = Math.max(...family.map(({ d, n }) => endOf(d, n)));
    const fits = (k: CaseFacts) =>
      compareDates(k.opened_on, addDays(sentOn, -3)) <= 0 && (k.closed_at === null ? true : !ongoing && k.closed_at.getTime() > lastAt);
    if (r.sameCaseAs !== undefined) {
      const earlier = chosen[r.sameCaseAs];
      if (earlier && fits(earlier)) return earlier;
    }
    const pool = (casesOf.get(r.from) ?? []).filter((k) => !used.has(k.id) && fits(k));
    const w = r.wish;
    const must = pool.filter(
      (k) =>
        (w.child === undefined || (ageAt(k, sentOn) ?? ADULT) < 18 === w.child) &&
        (w.female === undefined || FEMININE.has(k.gender ?? '') === w.female) &&
        (!w.citizenships || k.citizenships.some((x) => w.citizenships?.includes(x))),
    );
    const preferred = must.filter((k) => !w.forms || k.exploitation_forms.some((f) => w.forms?.includes(f)));
    const list = preferred.length > 0 ? preferred : must;
    return list.length > 0 ? list[new Rng(index * 7919 + 17).int(list.length)] : undefined;
  }

  const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, 0])) as Record<ReferralStatus, number>;
  let receiverCases = 0;
  let messages = 0;
  let written = 0;
  let onPathway = 0;
  // Oldest first, so that the receivers' case numbers follow the order their cases were opened.
  const order = DEMO_REFERRALS.map((r, i) => ({ r, i })).sort((a, b) => b.r.sentHoursAgo - a.r.sentHoursAgo);
  for (const { r, i } of order) {
    const service = services.get(`${r.to}/${r.service}`);
    if (!service?.memberOrgId) throw new Error(`demo referral to an unknown or off-Haven service ${r.to}/${r.service}`);
    const { sent: sentAt, steps: stepTimes } = timesOf(r, i, now);
    if (endOf(r, i) >= now.getTime()) throw new Error(`demo referral ${i} ends after now`);
    const kase = pickCase(r, i, sentAt);
    chosen[i] = kase;
    if (!kase) continue;
    used.add(kase.id);
    const fromOrg = orgId(r.from);
    const toOrg = service.memberOrgId;
    const toKey = orgKeyOf(toOrg);
    const sender = refs.accounts.find((a) => a.id === kase.caseworker_id && a.orgKey === r.from) ?? account(r.from, 'supervisor');
    const receiverKey = (['cw1', 'cw2', 'cw3'] as const)[i % 3] ?? 'cw1';
    const receiver = account(toKey, receiverKey);
    const sentOn = dateOf(sentAt);
    const id = randomUUID();
    const child = (ageAt(kase, sentOn) ?? ADULT) < 18;

    // Sent: the consent (or the override), the snapshot of only the chosen fields, the receiver's intake notified.
    await db.tenant({ orgId: fromOrg, userId: sender.id }, async (c) => {
      const key = await orgKeys.keyFor(c, fromOrg);
      let consentId: string | undefined;
      if (!r.override) {
        const k = entryKind('consent');
        if (!k) throw new Error('no consent entry kind');
        const givenOn = [addDays(sentOn, -rng.between(0, 2)), kase.opened_on].sort(compareDates)[1] as CalendarDate;
        const oral = rng.chance(0.2);
        const data = k.create.parse({
          purpose: 'sharing',
          organisationId: toOrg,
          givenBy: child ? 'guardian' : 'person',
          method: oral ? 'oral-with-witness' : 'written',
          ...(oral ? { witnessName: 'Interpreter on duty' } : {}),
          givenOn,
          note: `Agreed to share ${r.share.join(', ')} with ${service.name} for this referral.`,
        });
        consentId = randomUUID();
        await insertEntry(c, key, fromOrg, kase.id, sender.id, k, consentId, data);
        await addTimeline(c, fromOrg, kase.id, sender.id, 'entry.added', { kind: 'consent', id: consentId }, entryFacts(k, data));
        const at = new Date(Math.min(hoursAfter(new Date(`${givenOn}T09:00:00Z`), rng.between(0, 5)).getTime(), sentAt.getTime() - 60_000));
        back.entries.push([consentId, at]);
        back.timeline.push([await lastTimelineId(c, fromOrg, kase.id), at]);
      }
      const request = createReferralRequest.parse({
        caseId: kase.id,
        serviceId: service.id,
        share: r.share,
        note: r.note,
        phase: r.phase,
        ...(consentId ? { consentId } : { overrideReason: r.override }),
      });
      const row = await personRow(c, fromOrg, kase.person_id);
      if (!row) throw new Error('demo case without its person');
      const person = toPersonView(key, row, (await namesOf(c, fromOrg, [kase.person_id])).get(kase.person_id) ?? [], []);
      const snapshot = buildSnapshot(
        { ...person, age: ageAt(kase, sentOn) ?? null, exploitationForms: kase.exploitation_forms, traffickingStatus: kase.trafficking_status },
        request.share,
        request.note,
      );
      const { key: refKey, wrapped } = newReferralKey(masterKey, id);
      await insertReferral(c, {
        id,
        orgId: fromOrg,
        toOrgId: toOrg,
        caseId: kase.id,
        serviceId: service.id,
        serviceName: service.name,
        serviceTypes: service.types,
        phase: request.phase ?? null,
        fromCountry: countryOf(r.from),
        toCountry: service.country,
        fromLanguage: languageOf(sender),
        toLanguage: languageOfCountry(service.country),
        fromLiaison: { name: sender.name, email: sender.email },
        sharedFields: request.share,
        wrappedKey: wrapped,
        sealedShared: sealShared(refKey, id, snapshot),
        basis: consentId ? 'consent' : 'override',
        consentId: consentId ?? null,
        sealedOverride: consentId ? null : sealValue(key, request.overrideReason ?? '', overridePlace(id)),
        sentBy: sender.id,
      });
      const stored = await referralRow(c, fromOrg, sender.id, id);
      if (!stored) throw new Error('demo referral not written');
      await addEvent(c, stored, masterKey, { status: 'sent', side: 'sender', actorId: sender.id, actorName: sender.name });
      back.events.push([await lastEventId(c, id), sentAt]);
      await audit(c, fromOrg, 'referral.create', 'referral', id);
      if (!consentId) await audit(c, fromOrg, 'referral.override', 'referral', id);
      await notify(c, back, id, newsOf('sent'), null, sentAt);
      // The case follows the pathway that fits it, if it has none yet.
      const fitting = pathwayIds.find((p) => pathwayFits(p.request, (ageAt(kase, todayUtc(now)) ?? ADULT) < 18, kase.exploitation_forms));
      if (fitting && !kase.pathway_id) {
        await c.query('UPDATE cases SET pathway_id = $3 WHERE org_id = $1 AND id = $2', [fromOrg, kase.id, fitting.id]);
        await audit(c, fromOrg, 'case.pathway', 'case', kase.id);
        kase.pathway_id = fitting.id;
        onPathway++;
      }
    });
    const times = { sent: sentAt, accepted: null as Date | null, declined: null as Date | null, closed: null as Date | null, updated: sentAt };
    back.referrals.set(id, times);

    // What happened afterwards, each in the transaction of the side that did it.
    let status: ReferralStatus = 'sent';
    let acceptor: DemoAccount | null = null;
    for (const [n, step] of r.steps.entries()) {
      const at = stepTimes[n] ?? sentAt;
      const side: Side = step.action === 'message' ? step.side : step.action === 'withdraw' ? 'sender' : 'receiver';
      const actor = side === 'sender' ? sender : step.action === 'decline' ? account(toKey, 'supervisor') : (acceptor ?? receiver);
      const actorOrg = side === 'sender' ? fromOrg : toOrg;
      await db.tenant({ orgId: actorOrg, userId: actor.id }, async (c) => {
        const row = await referralRow(c, actorOrg, actor.id, id, true);
        if (!row) throw new Error('demo referral not visible to its side');
        if (step.action === 'message') {
          const body = messageRequest.parse({ body: step.body }).body;
          const messageId = randomUUID();
          await insertMessage(c, row, masterKey, { id: messageId, side, authorId: actor.id, authorName: actor.name, body });
          back.messages.push([messageId, at]);
          await audit(c, actorOrg, 'referral.message', 'referral', id);
          await notify(c, back, id, 'referral.message', side === 'receiver' ? row.sent_by : row.accepted_by, at);
          messages++;
          return;
        }
        const to = nextStatus(status, step.action as ReferralAction, side);
        if (!to) throw new Error(`demo referral ${i}: cannot ${step.action} a ${status} referral`);
        const note =
          step.action === 'decline'
            ? declineReferralRequest.parse({ version: row.version, reason: step.reason }).reason
            : changeReferralRequest.parse({ version: row.version, note: step.note }).note;
        const sets: Record<string, unknown> = { status: to };
        if (to === 'accepted') {
          Object.assign(sets, { accepted_by: actor.id, to_liaison: JSON.stringify({ name: actor.name, email: actor.email }), to_language: languageOf(actor) });
          times.accepted = at;
          acceptor = actor;
          if (step.action === 'accept' && step.openCase) {
            const same = r.sameCaseAs !== undefined && chosen[r.sameCaseAs]?.id === kase.id && DEMO_REFERRALS[r.sameCaseAs]?.to === r.to;
            const earlier = same && r.sameCaseAs !== undefined ? receiverCaseOf[r.sameCaseAs] : undefined;
            const receiverCase = earlier ?? (await openReceiverCase(c, orgKeys, masterKey, back, row, actor, at));
            if (!earlier) receiverCases++;
            sets.receiver_case_id = receiverCase;
            receiverCaseOf[i] = receiverCase;
          }
        }
        if (to === 'declined') times.declined = at;
        if (to === 'declined' || to === 'completed' || to === 'withdrawn') times.closed = at;
        // As the API does: declined, or withdrawn before an answer, the receiver keeps nothing of the person.
        if (to === 'declined' || (to === 'withdrawn' && row.status === 'sent')) sets.sealed_shared = null;
        const names = Object.keys(sets);
        await c.query(
          `UPDATE referrals SET ${names.map((n, j) => `${n} = $${j + 2}${n === 'to_liaison' ? '::jsonb' : ''}`).join(', ')}, version = version + 1 WHERE id = $1`,
          [id, ...names.map((n) => sets[n])],
        );
        await addEvent(c, row, masterKey, { status: to, side, actorId: actor.id, actorName: actor.name, note });
        back.events.push([await lastEventId(c, id), at]);
        await audit(c, actorOrg, `referral.${step.action}`, 'referral', id);
        await notify(c, back, id, newsOf(to), side === 'receiver' ? row.sent_by : row.accepted_by, at);
        status = to;
      });
      times.updated = at;
    }
    byStatus[status]++;
    written++;
  }

  // A few more open cases of each organisation follow the pathway that fits them, with steps still to do.
  for (const o of DEMO_ORGANISATIONS) {
    const admin = account(o.key, 'admin');
    await db.tenant({ orgId: orgId(o.key), userId: admin.id }, async (c) => {
      let n = 0;
      for (const k of casesOf.get(o.key) ?? []) {
        if (n >= 2 || k.pathway_id || k.closed_at !== null) continue;
        const fitting = pathwayIds.find((p) => pathwayFits(p.request, (ageAt(k, todayUtc(now)) ?? ADULT) < 18, k.exploitation_forms));
        if (!fitting) continue;
        await c.query('UPDATE cases SET pathway_id = $3 WHERE org_id = $1 AND id = $2', [orgId(o.key), k.id, fitting.id]);
        await audit(c, orgId(o.key), 'case.pathway', 'case', k.id);
        k.pathway_id = fitting.id;
        n++;
      }
      onPathway += n;
    });
  }

  // Back-dated as the owner: months of work, not one afternoon.
  await asOwner(db.owner, async (c) => {
    const directoryAt = new Date(now.getTime() - 300 * DAY * 3_600_000);
    await c.query('UPDATE directory_organizations SET created_at = $2::timestamptz, updated_at = $2::timestamptz WHERE id = ANY($1::uuid[])', [
      directoryIds,
      directoryAt,
    ]);
    await c.query(
      `UPDATE directory_services s SET created_at = $2::timestamptz, updated_at = $2::timestamptz + (b.n % 120) * interval '1 day' FROM unnest($1::uuid[]) WITH ORDINALITY AS b(id, n) WHERE s.id = b.id`,
      [serviceIds, directoryAt],
    );
    await c.query('UPDATE referral_pathways SET created_at = $2::timestamptz, updated_at = $2::timestamptz WHERE id = ANY($1::uuid[])', [
      pathwayIds.map((p) => p.id),
      directoryAt,
    ]);
    const rs = [...back.referrals];
    await c.query(
      `UPDATE referrals r SET sent_at = b.sent, accepted_at = b.accepted, declined_at = b.declined, closed_at = b.closed, updated_at = b.updated
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::timestamptz[], $6::timestamptz[]) AS b(id, sent, accepted, declined, closed, updated)
        WHERE r.id = b.id`,
      [
        rs.map((x) => x[0]),
        rs.map((x) => x[1].sent),
        rs.map((x) => x[1].accepted),
        rs.map((x) => x[1].declined),
        rs.map((x) => x[1].closed),
        rs.map((x) => x[1].updated),
      ],
    );
    await c.query('UPDATE referral_events e SET at = b.at FROM unnest($1::bigint[], $2::timestamptz[]) AS b(id, at) WHERE e.id = b.id', [
      back.events.map((x) => x[0]),
      back.events.map((x) => x[1]),
    ]);
    await c.query('UPDATE referral_messages m SET created_at = b.at FROM unnest($1::uuid[], $2::timestamptz[]) AS b(id, at) WHERE m.id = b.id', [
      back.messages.map((x) => x[0]),
      back.messages.map((x) => x[1]),
    ]);
    // Notifications of one referral, kind and user are alike: the n-th gets the n-th moment. Those older than ten days were read.
    const groups = new Map<string, Date[]>();
    for (const [ref, kind, user, at] of back.notifications) groups.set(`${ref} ${kind} ${user}`, [...(groups.get(`${ref} ${kind} ${user}`) ?? []), at]);
    const rows = [...groups].flatMap(([k, ats]) => ats.sort((a, b) => a.getTime() - b.getTime()).map((at, n) => [...k.split(' '), n + 1, at] as const));
    await c.query(
      `WITH x AS (SELECT id, referral_id, kind, user_id, row_number() OVER (PARTITION BY referral_id, kind, user_id ORDER BY id) AS rn
                    FROM notifications WHERE referral_id = ANY($1::uuid[]))
       UPDATE notifications n SET created_at = b.at, read_at = CASE WHEN b.at < $6::timestamptz - interval '10 days' THEN b.at + interval '2 hours' END
         FROM x JOIN unnest($1::uuid[], $2::text[], $3::uuid[], $4::int[], $5::timestamptz[]) AS b(referral, kind, usr, rn, at)
              ON b.referral = x.referral_id AND b.kind = x.kind AND b.usr = x.user_id AND b.rn = x.rn
        WHERE n.id = x.id`,
      [rows.map((x) => x[0]), rows.map((x) => x[1]), rows.map((x) => x[2]), rows.map((x) => x[3]), rows.map((x) => x[4]), now],
    );
    await c.query('UPDATE case_entries e SET created_at = b.at, updated_at = b.at FROM unnest($1::uuid[], $2::timestamptz[]) AS b(id, at) WHERE e.id = b.id', [
      back.entries.map((x) => x[0]),
      back.entries.map((x) => x[1]),
    ]);
    await c.query('UPDATE case_timeline t SET at = b.at FROM unnest($1::bigint[], $2::timestamptz[]) AS b(id, at) WHERE t.id = b.id', [
      back.timeline.map((x) => x[0]),
      back.timeline.map((x) => x[1]),
    ]);
    await c.query('UPDATE persons p SET created_at = b.at, updated_at = b.at FROM unnest($1::uuid[], $2::timestamptz[]) AS b(id, at) WHERE p.id = b.id', [
      back.persons.map((x) => x[0]),
      back.persons.map((x) => x[1]),
    ]);
    await c.query('UPDATE cases k SET created_at = b.at, updated_at = b.at FROM unnest($1::uuid[], $2::timestamptz[]) AS b(id, at) WHERE k.id = b.id', [
      back.cases.map((x) => x[0]),
      back.cases.map((x) => x[1]),
    ]);
  });

  return {
    organizations: directoryIds.length,
    services: serviceIds.length,
    pathways: pathwayIds.length,
    referrals: written,
    byStatus,
    receiverCases,
    messages,
    casesOnPathway: onPathway,
  };
}

async function lastEventId(c: pg.PoolClient, referralId: string): Promise<number> {
  const { rows } = await c.query<{ id: number }>('SELECT max(id)::bigint AS id FROM referral_events WHERE referral_id = $1', [referralId]);
  return Number(rows[0]?.id);
}

async function lastTimelineId(c: pg.PoolClient, orgId: string, caseId: string): Promise<number> {
  const { rows } = await c.query<{ id: number }>('SELECT max(id)::bigint AS id FROM case_timeline WHERE org_id = $1 AND case_id = $2', [orgId, caseId]);
  return Number(rows[0]?.id);
}

/** Notifies the other side as the API does (the database function), remembering whom and for which moment. */
async function notify(c: pg.PoolClient, back: Back, referralId: string, kind: string, userId: string | null, at: Date): Promise<void> {
  const { rows } = await c.query<{ user_id: string }>('SELECT user_id FROM notify_referral_side($1, $2, $3)', [referralId, kind, userId]);
  for (const r of rows) back.notifications.push([referralId, kind, r.user_id, at]);
}

/** The receiver records the person from the shared fields and opens a case linked to the referral, as accepting with `openCase` does. */
async function openReceiverCase(
  c: pg.PoolClient,
  orgKeys: OrgKeys,
  masterKey: Buffer,
  back: Back,
  row: ReferralRow,
  actor: DemoAccount,
  at: Date,
): Promise<string> {
  const orgId = row.to_org_id;
  const shared = openShared(row, masterKey);
  if (!shared) throw new Error('demo referral without its snapshot');
  const on = dateOf(at);
  const request = createPersonRequest.parse(personFromSnapshot(shared, referralReference(row.id), on));
  const key = await orgKeys.keyFor(c, orgId);
  const personId = randomUUID();
  await insertPerson(c, key, orgId, actor.id, personId, request.names, fieldsOfRequest(request));
  await appendAudit(c, { ...cli, orgId, action: 'person.create', recordType: 'person', recordId: personId });
  const caseId = randomUUID();
  const forms = (shared.exploitationForms ?? []) as never[];
  const number = await insertCase(c, key, orgId, actor.id, caseId, personId, on, fieldsOfCreate({ exploitationForms: forms }, actor.id));
  await addTimeline(c, orgId, caseId, actor.id, 'opened', null, { number });
  await appendAudit(c, { ...cli, orgId, action: 'case.create', recordType: 'case', recordId: caseId });
  back.persons.push([personId, at]);
  back.cases.push([caseId, at]);
  back.timeline.push([await lastTimelineId(c, orgId, caseId), at]);
  return caseId;
}
