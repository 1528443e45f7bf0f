import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { BackupKey } from '../server/backup/keys.js';
import { writeBackup } from '../server/backup/backup.js';
import { BackupError, restoreBackup } from '../server/backup/restore.js';
import { loadConfig } from '../server/config.js';
import { deriveKey, parseKey } from '../server/ops/keys.js';
import { CliError, withDatabase } from './context.js';

interface KeyOptions {
  passphraseFile?: string;
  keyFile?: string;
  masterKeyFile?: string;
}

/** The backup key: a passphrase (from a file or HAVEN_BACKUP_PASSPHRASE), a 32-byte key file, or a master key (daily backups). */
function backupKey(o: KeyOptions): BackupKey {
  const given = [o.passphraseFile, o.keyFile, o.masterKeyFile].filter(Boolean).length + (process.env.HAVEN_BACKUP_PASSPHRASE ? 1 : 0);
  if (given !== 1) throw new CliError('give exactly one of --passphrase-file, --key-file, --master-key-file or HAVEN_BACKUP_PASSPHRASE');
  const read = (f: string) => {
    try {
      return fs.readFileSync(f, 'utf8');
    } catch {
      throw new CliError(`cannot read ${f}`);
    }
  };
  if (o.passphraseFile || process.env.HAVEN_BACKUP_PASSPHRASE) {
    const passphrase = (o.passphraseFile ? read(o.passphraseFile) : (process.env.HAVEN_BACKUP_PASSPHRASE ?? '')).replace(/\r?\n$/, '');
    if (passphrase.length < 12) throw new CliError('the passphrase must have at least 12 characters');
    return { kind: 'passphrase', passphrase };
  }
  try {
    if (o.keyFile) return { kind: 'key', key: parseKey(read(o.keyFile)) };
    return { kind: 'key', key: deriveKey(parseKey(read(o.masterKeyFile ?? '')), 'daily-backups') };
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`the key file is not a 32-byte key (64 hex digits or base64): ${(err as Error).message}`);
  }
}

const keyOptions = (cmd: Command) =>
  cmd
    .option('--passphrase-file <file>', 'file holding the passphrase (or set HAVEN_BACKUP_PASSPHRASE)')
    .option('--key-file <file>', 'file holding a 32-byte key, hex or base64')
    .option('--master-key-file <file>', "a data folder's master.key: opens that installation's daily backups");

export function registerBackupCommands(program: Command): void {
  keyOptions(
    program
      .command('backup')
      .description('write a consistent, encrypted backup of the database and stored files (the platform may keep running)')
      .requiredOption('--out <file>', 'backup file to write'),
  ).action(async (o: KeyOptions & { out: string }) => {
    const key = backupKey(o);
    const out = path.resolve(o.out);
    if (fs.existsSync(out)) throw new CliError(`${out} already exists; choose another name`);
    const started = Date.now();
    const result = await withDatabase(({ db, config, masterKey }) =>
      writeBackup({ pool: db.owner, dataDir: config.dataDir, masterKey, out, key, onProgress: (p) => process.stderr.write(`\r${p.table}: ${p.rows} rows      `) }),
    );
    const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
    process.stderr.write(`\nBackup written to ${out}: ${Object.keys(result.tables).length} tables, ${rows} rows, ${result.files} files, ${result.bytes} bytes in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
  });

  keyOptions(
    program
      .command('restore')
      .description('restore a backup into an empty data folder or an empty database')
      .requiredOption('--in <file>', 'backup file to read'),
  ).action(async (o: KeyOptions & { in: string }) => {
    const key = backupKey(o);
    const input = path.resolve(o.in);
    if (!fs.existsSync(input)) throw new CliError(`no such file: ${input}`);
    const config = loadConfig();
    const keyFile = path.join(config.dataDir, 'master.key');
    try {
      const result = await withDatabase(({ db }) => restoreBackup({ pool: db.owner, dataDir: config.dataDir, input, key, onProgress: (p) => process.stderr.write(`\r${p.table}: ${p.rows} rows      `) }));
      // The restored data is encrypted with the backed-up master key: it becomes this installation's key.
      if (process.env.HAVEN_MASTER_KEY) {
        if (!parseKey(process.env.HAVEN_MASTER_KEY).equals(result.masterKey)) process.stderr.write('\nWarning: HAVEN_MASTER_KEY differs from the master key in the backup; set it to the backed-up key, or the restored data cannot be read.\n');
      } else {
        const fd = fs.openSync(keyFile, 'w', 0o600);
        fs.writeSync(fd, `${result.masterKey.toString('base64')}\n`);
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fs.chmodSync(keyFile, 0o600);
      }
      const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
      process.stderr.write(`\nRestored ${rows} rows in ${Object.keys(result.tables).length} tables and ${result.files} files.\n`);
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(err.message);
      throw err;
    }
  });
}
