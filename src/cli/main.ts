import { Command, CommanderError } from 'commander';
import { verifyChain } from '../server/audit/store.js';
import { packageVersion } from '../server/package-info.js';
import { registerAdminCommands } from './admin-commands.js';
import { registerAnonymiseCommands } from './anonymise-commands.js';
import { registerBackupCommands } from './backup-commands.js';
import { registerDemoCommands } from './demo-commands.js';
import { registerKeysCommands } from './keys-commands.js';
import { registerLinkCommands } from './link-commands.js';
import { registerRetentionCommands } from './retention-commands.js';
import { registerScreenCommands } from './screen-commands.js';
import { CliError, withDatabase } from './context.js';
import { serve } from './serve.js';

export function buildProgram(): Command {
  const program = new Command('haven')
    .description('Haven: a platform for organisations that fight human trafficking.\n\nThe data folder is HAVEN_DATA_DIR (default ./data); DATABASE_URL selects an external PostgreSQL server instead of the embedded one.')
    .version(packageVersion())
    .showHelpAfterError()
    .exitOverride();

  program.command('serve').description('run the platform (what `npm start` does)').action(serve);
  registerAdminCommands(program);
  registerAnonymiseCommands(program);
  registerBackupCommands(program);
  registerKeysCommands(program);
  registerRetentionCommands(program);
  registerDemoCommands(program);
  registerScreenCommands(program);
  registerLinkCommands(program);

  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description('check every link of the hash-chained audit trail; names the first broken one')
    .action(async () => {
      const result = await withDatabase(({ db }) => verifyChain(db.owner, (n) => process.stderr.isTTY && process.stderr.write(`\rchecked ${n} entries`)));
      if (process.stderr.isTTY) process.stderr.write('\n');
      if (!result.ok) {
        process.stdout.write(`BROKEN at entry ${result.brokenAt}: ${result.reason}. ${result.entries} entries before it are intact.\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`OK: ${result.entries} entries, every link intact.\n`);
    });

  program
    .command('migrate')
    .description('apply database migrations and exit (start-up does this too)')
    .action(async () => {
      await withDatabase(async () => undefined);
      process.stderr.write('Migrations are up to date.\n');
    });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; usage errors were already printed by commander
      process.exitCode = err.exitCode;
      return;
    }
    if (err instanceof CliError) {
      process.stderr.write(`haven: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    const e = err as Error & { code?: string };
    process.stderr.write(`haven: ${e.message}${e.code ? ` (${e.code})` : ''}\n`);
    if (process.env.HAVEN_DEBUG) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 1;
  }
}
