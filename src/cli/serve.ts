import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/ops/logger.js';
import { startPlatform } from '../server/platform-server.js';
import { scheduleDailyBackups } from '../server/backup/schedule.js';

/** `haven serve` (what `npm start` runs): the platform until SIGINT/SIGTERM, then a graceful stop. */
export async function serve(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const platform = await startPlatform({ config, log });
  const backups = platform.db.backend === 'embedded' && config.backupKeep > 0
    ? scheduleDailyBackups({ pool: platform.db.owner, dataDir: config.dataDir, masterKey: platform.services.masterKey, keep: config.backupKeep, log })
    : undefined;
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const port = platform.url.split(':').at(-1);
  log.info({ database: platform.db.backend, port, startupMs: Date.now() - started }, 'Haven is running');
  process.stderr.write(`\nHaven is running on http://${shown}:${port} (database: ${platform.db.backend}${platform.db.backend === 'embedded' ? `, data folder ${config.dataDir}` : ''}). Press Ctrl+C to stop.\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight requests');
    const force = setTimeout(() => {
      log.error({ signal }, 'graceful stop took too long; exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    backups?.stop();
    await platform.close();
    log.info({}, 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
