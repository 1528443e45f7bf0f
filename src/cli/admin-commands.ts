import type { Command } from 'commander';
import { ORG_TYPES, ROLES, type OrgType, type Role, UI_LANGUAGES, type UiLanguage } from '../core/platform/roles.js';
import { countryCode, email as emailSchema } from '../core/platform/schemas.js';
import { appendAudit } from '../server/audit/store.js';
import { HttpError } from '../server/http/errors.js';
import { createApiToken } from '../server/platform/me-routes.js';
import { asOwner, createNetwork, createOrganisation, createUser } from '../server/platform/provision.js';
import { CliError, withDatabase } from './context.js';

/** Administration from the command line: first run, organisations, users, tokens. */

function country(value: string): string {
  const v = value.toUpperCase();
  if (!countryCode.safeParse(v).success) throw new CliError(`--country must be an ISO 3166-1 alpha-3 code such as GRC, got "${value}"`);
  return v;
}

function orgType(value: string): OrgType {
  if (!(ORG_TYPES as readonly string[]).includes(value)) throw new CliError(`--type must be one of ${ORG_TYPES.join(', ')}; got "${value}"`);
  return value as OrgType;
}

function roles(values: string[]): Role[] {
  const list = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const bad = list.find((r) => !(ROLES as readonly string[]).includes(r));
  if (bad || list.length === 0) throw new CliError(`--role must be one or more of ${ROLES.join(', ')}${bad ? `; got "${bad}"` : ''}`);
  return list as Role[];
}

function languages(value: string): UiLanguage[] {
  const list = value.split(',').map((v) => v.trim());
  const bad = list.find((l) => !(UI_LANGUAGES as readonly string[]).includes(l));
  if (bad) throw new CliError(`--languages must be a comma-separated list of ${UI_LANGUAGES.join(', ')}; got "${bad}"`);
  return list as UiLanguage[];
}

function emailOf(value: string): string {
  const parsed = emailSchema.safeParse(value);
  if (!parsed.success) throw new CliError(`not a valid e-mail address: "${value}"`);
  return parsed.data;
}

/** Input errors from the shared rules (weak password, taken e-mail, ...) become CLI errors. */
async function friendly<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof HttpError) throw new CliError(err.field ? `${err.message} (${err.field})` : err.message);
    throw err;
  }
}

const cliAudit = { actorId: null, actorEmail: 'cli', ip: null, outcome: 'success' as const };

async function orgIdByName(c: import('pg').PoolClient, name: string): Promise<string> {
  const { rows } = await c.query<{ id: string }>('SELECT id FROM organisations WHERE lower(name) = lower($1)', [name]);
  if (!rows[0]) throw new CliError(`no organisation named "${name}"`);
  return rows[0].id;
}

export function registerAdminCommands(program: Command): void {
  program
    .command('init')
    .description('first run without the web app: create the network, the first organisation and its administrator')
    .requiredOption('--network <name>', 'name of the network')
    .requiredOption('--org <name>', 'name of the first organisation')
    .requiredOption('--country <ISO3>', 'country of the organisation (ISO 3166-1 alpha-3)')
    .requiredOption('--admin-email <email>', "administrator's e-mail address")
    .requiredOption('--admin-password <password>', "administrator's password (at least 12 characters)")
    .option('--admin-name <name>', "administrator's name", 'Administrator')
    .option('--type <type>', `organisation type: ${ORG_TYPES.join(', ')}`, 'ngo')
    .option('--languages <list>', 'default languages of the network', 'en')
    .action(async (o: { network: string; org: string; country: string; adminEmail: string; adminPassword: string; adminName: string; type: string; languages: string }) => {
      const input = { country: country(o.country), type: orgType(o.type), email: emailOf(o.adminEmail), langs: languages(o.languages) };
      await withDatabase(({ db, masterKey }) =>
        friendly(
          asOwner(db.owner, async (c) => {
            await c.query('LOCK TABLE network IN EXCLUSIVE MODE');
            if ((await c.query('SELECT 1 FROM users LIMIT 1')).rowCount) throw new CliError('this instance is already set up');
            await createNetwork(c, o.network, input.langs);
            const orgId = await createOrganisation(c, masterKey, { name: o.org, country: input.country, type: input.type });
            const userId = await createUser(c, { orgId, email: input.email, name: o.adminName, roles: ['network-admin', 'org-admin'], password: o.adminPassword });
            await appendAudit(c, { ...cliAudit, orgId, action: 'cli.init', recordType: 'user', recordId: userId });
          }),
        ),
      );
      process.stderr.write(`Set up "${o.network}" with "${o.org}". Sign in as ${input.email}; you will be asked to set up a second factor.\n`);
    });

  const org = program.command('org').description('organisations of the network');
  org
    .command('add')
    .description('add a member organisation')
    .requiredOption('--name <name>', 'name')
    .requiredOption('--country <ISO3>', 'country (ISO 3166-1 alpha-3)')
    .option('--type <type>', `one of ${ORG_TYPES.join(', ')}`, 'ngo')
    .action(async (o: { name: string; country: string; type: string }) => {
      const input = { name: o.name, country: country(o.country), type: orgType(o.type) };
      const id = await withDatabase(({ db, masterKey }) =>
        friendly(
          asOwner(db.owner, async (c) => {
            if ((await c.query('SELECT 1 FROM network')).rowCount === 0) throw new CliError('this instance is not set up yet: run `haven init` first');
            const orgId = await createOrganisation(c, masterKey, input);
            await appendAudit(c, { ...cliAudit, orgId, action: 'cli.org-add', recordType: 'organisation', recordId: orgId });
            return orgId;
          }),
        ),
      );
      process.stdout.write(`${id}\n`);
    });

  const user = program.command('user').description('users');
  user
    .command('add')
    .description('add an active user to an organisation')
    .requiredOption('--org <name>', 'organisation name')
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--role <role...>', `one or more of ${ROLES.join(', ')}`)
    .requiredOption('--password <password>', 'password (at least 12 characters)')
    .option('--name <name>', 'name (defaults to the e-mail address)')
    .action(async (o: { org: string; email: string; role: string[]; password: string; name?: string }) => {
      const input = { email: emailOf(o.email), roles: roles(o.role) };
      const id = await withDatabase(({ db }) =>
        friendly(
          asOwner(db.owner, async (c) => {
            const orgId = await orgIdByName(c, o.org);
            const userId = await createUser(c, { orgId, email: input.email, name: o.name ?? input.email, roles: input.roles, password: o.password });
            await appendAudit(c, { ...cliAudit, orgId, action: 'cli.user-add', recordType: 'user', recordId: userId });
            return userId;
          }),
        ),
      );
      process.stdout.write(`${id}\n`);
    });
  user
    .command('unlock')
    .description('unlock a user locked after failed sign-ins')
    .requiredOption('--email <email>', 'e-mail address')
    .action(async (o: { email: string }) => {
      const address = emailOf(o.email);
      await withDatabase(({ db }) =>
        asOwner(db.owner, async (c) => {
          const { rows } = await c.query<{ id: string; org_id: string }>('UPDATE users SET locked_at = NULL, failed_signins = 0 WHERE lower(email) = $1 RETURNING id, org_id', [address]);
          if (!rows[0]) throw new CliError(`no user with e-mail ${address}`);
          await appendAudit(c, { ...cliAudit, orgId: rows[0].org_id, action: 'cli.user-unlock', recordType: 'user', recordId: rows[0].id });
        }),
      );
      process.stderr.write(`Unlocked ${address}.\n`);
    });

  program
    .command('unlock-address')
    .description('lift the lock on a source address after too many failed sign-ins')
    .requiredOption('--ip <address>', 'the address, as shown in the audit trail')
    .action(async (o: { ip: string }) => {
      const n = await withDatabase(({ db }) =>
        asOwner(db.owner, async (c) => {
          const { rowCount } = await c.query('DELETE FROM signin_addresses WHERE ip = $1', [o.ip.trim()]);
          if (rowCount) await appendAudit(c, { ...cliAudit, orgId: null, action: 'cli.unlock-address', recordType: 'address', recordId: o.ip.trim() });
          return rowCount ?? 0;
        }),
      );
      process.stderr.write(n ? `Unlocked ${o.ip}.\n` : `${o.ip} was not locked.\n`);
    });

  const token = program.command('token').description('personal API tokens');
  token
    .command('create')
    .description('create an API token for a user; prints only the token')
    .requiredOption('--email <email>', "the user's e-mail address")
    .requiredOption('--name <name>', 'what the token is for')
    .action(async (o: { email: string; name: string }) => {
      const address = emailOf(o.email);
      const secret = await withDatabase(({ db }) =>
        asOwner(db.owner, async (c) => {
          const { rows } = await c.query<{ id: string; org_id: string; status: string }>('SELECT id, org_id, status FROM users WHERE lower(email) = $1', [address]);
          const u = rows[0];
          if (!u) throw new CliError(`no user with e-mail ${address}`);
          if (u.status !== 'active') throw new CliError(`the user ${address} is ${u.status}`);
          const created = await createApiToken(c, u.org_id, u.id, o.name);
          await appendAudit(c, { ...cliAudit, orgId: u.org_id, action: 'cli.token-create', recordType: 'api-token', recordId: created.id });
          return created.token;
        }),
      );
      process.stdout.write(`${secret}\n`);
    });
  token
    .command('revoke')
    .description('revoke all API tokens of a user with this name')
    .requiredOption('--email <email>', "the user's e-mail address")
    .requiredOption('--name <name>', 'the token name')
    .action(async (o: { email: string; name: string }) => {
      const address = emailOf(o.email);
      const n = await withDatabase(({ db }) =>
        asOwner(db.owner, async (c) => {
          const { rows } = await c.query<{ id: string; org_id: string }>(
            'UPDATE api_tokens t SET revoked_at = now() FROM users u WHERE u.id = t.user_id AND lower(u.email) = $1 AND t.name = $2 AND t.revoked_at IS NULL RETURNING t.id, t.org_id',
            [address, o.name],
          );
          for (const r of rows) await appendAudit(c, { ...cliAudit, orgId: r.org_id, action: 'cli.token-revoke', recordType: 'api-token', recordId: r.id });
          return rows.length;
        }),
      );
      if (n === 0) throw new CliError(`no active token named "${o.name}" for ${address}`);
      process.stderr.write(`Revoked ${n} token(s).\n`);
    });
}
