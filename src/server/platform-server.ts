import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { startAuditChainer } from './audit/chainer.js';
import type { Config } from './config.js';
import { OrgKeys } from './crypto/org-keys.js';
import { confirmMasterKey } from './crypto/rotate.js';
import { startExportRunner } from './data/exports/runner.js';
import { scheduleRecounts } from './data/linkage/recount.js';
import { type Database, openDatabase, platformPidFile, platformRunning } from './db/database.js';
import { buildApp } from './http/app.js';
import { PrincipalResolver } from './http/principal.js';
import { createMailer } from './mail/mailer.js';
import { loadMasterKey } from './ops/keys.js';
import { createLogger } from './ops/logger.js';
import { packageRoot, packageVersion } from './package-info.js';
import { type RetentionSchedule, scheduleRetention } from './rights/retention-schedule.js';
import { allRoutes } from './routes.js';
import { DEFAULT_SIGNIN_LIMITS, type Services, type SignInLimits } from './services.js';

export interface Platform {
  readonly app: FastifyInstance;
  readonly db: Database;
  readonly services: Services;
  readonly url: string;
  /** The daily retention purge; undefined when HAVEN_RETENTION=off. */
  readonly retention: RetentionSchedule | undefined;
  /** Finishes in-flight requests, closes the pools, stops the embedded database. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly config: Config;
  readonly log?: Logger;
  readonly signIn?: SignInLimits;
  /** Serve the built web app (dist/web) when it exists. */
  readonly serveWeb?: boolean;
  /** Write the pid file that tells the CLI the platform is running. */
  readonly pidFile?: boolean;
}

export async function startPlatform(opts: StartOptions): Promise<Platform> {
  const { config } = opts;
  const log = opts.log ?? createLogger(config.logLevel);
  if (!config.databaseUrl && platformRunning(config.dataDir)) {
    throw new Error(`Haven is already running on the data folder ${config.dataDir}. Stop it first, or use another HAVEN_DATA_DIR.`);
  }
  const loaded = loadMasterKey(config.dataDir);
  let db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, masterKey: loaded.key, poolSize: 16 });
  let masterKey: Buffer;
  try {
    masterKey = await confirmMasterKey(db.owner, config.dataDir, loaded.key, loaded.source === 'environment');
  } catch (err) {
    await db.close();
    throw err;
  }
  if (!masterKey.equals(loaded.key)) {
    // An interrupted rotation was finished: reconnect with the request role's password derived from the new key.
    await db.close({ stopEmbedded: false });
    db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, masterKey, poolSize: 16 });
  }
  const services: Services = {
    config,
    db,
    masterKey,
    orgKeys: new OrgKeys(masterKey),
    log,
    version: packageVersion(),
    signIn: opts.signIn ?? DEFAULT_SIGNIN_LIMITS,
    principals: new PrincipalResolver(db, { idleMs: config.sessionIdleMinutes * 60_000 }),
    mailer: createMailer(config.smtpUrl, config.mailFrom, log),
  };
  const webDir = path.join(packageRoot(), 'dist', 'web');
  let app: FastifyInstance;
  try {
    app = await buildApp({ services, routes: allRoutes(services), webDir: opts.serveWeb === false ? undefined : webDir });
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await db.close();
    throw err;
  }
  const pidFile = platformPidFile(config.dataDir);
  if (opts.pidFile !== false) fs.writeFileSync(pidFile, String(process.pid), { mode: 0o600 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const retention = config.retention ? scheduleRetention({ db, log }) : undefined;
  const chainer = startAuditChainer(db, log);
  const heartbeatMs = config.exportHeartbeatSeconds * 1000;
  const exportRunner = startExportRunner({ db, services, log, heartbeatMs, leaseMs: Math.max(2 * 60_000, 12 * heartbeatMs) });
  const recounts = scheduleRecounts({ db, log, everyMinutes: config.linkageRecountMinutes });
  let closing: Promise<void> | undefined;
  return {
    app,
    db,
    services,
    url: `http://127.0.0.1:${port}`,
    retention,
    close() {
      closing ??= (async () => {
        await app.close();
        await exportRunner.stop();
        await recounts.stop();
        await retention?.stop();
        await chainer.stop();
        services.mailer?.close();
        await db.close();
        if (opts.pidFile !== false) fs.rmSync(pidFile, { force: true });
      })();
      return closing;
    },
  };
}
