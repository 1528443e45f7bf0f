import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { monthsBack, monthsBetween, progressBreakdown } from '../../core/advocacy/progress.js';
import {
  MAX_PROGRESS_MONTHS,
  MAX_REPORT_ROWS,
  progressQuery,
  progressResponse,
  recommendationPage,
  recommendationQuery,
  recommendationRequest,
  recommendationView,
  reportQuery,
  type SourceKind,
  sourceList,
  sourceQuery,
  sourceRequest,
  sourceView,
  statusChangeRequest,
  updateRecommendationRequest,
  updateSourceRequest,
} from '../../core/advocacy/recommendation.js';
import { addDays, compareDates, todayUtc } from '../../core/cases/dates.js';
import { idParams } from '../../core/platform/schemas.js';
import { contentDisposition } from '../files/sealed-files.js';
import { HttpError, notFound } from '../http/errors.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditAdvocacy, changeableRecommendation, changeableSource, editableBy, NO_SUCH_SOURCE, readableRecommendation } from './access.js';
import { advocacyDocumentsRoutes } from './documents-routes.js';
import { renderReportPdf, renderReportXlsx } from './report.js';
import {
  appendChange,
  countRecommendations,
  deleteSource,
  insertRecommendation,
  insertSource,
  listRecommendations,
  listSources,
  recommendationsWithHistory,
  sourceById,
  updateRecommendation,
  updateSource,
} from './store.js';

/**
 * Action plans and recommendations (issue 9), tracked to implementation. Every member reads every
 * member's sources and recommendations (`recommendations:read`, network-wide; they hold no personal
 * data, so reads are not audited); the owning organisation's writers change them, and network
 * administrators change any organisation's (`recommendations:write`). Every change, and every
 * report, is audited in its own transaction.
 */

/** The most recommendations the progress is computed over. */
const MAX_PROGRESS_ROWS = 20_000;

const ok = z.strictObject({ ok: z.literal(true) });

/** A national action plan's audit actions are its own (`action-plan.*`), every other kind's are the source's. */
const SOURCE_ACTIONS = {
  create: { plan: 'action-plan.create', other: 'recommendation.source-create' },
  update: { plan: 'action-plan.update', other: 'recommendation.source-update' },
  delete: { plan: 'action-plan.delete', other: 'recommendation.source-delete' },
} as const;
const sourceAction = (kind: SourceKind, verb: keyof typeof SOURCE_ACTIONS): string => SOURCE_ACTIONS[verb][kind === 'national-action-plan' ? 'plan' : 'other'];

/** A source removed between its read and the write (a concurrent DELETE): the same 400 as one that never was, not a 500. */
async function sourceStillThere<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if ((err as { code?: string }).code === '23503') throw new HttpError(400, 'validation_failed', 'sourceId: no such source.', 'sourceId');
    throw err;
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The last day a change may be dated: today in UTC, and one day of slack for time zones ahead of
 * it (as `pastDate`: in Kyiv or Almaty just after midnight, the local date is already tomorrow's UTC date).
 */
const latestChangeDate = () => addDays(todayUtc(), 1);

/** A deadline before the recommendation was made is a typing mistake (it would be overdue from its first day). */
function checkDeadline(deadline: string | undefined, issuedOn: string): void {
  if (deadline !== undefined && compareDates(deadline, issuedOn) < 0)
    throw new HttpError(400, 'validation_failed', `deadline: must not be before the recommendation was issued (${issuedOn}).`, 'deadline');
}

export function advocacyRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/recommendations',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary:
        'Recommendations and plan actions of every member, by country then newest first, with counts by status of all that match; ' +
        'filters: country, theme, status, source, deadline before a date, q (text, reference, responsible authority)',
      query: recommendationQuery,
      response: recommendationPage,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => listRecommendations(c, query, editableBy(p))) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/recommendations',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary:
        'Record a recommendation (or a plan action) of a source for your organisation: text, reference, country, themes, responsible authority, deadline; ' +
        'it starts not started, on its issue date (by default the source’s date)',
      body: recommendationRequest,
      response: recommendationView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const source = await sourceById(c, body.sourceId, editableBy(p));
          if (!source) throw new HttpError(400, 'validation_failed', 'sourceId: no such source.', 'sourceId');
          // By default the source's date; today when the source is dated later (a recommendation is not made in the future).
          const today = todayUtc();
          const issuedOn = body.issuedOn ?? (source.date && compareDates(source.date, today) < 0 ? source.date : today);
          checkDeadline(body.deadline, issuedOn);
          const id = randomUUID();
          await sourceStillThere(insertRecommendation(c, id, p.orgId, p.id, { ...body, issuedOn }));
          await auditAdvocacy(c, p, ip, 'recommendation.create', 'recommendation', id);
          return readableRecommendation(c, p, id);
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/recommendations/sources',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary: 'The sources of recommendations of every member (monitoring bodies’ evaluations, national action plans, the coalition strategy), newest first',
      query: sourceQuery,
      response: sourceList,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const items = await tx((c) => listSources(c, query, editableBy(p)));
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/recommendations/sources',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary: 'Record a source of recommendations: kind, name, country, date, link; a national action plan with its period and adopting authority',
      body: sourceRequest,
      response: sourceView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          await insertSource(c, id, p.orgId, p.id, body);
          await auditAdvocacy(c, p, ip, sourceAction(body.kind, 'create'), 'advocacy-source', id);
          return (await sourceById(c, id, editableBy(p)))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/recommendations/sources/:id',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary:
        'Correct a source of your organisation (network administrators: of any organisation): its fields replaced as when it was recorded; ' +
        'send the version you read: a newer one is refused with 409',
      params: idParams,
      body: updateSourceRequest,
      response: sourceView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableSource(c, p, params.id);
          const { version, ...change } = body;
          if (current.version !== version)
            throw new HttpError(409, 'stale_version', 'Someone else changed this source since you opened it. Nothing was saved.', 'version');
          if (!(await updateSource(c, params.id, version, change))) throw new HttpError(409, 'stale_version', 'The source changed meanwhile.', 'version');
          // Audited as what it is now (a source made a national action plan is audited as a plan).
          await auditAdvocacy(c, p, ip, sourceAction(change.kind, 'update'), 'advocacy-source', params.id, current.orgId);
          return (await sourceById(c, params.id, editableBy(p)))!;
        });
        return { body: changed };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/recommendations/sources/:id',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary:
        'Remove a source of your organisation (network administrators: of any organisation) recorded by mistake; ' +
        'one that recommendations use is kept (409): move them to another source first',
      params: idParams,
      response: ok,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          const current = await changeableSource(c, p, params.id);
          const used = current.recommendations;
          if (used > 0)
            throw new HttpError(
              409,
              'conflict',
              `This source is used by ${used} ${used === 1 ? 'recommendation' : 'recommendations'}: move ${used === 1 ? 'it' : 'them'} to another source first, or keep the source.`,
            );
          if (!(await deleteSource(c, params.id))) throw notFound(NO_SUCH_SOURCE);
          await auditAdvocacy(c, p, ip, sourceAction(current.kind, 'delete'), 'advocacy-source', params.id, current.orgId);
        });
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/recommendations/progress',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary:
        'Progress over time: for each month of a period (by default the 12 months up to this one), how many of the matching recommendations were in each status ' +
        'at the end of the month, computed from the status histories; in all, by country and by theme',
      query: progressQuery,
      response: progressResponse,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const thisMonth = todayUtc().slice(0, 7);
        const to = query.to ?? (query.from && query.from > thisMonth ? query.from : thisMonth);
        const back = monthsBack(to, 12);
        const from = query.from ?? (back < '0001-01' ? '0001-01' : back);
        if (to < from) throw new HttpError(400, 'validation_failed', 'to: must not be before from', 'to');
        const months = monthsBetween(from, to);
        if (months.length > MAX_PROGRESS_MONTHS)
          throw new HttpError(400, 'validation_failed', `from: a period of at most ${MAX_PROGRESS_MONTHS} months`, 'from');
        const items = await tx((c) => recommendationsWithHistory(c, query, editableBy(p), MAX_PROGRESS_ROWS));
        return { body: { from, to, ...progressBreakdown(items, months) } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/recommendations/report',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary: `The advocacy report of the recommendations the filters match (at most ${MAX_REPORT_ROWS}), with their histories: PDF (summary by status, then each recommendation) or XLSX (a sheet of recommendations, one of status changes)`,
      query: reportQuery,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const { format, ...filters } = query;
        const input = await tx(async (c) => {
          const items = await recommendationsWithHistory(c, filters, editableBy(p), MAX_REPORT_ROWS);
          const matched = items.length < MAX_REPORT_ROWS ? items.length : await countRecommendations(c, filters);
          const sourceName = filters.sourceId ? (await sourceById(c, filters.sourceId, editableBy(p)))?.name : undefined;
          await auditAdvocacy(c, p, ip, 'recommendation.report', 'recommendation-report', format);
          return { items, matched, filters, sourceName, organisation: p.orgName, generatedAt: new Date().toISOString() };
        });
        const name = `recommendations-${todayUtc()}.${format}`;
        const bytes = format === 'pdf' ? await renderReportPdf(input, p.language) : await renderReportXlsx(input, p.language);
        return {
          body: bytes,
          headers: {
            'content-type': format === 'pdf' ? 'application/pdf' : XLSX,
            'content-disposition': contentDisposition(name),
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
          },
        };
      },
    }),
    route({
      method: 'GET',
      url: '/api/recommendations/:id',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary: 'A recommendation (any member’s) with its status history, evidence and documents (without content)',
      params: idParams,
      response: recommendationView,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => readableRecommendation(c, p, params.id)) };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/recommendations/:id',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary:
        'Change a recommendation of your organisation (network administrators: of any organisation); send the version you read: a newer one is refused with 409. ' +
        'The status changes only through its history',
      params: idParams,
      body: updateRecommendationRequest,
      response: recommendationView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableRecommendation(c, p, params.id);
          const { version, ...change } = body;
          if (current.version !== version)
            throw new HttpError(409, 'stale_version', 'Someone else changed this recommendation since you opened it. Nothing was saved.', 'version');
          const source = await sourceById(c, change.sourceId, editableBy(p));
          if (!source) throw new HttpError(400, 'validation_failed', 'sourceId: no such source.', 'sourceId');
          const issuedOn = change.issuedOn ?? current.issuedOn;
          const first = current.history[0];
          if (first && compareDates(issuedOn, first.date) > 0)
            throw new HttpError(400, 'validation_failed', `issuedOn: must not be after its first status change (${first.date}).`, 'issuedOn');
          checkDeadline(change.deadline, issuedOn);
          const statusSince = current.history.length ? current.statusSince : issuedOn;
          if (!(await sourceStillThere(updateRecommendation(c, params.id, version, { ...change, issuedOn }, statusSince))))
            throw new HttpError(409, 'stale_version', 'The recommendation changed meanwhile.', 'version');
          await auditAdvocacy(c, p, ip, 'recommendation.update', 'recommendation', params.id, current.orgId);
          return readableRecommendation(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/recommendations/:id/status',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary:
        'Record a change of status with the date it happened and the evidence; it is appended to the history. ' +
        'The date must not be in the future, before the recommendation was issued, or before the previous change',
      params: idParams,
      body: statusChangeRequest,
      response: recommendationView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableRecommendation(c, p, params.id);
          if (compareDates(body.date, latestChangeDate()) > 0) throw new HttpError(400, 'validation_failed', 'date: must not be in the future.', 'date');
          if (compareDates(body.date, current.issuedOn) < 0)
            throw new HttpError(400, 'validation_failed', `date: must not be before the recommendation was issued (${current.issuedOn}).`, 'date');
          const last = current.history.at(-1);
          if (last && compareDates(body.date, last.date) < 0)
            throw new HttpError(400, 'validation_failed', `date: must not be before the previous change (${last.date}).`, 'date');
          const id = randomUUID();
          await appendChange(c, {
            id,
            recommendationId: params.id,
            orgId: current.orgId,
            status: body.status,
            previous: current.status,
            date: body.date,
            evidence: body.evidence,
            userId: p.id,
            userName: p.name,
          });
          await auditAdvocacy(c, p, ip, 'recommendation.status-change', 'recommendation-change', id, current.orgId);
          return readableRecommendation(c, p, params.id);
        });
        return { status: 201, body: changed };
      },
    }),
    ...advocacyDocumentsRoutes(s),
  ];
}
