import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../server/config.js';
import { masterKeyOpens, newMasterKey, rotateMasterKey } from '../server/crypto/rotate.js';
import { openDatabase, platformRunning } from '../server/db/database.js';
import { appendAudit } from '../server/audit/store.js';
import { loadMasterKey, parseKey } from '../server/ops/keys.js';
import { asOwner } from '../server/platform/provision.js';
import { CliError } from './context.js';

function writeKeyFile(file: string, key: Buffer): void {
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.writeSync(fd, `${key.toString('base64')}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.chmodSync(file, 0o600);
}

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('encryption keys');
  keys
    .command('rotate')
    .description("replace the master key: every organisation's data key and every second-factor secret is re-wrapped under a new master key (stop the platform first)")
    .option('--new-key-file <file>', 'the new master key (32 bytes, hex or base64); required when HAVEN_MASTER_KEY is used, otherwise one is generated')
    .action(async (o: { newKeyFile?: string }) => {
      const config = loadConfig();
      if (!config.databaseUrl && platformRunning(config.dataDir)) throw new CliError('the platform is running on this data folder: stop it first (its unwrapped keys are in memory)');
      const fromEnv = Boolean(process.env.HAVEN_MASTER_KEY);
      if (fromEnv && !o.newKeyFile) throw new CliError('HAVEN_MASTER_KEY is set: create the new key first and pass it with --new-key-file, then set HAVEN_MASTER_KEY to it after the rotation');
      let newKey: Buffer;
      try {
        newKey = o.newKeyFile ? parseKey(fs.readFileSync(o.newKeyFile, 'utf8')) : newMasterKey();
      } catch (err) {
        throw new CliError(`--new-key-file: ${(err as Error).message}`);
      }
      const oldKey = loadMasterKey(config.dataDir).key;
      if (newKey.equals(oldKey)) throw new CliError('the new key is the current key');
      const keyFile = path.join(config.dataDir, 'master.key');
      const pending = `${keyFile}.new`;
      let committed = false;
      const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, masterKey: oldKey, poolSize: 1, applicationName: 'haven-cli' });
      try {
        const others = await db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'haven' AND pid <> pg_backend_pid()");
        if ((others.rows[0]?.n ?? 0) > 0) throw new CliError('a Haven server is connected to this database: stop every server first');
        if ((await masterKeyOpens(db.owner, oldKey)) === false) throw new CliError('the current master key does not open this database’s keys; nothing was changed');
        // The new key is on disk before the database depends on it; the platform promotes master.key.new if the rename below never happens.
        if (!fromEnv) writeKeyFile(pending, newKey);
        committed = false;
        const result = await asOwner(db.owner, async (c) => {
          const r = await rotateMasterKey(c, oldKey, newKey);
          await appendAudit(c, { orgId: null, actorId: null, actorEmail: 'cli', action: 'cli.keys-rotate', recordType: null, recordId: null, ip: null, outcome: 'success' });
          return r;
        });
        committed = true;
        if (!fromEnv) fs.renameSync(pending, keyFile);
        process.stderr.write(
          `Rotated: ${result.organisations} organisation keys and ${result.totpSecrets} second-factor secret(s) are now wrapped by the new master key${fromEnv ? '; set HAVEN_MASTER_KEY to the new key before starting Haven' : ` in ${keyFile}`}.\n` +
            'Daily backups made before now open only with the old master key: make a new backup and keep a copy of the new key away from this machine.\n',
        );
      } catch (err) {
        // Before the commit the new key is useless and goes; after it, it is the only key that opens the data.
        if (!fromEnv && !committed) fs.rmSync(pending, { force: true });
        throw err;
      } finally {
        await db.close({ stopEmbedded: !platformRunning(config.dataDir) });
      }
    });
}
