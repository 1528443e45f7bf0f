import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { type Consent, consentCovers } from '../../core/cases/consent.js';
import { calendarDate, todayUtc } from '../../core/cases/dates.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import { measureReferrals, type ReferralFact, referralMeasures } from '../../core/referrals/measures.js';
import {
  createReferralRequest,
  messageRequest,
  type ReferralStatus,
  referralMessage,
  referralPage,
  referralQuery,
  referralReference,
  referralView,
} from '../../core/referrals/referral.js';
import { buildSnapshot, languageOfCountry } from '../../core/referrals/snapshot.js';
import { caseReadableSql, viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { listEntries } from '../cases/entries-store.js';
import { requireCase } from '../cases/routes.js';
import { sealValue } from '../crypto/org-keys.js';
import { newReferralKey } from '../crypto/referral-keys.js';
import { HttpError } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { loadReferral, viewingFor } from './access.js';
import { answerRoutes } from './answer-routes.js';
import { emailRecipients, newsOf, notifyOtherSide } from './notify.js';
import {
  addEvent,
  insertMessage,
  insertReferral,
  listMessages,
  listReferrals,
  overridePlace,
  type ReferralRow,
  referralRow,
  sealShared,
  toListItem,
  toReferralView,
} from './store.js';

const statsQuery = z.strictObject({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});

interface TargetService {
  id: string;
  name: string;
  types: string[];
  status: string;
  member_org_id: string | null;
  org_name: string | null;
  org_country: string | null;
}

/** Referrals (issue 6): sent from a case to a service of another organisation, answered there, with a thread. */
export function referralsRoutes(s: Services) {
  const viewing = (c: pg.PoolClient, p: Principal, r: Pick<ReferralRow, 'org_id'>) => viewingFor(s, c, p, r);
  const load = (c: pg.PoolClient, p: Principal, id: string, lock = false) => loadReferral(s, c, p, id, lock);

  return [
    route({
      method: 'POST',
      url: '/api/referrals',
      access: 'referrals:send',
      tag: 'referrals',
      summary:
        'Refer a case to a service of another organisation. A consent of the case must cover sharing with that organisation today, ' +
        'or an emergency override gives the written reason (audited; the supervisors see it). Without either: 403 consent_required, nothing shared. ' +
        'The receiver sees only the fields in `share` (default: given name, age, gender, languages) and the note.',
      body: createReferralRequest,
      response: referralView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const { view, recipients } = await tx(async (c) => {
          const { v: viewer, kase } = await requireCase(s, c, p, body.caseId).catch((error: unknown) => {
            if (error instanceof HttpError && error.status === 404)
              throw new HttpError(400, 'validation_failed', 'caseId: no such case, or not one you may read.', 'caseId');
            throw error;
          });
          const service = (
            await c.query<TargetService>(
              `SELECT s.id, s.name, s.types, s.status, o.member_org_id, m.name AS org_name, m.country AS org_country
               FROM directory_services s JOIN directory_organizations o ON o.id = s.organization_id LEFT JOIN organisations m ON m.id = o.member_org_id
               WHERE s.id = $1`,
              [body.serviceId],
            )
          ).rows[0];
          if (!service) throw new HttpError(400, 'validation_failed', 'serviceId: no such service in the directory.', 'serviceId');
          if (!service.member_org_id || !service.org_country)
            throw new HttpError(400, 'not_on_haven', 'This service’s organisation is not on Haven: contact it directly.', 'serviceId');
          if (service.member_org_id === p.orgId) throw new HttpError(400, 'validation_failed', 'serviceId: a service of your own organisation.', 'serviceId');
          if (service.status === 'inactive' || service.status === 'defunct')
            throw new HttpError(400, 'validation_failed', `serviceId: the service is ${service.status}.`, 'serviceId');
          const transnational = service.org_country !== p.orgCountry;
          if (transnational && !body.phase)
            throw new HttpError(400, 'validation_failed', 'phase: a referral to another country names its phase of the transnational referral model.', 'phase');

          // Consent is data: the case's consents decide, today. They are locked first, so that a
          // withdrawal running now either comes before (and is seen here) or waits for this referral.
          await c.query("SELECT id FROM case_entries WHERE org_id = $1 AND case_id = $2 AND kind = 'consent' FOR SHARE", [p.orgId, kase.id]);
          const key = await s.orgKeys.keyFor(c, p.orgId);
          const consents: Consent[] = (await listEntries(c, key, p.orgId, kase.id, 'consent')).map((e) => ({ ...(e.data as unknown as Consent), id: e.id }));
          const query = { purpose: 'sharing' as const, organisationId: service.member_org_id, at: todayUtc() };
          let consent: Consent | undefined;
          if (body.consentId) {
            consent = consents.find((x) => x.id === body.consentId);
            if (!consent || !consentCovers([consent], query))
              throw new HttpError(403, 'consent_required', `consentId: this consent does not cover sharing with ${service.org_name} today.`, 'consentId');
          } else consent = consentCovers(consents, query);
          if (!consent && !body.overrideReason)
            throw new HttpError(
              403,
              'consent_required',
              `No consent of this case covers sharing with ${service.org_name} today. Record the person's consent, or give the emergency that justifies an override.`,
              'consentId',
            );
          // An override is for a person who cannot be asked, never against what they said: a withdrawn consent to share with this organisation stops it.
          if (!consent && consents.some((x) => x.purpose === 'sharing' && x.organisationId === service.member_org_id && x.withdrawnOn))
            throw new HttpError(403, 'consent_required', `The person withdrew their consent to share with ${service.org_name}: no override can share with it.`, 'overrideReason');

          const person = await readablePerson(s, c, viewer, kase.personId);
          if (!person) throw new HttpError(400, 'validation_failed', 'caseId: the case’s person is not one you may read.', 'caseId');
          const snapshot = buildSnapshot(
            { ...person, exploitationForms: kase.exploitationForms, traffickingStatus: kase.traffickingStatus },
            body.share,
            body.note,
          );
          const id = randomUUID();
          const { key: refKey, wrapped } = newReferralKey(s.masterKey, id);
          const basis = consent ? 'consent' : 'override';
          await insertReferral(c, {
            id,
            orgId: p.orgId,
            toOrgId: service.member_org_id,
            caseId: kase.id,
            serviceId: service.id,
            serviceName: service.name,
            serviceTypes: service.types,
            phase: body.phase ?? null,
            fromCountry: p.orgCountry,
            toCountry: service.org_country,
            fromLanguage: p.language,
            toLanguage: languageOfCountry(service.org_country),
            fromLiaison: body.liaison ?? { name: p.name, email: p.email },
            sharedFields: body.share,
            wrappedKey: wrapped,
            sealedShared: sealShared(refKey, id, snapshot),
            basis,
            consentId: consent?.id ?? null,
            sealedOverride: consent ? null : sealValue(key, body.overrideReason!, overridePlace(id)),
            sentBy: p.id,
          });
          const row = (await referralRow(c, p.orgId, p.id, id))!;
          await addEvent(c, row, s.masterKey, { status: 'sent', side: 'sender', actorId: p.id, actorName: p.name });
          await auditRecord(c, p, ip, 'referral.create', 'referral', id);
          if (basis === 'override') await auditRecord(c, p, ip, 'referral.override', 'referral', id);
          const recipients = await notifyOtherSide(c, id, newsOf('sent'), null);
          return { view: await toReferralView(c, row, await viewing(c, p, row)), recipients };
        });
        await emailRecipients(s, recipients, newsOf('sent'), view.reference);
        return { status: 201, body: view };
      },
    }),
    route({
      method: 'GET',
      url: '/api/referrals',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'Referrals of the organisation: incoming (sent to it) and outgoing (of cases the caller may read); `override=true` lists emergency overrides',
      query: referralQuery,
      response: referralPage,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        if (query.override !== undefined && !can(p, 'referrals:oversee'))
          throw new HttpError(403, 'forbidden', 'Only supervisors list the emergency overrides.', 'override');
        const page = await tx(async (c) => {
          const viewer = await viewerOf(c, p);
          const { rows, total } = await listReferrals(c, p.orgId, p.id, query, (params) => caseReadableSql('c', viewer, params), can(p, 'referrals:oversee'));
          const items = [];
          for (const r of rows) items.push(toListItem(r, await viewing(c, p, r)));
          await auditRecord(c, p, ip, 'referral.list', 'referral', null);
          return { items, total, page: query.page, perPage: query.perPage };
        });
        return { body: page };
      },
    }),
    route({
      method: 'GET',
      url: '/api/referrals/stats',
      access: 'referrals:stats',
      tag: 'referrals',
      summary:
        'Referral measures of the organisation (sent and received): time from sent to accepted, acceptance rate, flows between organisations and countries',
      query: statsQuery,
      response: referralMeasures,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const facts = await tx(async (c) => {
          const { rows } = await c.query<{
            from_org: string;
            to_org: string;
            from_country: string;
            to_country: string;
            status: ReferralStatus;
            sent_at: Date;
            accepted_at: Date | null;
            declined_at: Date | null;
          }>(
            `SELECT fo.name AS from_org, tor.name AS to_org, r.from_country, r.to_country, r.status, r.sent_at, r.accepted_at, r.declined_at
             FROM referrals r JOIN organisations fo ON fo.id = r.org_id JOIN organisations tor ON tor.id = r.to_org_id
             WHERE (r.org_id = $1 OR r.to_org_id = $1) AND ($2::date IS NULL OR r.sent_at >= $2::date) AND ($3::date IS NULL OR r.sent_at < $3::date + 1)`,
            [p.orgId, query.from ?? null, query.to ?? null],
          );
          return rows.map(
            (r): ReferralFact => ({
              fromOrg: r.from_org,
              toOrg: r.to_org,
              fromCountry: r.from_country,
              toCountry: r.to_country,
              status: r.status,
              sentAt: r.sent_at,
              acceptedAt: r.accepted_at,
              declinedAt: r.declined_at,
            }),
          );
        });
        return { body: measureReferrals(facts) };
      },
    }),
    route({
      method: 'GET',
      url: '/api/referrals/:id',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'One referral as the caller’s side sees it: the receiver sees the shared snapshot, never the sender’s case',
      params: idParams,
      response: referralView,
      recordParam: 'referral',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const view = await tx(async (c) => {
          const { row } = await load(c, p, params.id);
          await auditRecord(c, p, ip, 'referral.read', 'referral', row.id);
          return toReferralView(c, row, await viewing(c, p, row));
        });
        return { body: view };
      },
    }),
    ...answerRoutes(s),
    route({
      method: 'GET',
      url: '/api/referrals/:id/messages',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'The message thread between the two sides (reading it marks the referral’s notifications read)',
      params: idParams,
      response: z.object({ items: z.array(referralMessage) }),
      recordParam: 'referral',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const { row } = await load(c, p, params.id);
          await c.query('UPDATE notifications SET read_at = now() WHERE org_id = $1 AND user_id = $2 AND referral_id = $3 AND read_at IS NULL', [
            p.orgId,
            p.id,
            row.id,
          ]);
          await auditRecord(c, p, ip, 'referral.read-messages', 'referral', row.id);
          return listMessages(c, row, s.masterKey);
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/referrals/:id/messages',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'Write to the other side of a referral (they are notified)',
      params: idParams,
      body: messageRequest,
      response: referralMessage,
      recordParam: 'referral',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const { message, recipients, reference } = await tx(async (c) => {
          const { row, side } = await load(c, p, params.id);
          if (side === 'sender' && !can(p, 'referrals:send')) throw new HttpError(403, 'forbidden', 'You do not have permission to do this.');
          if (row.erased_at || row.consent_withdrawn_at || row.status === 'declined' || row.status === 'withdrawn')
            throw new HttpError(409, 'conflict', 'Sharing on this referral has stopped (declined, withdrawn, consent withdrawn or the person erased): no more messages.', 'body');
          const message = await insertMessage(c, row, s.masterKey, { id: randomUUID(), side, authorId: p.id, authorName: p.name, body: body.body });
          await auditRecord(c, p, ip, 'referral.message', 'referral', row.id);
          const recipients = await notifyOtherSide(c, row.id, 'referral.message', side === 'receiver' ? row.sent_by : row.accepted_by);
          return { message, recipients, reference: referralReference(row.id) };
        });
        await emailRecipients(s, recipients, 'referral.message', reference);
        return { status: 201, body: message };
      },
    }),
  ];
}
