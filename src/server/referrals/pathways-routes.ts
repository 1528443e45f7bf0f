import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { idParams, uuid } from '../../core/platform/schemas.js';
import {
  type CaseProgress,
  caseProgress,
  type Pathway,
  pathway,
  pathwayFits,
  pathwayProgress,
  pathwayRequest,
  type PathwayStep,
} from '../../core/referrals/pathway.js';
import type { ReferralStatus } from '../../core/referrals/referral.js';
import { auditRecord } from '../cases/audit.js';
import { requireCase } from '../cases/routes.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import { ageFacts } from '../persons/store.js';
import type { Services } from '../services.js';

interface PathwayRow {
  id: string;
  name: string;
  description: string;
  age_group: Pathway['ageGroup'];
  exploitation_forms: string[];
  steps: PathwayStep[];
  version: number;
}

const toPathway = (r: PathwayRow): Pathway => ({
  id: r.id,
  name: r.name,
  description: r.description,
  ageGroup: r.age_group,
  exploitationForms: r.exploitation_forms,
  steps: r.steps,
  version: r.version,
});

const updatePathwayRequest = pathwayRequest.extend({ version: z.number().int().min(0) });
const choosePathwayRequest = z.strictObject({ pathwayId: uuid.nullable() });

async function activePathways(c: pg.PoolClient): Promise<PathwayRow[]> {
  return (
    await c.query<PathwayRow>(
      'SELECT id, name, description, age_group, exploitation_forms, steps, version FROM referral_pathways WHERE NOT archived ORDER BY lower(name), id',
    )
  ).rows;
}

/** The case's pathway and how far the case is along it. */
async function progressOf(s: Services, c: pg.PoolClient, p: Principal, caseId: string): Promise<CaseProgress> {
  const { kase } = await requireCase(s, c, p, caseId);
  const facts = (
    await c.query<{ pathway_id: string | null; birth_date: string | null; estimated_age: number | null; estimated_on: string | null }>(
      `SELECT c.pathway_id, to_char(pe.birth_date, 'YYYY-MM-DD') AS birth_date, pe.estimated_age, to_char(pe.estimated_on, 'YYYY-MM-DD') AS estimated_on
       FROM cases c JOIN persons pe ON pe.id = c.person_id WHERE c.org_id = $1 AND c.id = $2`,
      [p.orgId, caseId],
    )
  ).rows[0]!;
  const child = ageFacts(facts).child ?? undefined;
  const all = await activePathways(c);
  const suggested = all.filter((x) => pathwayFits(toPathway(x), child, kase.exploitationForms ?? [])).map((x) => ({ id: x.id, name: x.name }));
  const chosen = facts.pathway_id
    ? (
        await c.query<PathwayRow>('SELECT id, name, description, age_group, exploitation_forms, steps, version FROM referral_pathways WHERE id = $1', [
          facts.pathway_id,
        ])
      ).rows[0]
    : undefined;
  if (!chosen) return { pathway: null, steps: [], done: 0, suggested };
  const referrals = (
    await c.query<{ id: string; service_types: string[]; status: ReferralStatus }>(
      'SELECT id, service_types, status FROM referrals WHERE org_id = $1 AND case_id = $2 ORDER BY sent_at, id',
      [p.orgId, caseId],
    )
  ).rows.map((r) => ({ id: r.id, types: r.service_types, status: r.status }));
  // A completed service of the case's own work counts for the step of the same type (shelter, medical, legal-aid...).
  const services = (
    await c.query<{ type: string }>(
      `SELECT data->>'type' AS type FROM case_entries WHERE org_id = $1 AND case_id = $2 AND kind = 'service' AND data->>'outcome' = 'completed'`,
      [p.orgId, caseId],
    )
  ).rows.map((r) => r.type);
  const steps = pathwayProgress(chosen.steps, referrals, services);
  return { pathway: toPathway(chosen), steps, done: steps.filter((x) => x.state === 'done').length, suggested };
}

/** Referral pathways of the network (network administrators define them) and each case's progress along its pathway. */
export function pathwaysRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/pathways',
      access: 'user',
      tag: 'referrals',
      summary: 'The network’s referral pathways (archived ones left out)',
      response: z.object({ items: z.array(pathway) }),
      handler: async ({ tx }) => ({ body: { items: (await tx(activePathways)).map(toPathway) } }),
    }),
    route({
      method: 'POST',
      url: '/api/pathways',
      access: 'pathways:write',
      tag: 'referrals',
      summary: 'Define a referral pathway: the ordered services a presumed victim should be offered',
      body: pathwayRequest,
      response: pathway,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          const { rows } = await c.query<PathwayRow>(
            `INSERT INTO referral_pathways (id, org_id, name, description, age_group, exploitation_forms, steps) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
             RETURNING id, name, description, age_group, exploitation_forms, steps, version`,
            [id, p.orgId, body.name, body.description, body.ageGroup, body.exploitationForms, JSON.stringify(body.steps)],
          );
          await auditRecord(c, p, ip, 'pathway.create', 'pathway', id);
          return toPathway(rows[0]!);
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/pathways/:id',
      access: 'pathways:write',
      tag: 'referrals',
      summary: 'Change a referral pathway (cases following it show the new steps)',
      params: idParams,
      body: updatePathwayRequest,
      response: pathway,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const saved = await tx(async (c) => {
          const current = (
            await c.query<PathwayRow>(
              'SELECT id, name, description, age_group, exploitation_forms, steps, version FROM referral_pathways WHERE id = $1 AND NOT archived FOR UPDATE',
              [params.id],
            )
          ).rows[0];
          if (!current) throw notFound('No such pathway.');
          if (current.version !== body.version)
            throw new StaleVersionError(toPathway(current), { action: 'pathway.read', recordType: 'pathway', recordId: params.id });
          const { rows } = await c.query<PathwayRow>(
            `UPDATE referral_pathways SET name = $2, description = $3, age_group = $4, exploitation_forms = $5, steps = $6::jsonb, version = version + 1, updated_at = now()
             WHERE id = $1 RETURNING id, name, description, age_group, exploitation_forms, steps, version`,
            [params.id, body.name, body.description, body.ageGroup, body.exploitationForms, JSON.stringify(body.steps)],
          );
          await auditRecord(c, p, ip, 'pathway.update', 'pathway', params.id);
          return toPathway(rows[0]!);
        });
        return { body: saved };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/pathways/:id',
      access: 'pathways:write',
      tag: 'referrals',
      summary: 'Archive a referral pathway (cases that follow it keep it)',
      params: idParams,
      response: z.object({ ok: z.literal(true) }),
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          const { rowCount } = await c.query('UPDATE referral_pathways SET archived = true, updated_at = now() WHERE id = $1 AND NOT archived', [params.id]);
          if (!rowCount) throw notFound('No such pathway.');
          await auditRecord(c, p, ip, 'pathway.archive', 'pathway', params.id);
        });
        return { body: { ok: true as const } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/cases/:id/pathway',
      access: 'cases:read',
      tag: 'referrals',
      summary: 'The case’s referral pathway, which of its steps are done, and the pathways that fit the case',
      params: idParams,
      response: caseProgress,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const progress = await tx(async (c) => {
          const found = await progressOf(s, c, p, params.id);
          await auditRecord(c, p, ip, 'case.read-pathway', 'case', params.id);
          return found;
        });
        return { body: progress };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/cases/:id/pathway',
      access: 'cases:write',
      tag: 'referrals',
      summary: 'Choose the referral pathway the case follows (null: none)',
      params: idParams,
      body: choosePathwayRequest,
      response: caseProgress,
      recordParam: 'case',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const progress = await tx(async (c) => {
          await requireCase(s, c, p, params.id, true);
          if (body.pathwayId) {
            const { rowCount } = await c.query('SELECT 1 FROM referral_pathways WHERE id = $1 AND NOT archived', [body.pathwayId]);
            if (!rowCount) throw new HttpError(400, 'validation_failed', 'pathwayId: no such pathway.', 'pathwayId');
          }
          await c.query('UPDATE cases SET pathway_id = $3 WHERE org_id = $1 AND id = $2', [p.orgId, params.id, body.pathwayId]);
          await auditRecord(c, p, ip, 'case.pathway', 'case', params.id);
          return progressOf(s, c, p, params.id);
        });
        return { body: progress };
      },
    }),
  ];
}
