/**
 * The platform server of `bench/cases.ts`, in its own process so that its memory and CPU are its
 * own: Haven's real startPlatform on the environment's data folder and DATABASE_URL. Prints its URL
 * as one JSON line; stops gracefully on SIGTERM.
 */
import { loadConfig } from '../src/server/config.js';
import { createLogger } from '../src/server/ops/logger.js';
import { startPlatform } from '../src/server/platform-server.js';

const config = loadConfig();
const platform = await startPlatform({ config, log: createLogger(config.logLevel), serveWeb: false, pidFile: false });
process.stdout.write(`${JSON.stringify({ url: platform.url, pid: process.pid })}\n`);
process.once('SIGTERM', () => {
  void platform.close().finally(() => process.exit(0));
});
