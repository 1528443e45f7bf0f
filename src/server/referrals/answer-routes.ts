import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { todayUtc } from '../../core/cases/dates.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import {
  acceptReferralRequest,
  changeReferralRequest,
  declineReferralRequest,
  nextStatus,
  type ReferralAction,
  referralReference,
  referralView,
} from '../../core/referrals/referral.js';
import { personFromSnapshot } from '../../core/referrals/snapshot.js';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { addTimeline, fieldsOfCreate, insertCase } from '../cases/store.js';
import { HttpError, StaleVersionError } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import { fieldsOfRequest, insertPerson } from '../persons/store.js';
import type { Services } from '../services.js';
import { loadReferral, viewingFor } from './access.js';
import { emailRecipients, newsOf, notifyOtherSide } from './notify.js';
import { addEvent, openShared, type ReferralRow, referralRow, toReferralView } from './store.js';

/** The answers to a referral (accept, decline, in progress, complete) and its withdrawal: each checked against the side and the state. */
export function answerRoutes(s: Services) {
  const changeRoute = (action: Exclude<ReferralAction, 'accept' | 'decline'>) =>
    route({
      method: 'POST',
      url: `/api/referrals/:id/${action}`,
      access: action === 'withdraw' ? 'referrals:send' : 'referrals:receive',
      tag: 'referrals',
      summary:
        action === 'withdraw'
          ? 'Withdraw a referral (the sender): the receiver is told'
          : action === 'start'
            ? 'Mark an accepted referral in progress (the receiver)'
            : 'Complete a referral (the receiver)',
      params: idParams,
      body: changeReferralRequest,
      response: referralView,
      recordParam: action === 'withdraw' ? 'referral' : 'accepted-referral',
      handler: async ({ params, body, principal, tx, ip }) => {
        const { view, recipients } = await tx((c) => change(c, principal!, ip, params.id, action, body.version, body.note));
        await emailRecipients(s, recipients, newsOf(view.status), view.reference);
        return { body: view };
      },
    });

  /** One change of state, checked against the side and the stored state; the other side is notified. */
  async function change(
    c: pg.PoolClient,
    p: Principal,
    ip: string,
    id: string,
    action: ReferralAction,
    version: number,
    note: string | undefined,
    extra?: (row: ReferralRow) => Promise<Record<string, unknown>>,
  ) {
    const { row, side } = await loadReferral(s, c, p, id, true);
    const v = await viewingFor(s, c, p, row);
    if (row.version !== version)
      throw new StaleVersionError(await toReferralView(c, row, v), { action: 'referral.read', recordType: 'referral', recordId: id });
    const to = nextStatus(row.status, action, side);
    if (!to)
      throw new HttpError(
        409,
        'conflict',
        side !== (action === 'withdraw' ? 'sender' : 'receiver')
          ? `Only the ${action === 'withdraw' ? 'sending' : 'receiving'} organisation can do this.`
          : `The referral is ${row.status}: it cannot be changed this way.`,
        'status',
      );
    const sets: Record<string, unknown> = { status: to, ...(extra ? await extra(row) : {}) };
    if (to === 'accepted') Object.assign(sets, { accepted_at: new Date(), accepted_by: p.id });
    if (to === 'declined') sets.declined_at = new Date();
    if (to === 'declined' || to === 'completed' || to === 'withdrawn') sets.closed_at = new Date();
    // Declined, or withdrawn before an answer: the receiver never took the person on, so it keeps nothing of them.
    if (to === 'declined' || (to === 'withdrawn' && row.status === 'sent')) sets.sealed_shared = null;
    const names = Object.keys(sets);
    await c.query(`UPDATE referrals SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [
      id,
      ...names.map((n) => (n.endsWith('_liaison') ? JSON.stringify(sets[n]) : sets[n])),
    ]);
    await addEvent(c, row, s.masterKey, { status: to, side, actorId: p.id, actorName: p.name, note });
    await auditRecord(c, p, ip, `referral.${action}`, 'referral', id);
    // The receiver's answer goes to whoever sent it; the sender's change to whoever accepted it (else the receiver's intake).
    const recipients = await notifyOtherSide(c, id, newsOf(to), side === 'receiver' ? row.sent_by : row.accepted_by);
    const fresh = (await referralRow(c, p.orgId, p.id, id))!;
    return { view: await toReferralView(c, fresh, v), recipients };
  }

  return [
    route({
      method: 'POST',
      url: '/api/referrals/:id/accept',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'Accept a referral (the receiver); with `openCase`, record the person from the shared fields and open a case linked to the referral',
      params: idParams,
      body: acceptReferralRequest,
      response: referralView,
      recordParam: 'incoming-referral',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        if (body.openCase && (!can(p, 'persons:write') || !can(p, 'cases:write')))
          throw new HttpError(403, 'forbidden', 'Opening a case needs the permissions to record persons and open cases.', 'openCase');
        const { view, recipients } = await tx((c) =>
          change(c, p, ip, params.id, 'accept', body.version, body.note, async (row) => {
            const sets: Record<string, unknown> = { to_liaison: body.liaison ?? { name: p.name, email: p.email }, to_language: p.language };
            if (!body.openCase) return sets;
            const shared = openShared(row, s.masterKey);
            if (!shared) throw new HttpError(409, 'conflict', 'Consent was withdrawn: nothing was shared to open a case from.', 'openCase');
            const request = personFromSnapshot(shared, referralReference(row.id), todayUtc());
            const dataKey = await s.orgKeys.keyFor(c, p.orgId);
            const personId = randomUUID();
            await insertPerson(c, dataKey, p.orgId, p.id, personId, request.names, fieldsOfRequest(request));
            await auditRecord(c, p, ip, 'person.create', 'person', personId);
            const viewer = await viewerOf(c, p);
            const caseId = randomUUID();
            const forms = (shared.exploitationForms ?? []) as never[];
            const fields = { ...fieldsOfCreate({ exploitationForms: forms }, p.id), ...(viewer.caseRole ? {} : { caseworkerId: null }) };
            const number = await insertCase(c, dataKey, p.orgId, p.id, caseId, personId, todayUtc(), fields);
            await addTimeline(c, p.orgId, caseId, p.id, 'opened', null, { number });
            await auditRecord(c, p, ip, 'case.create', 'case', caseId);
            return { ...sets, receiver_case_id: caseId };
          }),
        );
        await emailRecipients(s, recipients, newsOf(view.status), view.reference);
        return { body: view };
      },
    }),
    route({
      method: 'POST',
      url: '/api/referrals/:id/decline',
      access: 'referrals:receive',
      tag: 'referrals',
      summary: 'Decline a referral with a reason (the receiver)',
      params: idParams,
      body: declineReferralRequest,
      response: referralView,
      recordParam: 'incoming-referral',
      handler: async ({ params, body, principal, tx, ip }) => {
        const { view, recipients } = await tx((c) => change(c, principal!, ip, params.id, 'decline', body.version, body.reason));
        await emailRecipients(s, recipients, newsOf(view.status), view.reference);
        return { body: view };
      },
    }),
    changeRoute('start'),
    changeRoute('complete'),
    changeRoute('withdraw'),
  ];
}
