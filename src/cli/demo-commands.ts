import type { Command } from 'commander';
import { DemoRefused } from '../server/demo/accounts.js';
import { type DemoSummary, loadDemo } from '../server/demo/load.js';
import { DEFAULT_PERSONS_PER_ORG, DEFAULT_SEED } from '../server/demo/plan.js';
import { SCENARIOS } from '../server/demo/cases.js';
import { CliError, withDatabase } from './context.js';

/** `haven demo`: fills an empty instance with a synthetic network, for trying Haven (never for production). */

function positiveInt(name: string, value: string, minimum: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < minimum) throw new CliError(`${name} must be a whole number of at least ${minimum}, got "${value}"`);
  return n;
}

function pad(s: string, n: number): string {
  // Wide enough for Greek and Cyrillic, which are one column per letter.
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function demoReport(s: DemoSummary): string {
  const lines: string[] = [];
  lines.push('DEMO DATA: synthetic people and cases for trying Haven. Never use this instance, these accounts or this password in production.');
  lines.push('');
  lines.push('Organisations:');
  for (const o of s.organisations)
    lines.push(
      `  ${pad(o.name, 36)} ${o.country}  ${String(o.persons).padStart(3)} persons  ${String(o.cases).padStart(3)} cases  ${String(o.entries).padStart(4)} entries`,
    );
  lines.push('');
  lines.push(`Accounts (every one has the password: ${s.password})`);
  const emailWidth = Math.max(...s.accounts.map((a) => a.email.length), 5) + 2;
  const rolesWidth = Math.max(...s.accounts.map((a) => a.roles.join(',').length), 5) + 2;
  lines.push(`  ${pad('E-MAIL', emailWidth)}${pad('ROLES', rolesWidth)}${pad('TOTP SECRET', 34)}ORGANISATION`);
  for (const a of s.accounts)
    lines.push(`  ${pad(a.email, emailWidth)}${pad(a.roles.join(','), rolesWidth)}${pad(a.totpSecret ?? '(none needed)', 34)}${a.organisation}`);
  lines.push('');
  lines.push('Case roles sign in with a second factor. Add the TOTP secret of the account to an authenticator app');
  lines.push('(“enter a setup key”, time-based), or open its otpauth:// address below with one. The secrets are');
  lines.push('derived from this instance’s master key: running the demo on another instance gives other ones.');
  for (const a of s.accounts) if (a.otpauthUrl) lines.push(`  ${a.otpauthUrl}`);
  lines.push('');
  const admin = s.accounts.find((a) => a.roles.includes('network-admin')) ?? s.accounts.find((a) => a.roles.includes('org-admin'));
  if (admin) lines.push(`Start with \`npm start\` and sign in as ${admin.email} (administrator) or as one of the caseworkers.`);
  return `${lines.join('\n')}\n`;
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description('fill an empty instance with a synthetic network (organisations, accounts, persons, cases) to try Haven; never for production')
    .option('--force', 'load the demo even though the instance already holds persons or several organisations')
    .option('--seed <n>', 'seed of the generated data (same seed and day, same data)', String(DEFAULT_SEED))
    .option('--persons <n>', `persons per organisation (at least ${SCENARIOS.length})`, String(DEFAULT_PERSONS_PER_ORG))
    .action(async (o: { force?: boolean; seed: string; persons: string }) => {
      const seed = positiveInt('--seed', o.seed, 0);
      const personsPerOrg = positiveInt('--persons', o.persons, SCENARIOS.length);
      const started = Date.now();
      const summary = await withDatabase(async ({ db, masterKey }) => {
        try {
          return await loadDemo(db, masterKey, { force: o.force ?? false, seed, personsPerOrg, progress: (line) => process.stderr.write(`${line}\n`) });
        } catch (err) {
          if (err instanceof DemoRefused) throw new CliError(err.message);
          throw err;
        }
      });
      process.stderr.write(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
      process.stdout.write(demoReport(summary));
    });
}
