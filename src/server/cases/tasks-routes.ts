import { z } from 'zod';
import { addDays, reflectionSettings, todayUtc } from '../../core/cases/dates.js';
import { myTasksAnswer } from '../../core/cases/view-schemas.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { Params, caseReadableSql, viewerOf } from './access.js';
import { auditRecord } from './audit.js';
import { myTasks } from './entries-store.js';

/** Settings of the Cases module for one organisation. */
export const caseSettings = reflectionSettings.extend({
  /** Closed cases are purged this many months after closure; null keeps them until erased. */
  retentionMonths: z.number().int().min(1).max(1200).nullable().default(null),
});
export type CaseSettings = z.infer<typeof caseSettings>;

export function tasksRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/my-tasks',
      access: 'cases:read',
      tag: 'case work',
      summary: 'Your open tasks and appointments, soonest first, and the reflection periods of your cases that end soon',
      response: myTasksAnswer,
      handler: async ({ principal, tx, ip }) => {
        const p = principal!;
        return {
          body: await tx(async (c) => {
            const v = await viewerOf(c, p);
            const key = await s.orgKeys.keyFor(c, p.orgId);
            const params = new Params();
            const readable = caseReadableSql('c', v, params);
            const tasks = await myTasks(c, key, p.orgId, p.id, readable, params.values);
            const settings = await readSettings(c, p.orgId);
            const rp = new Params();
            const readable2 = caseReadableSql('c', v, rp);
            const until = addDays(todayUtc(), settings.reminderDaysBefore);
            const { rows } = await c.query<{ id: string; number: number; ends: string }>(
              `SELECT c.id, c.number, to_char(c.reflection_ends, 'YYYY-MM-DD') AS ends FROM cases c
                WHERE c.org_id = ${rp.add(p.orgId)} AND c.caseworker_id = ${rp.add(p.id)}::uuid AND c.status NOT IN ('closed', 'closed-referred')
                  AND c.reflection_ends BETWEEN ${rp.add(todayUtc())}::date AND ${rp.add(until)}::date AND ${readable2}
                ORDER BY c.reflection_ends`,
              rp.values,
            );
            await auditRecord(c, p, ip, 'case.read-tasks', 'case', null);
            return { tasks, reflectionEnding: rows.map((r) => ({ caseId: r.id, caseNumber: r.number, endsOn: r.ends })) };
          }),
        };
      },
    }),
    route({
      method: 'GET',
      url: '/api/case-settings',
      access: 'cases:read',
      tag: 'cases',
      summary: "Your organisation's case settings: reflection period, its reminder, retention",
      response: caseSettings,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => readSettings(c, p.orgId)) };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/case-settings',
      access: 'cases:settings',
      tag: 'cases',
      summary: "Change your organisation's case settings",
      body: caseSettings,
      response: caseSettings,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        return {
          body: await tx(async (c) => {
            await c.query(
              `INSERT INTO case_settings (org_id, reflection_days, reminder_days_before, retention_months) VALUES ($1, $2, $3, $4)
               ON CONFLICT (org_id) DO UPDATE SET reflection_days = $2, reminder_days_before = $3, retention_months = $4, updated_at = now()`,
              [p.orgId, body.reflectionDays, body.reminderDaysBefore, body.retentionMonths],
            );
            await auditRecord(c, p, ip, 'case-settings.update', 'retention', null);
            return readSettings(c, p.orgId);
          }),
        };
      },
    }),
  ];
}

export async function readSettings(c: import('pg').PoolClient, orgId: string): Promise<CaseSettings> {
  const { rows } = await c.query<{ reflection_days: number; reminder_days_before: number; retention_months: number | null }>(
    'SELECT reflection_days, reminder_days_before, retention_months FROM case_settings WHERE org_id = $1',
    [orgId],
  );
  const r = rows[0];
  return { reflectionDays: r?.reflection_days ?? 30, reminderDaysBefore: r?.reminder_days_before ?? 7, retentionMonths: r?.retention_months ?? null };
}
