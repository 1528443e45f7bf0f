import { loadConfig, type Config } from '../server/config.js';
import { type Database, openDatabase, platformRunning } from '../server/db/database.js';
import { loadMasterKey } from '../server/ops/keys.js';

/** A usage or input error: printed as one line, exit code 2. */
export class CliError extends Error {}

export interface CliContext {
  readonly config: Config;
  readonly db: Database;
  readonly masterKey: Buffer;
}

/**
 * Opens the database the way `npm start` does (same data folder and
 * DATABASE_URL). With the embedded database it uses the server the running
 * platform started, or starts it and stops it again afterwards.
 */
export async function withDatabase<T>(fn: (ctx: CliContext) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const masterKey = loadMasterKey(config.dataDir).key;
  const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, masterKey, poolSize: 2, migrate: options.migrate, applicationName: 'haven-cli' });
  try {
    return await fn({ config, db, masterKey });
  } finally {
    // Leave the embedded server running only when the platform is using it.
    await db.close({ stopEmbedded: !platformRunning(config.dataDir) });
  }
}
