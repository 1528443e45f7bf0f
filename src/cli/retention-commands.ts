import type { Command } from 'commander';
import { uuid } from '../core/platform/schemas.js';
import type { Database } from '../server/db/database.js';
import { type RetentionReport, purgeDue, retentionReport } from '../server/rights/retention.js';
import { CliError, withDatabase } from './context.js';

/**
 * `haven retention report|purge [--org <id>]`: the retention of closed cases from the command line,
 * for every organisation or one. Output holds ids, numbers and dates only, never names.
 */

interface OrgOption {
  org?: string;
}

/** The organisations to work on: the one named, or all. */
async function organisations(db: Database, org: string | undefined): Promise<{ id: string; name: string }[]> {
  if (org !== undefined && !uuid.safeParse(org).success) throw new CliError(`--org must be an organisation id (a UUID), got "${org}"`);
  const rows = await db.anonymous(async (c) => (await c.query<{ id: string; name: string }>('SELECT id, name FROM organisations ORDER BY name, id')).rows);
  if (org === undefined) return rows;
  const found = rows.filter((r) => r.id === org.toLowerCase());
  if (found.length === 0) throw new CliError(`no organisation with id ${org}`);
  return found;
}

function printReport(org: { id: string; name: string }, r: RetentionReport): void {
  const out = process.stdout;
  if (r.retentionMonths === null) {
    out.write(`${org.name} (${org.id}): no retention set; closed cases are kept until erased.\n`);
    return;
  }
  out.write(
    `${org.name} (${org.id}): cases are purged ${r.retentionMonths} months after closure; ${r.due.length} due now, ${r.upcoming.length} within ${r.upcomingDays} days.\n`,
  );
  for (const [label, items] of [
    ['due', r.due],
    ['upcoming', r.upcoming],
  ] as const) {
    for (const i of items) {
      out.write(
        `  ${label.padEnd(8)} case ${String(i.caseNumber).padStart(5)}  ${i.caseId}  closed ${i.closedAt.slice(0, 10)}  purge ${i.purgeOn}  ${i.personGoes ? 'person goes too' : 'person stays'}\n`,
      );
    }
  }
}

export function registerRetentionCommands(program: Command): void {
  const retention = program.command('retention').description('purging closed cases after the retention set by each organisation');
  retention
    .command('report')
    .description('closed cases due for purging now and within 30 days (ids and dates only)')
    .option('--org <id>', 'only this organisation (its id)')
    .action(async (o: OrgOption) => {
      await withDatabase(async ({ db }) => {
        for (const org of await organisations(db, o.org)) printReport(org, await db.tenant({ orgId: org.id }, (c) => retentionReport(c, org.id)));
      });
    });
  retention
    .command('purge')
    .description('purge now the closed cases due, and the persons left without a case (recorded in the audit trail)')
    .option('--org <id>', 'only this organisation (its id)')
    .action(async (o: OrgOption) => {
      await withDatabase(async ({ db }) => {
        let cases = 0;
        let persons = 0;
        for (const org of await organisations(db, o.org)) {
          const r = await db.tenant({ orgId: org.id }, (c) => purgeDue(c, org.id, { actorId: null, actorEmail: 'cli', ip: null, auditEmpty: true }));
          cases += r.cases;
          persons += r.persons;
          process.stdout.write(
            r.retentionMonths === null
              ? `${org.name} (${org.id}): no retention set; nothing purged.\n`
              : `${org.name} (${org.id}): purged ${r.cases} cases and ${r.persons} persons.\n`,
          );
          for (const id of r.caseIds) process.stdout.write(`  case ${id}\n`);
          for (const id of r.personIds) process.stdout.write(`  person ${id}\n`);
        }
        process.stderr.write(`Purged ${cases} cases and ${persons} persons in all.\n`);
      });
    });
}
