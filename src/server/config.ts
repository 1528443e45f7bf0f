import path from 'node:path';

/** Settings read from the environment, once, at start-up. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Set when Haven uses an external PostgreSQL server instead of its embedded one. */
  readonly databaseUrl: string | undefined;
  /** Cookies get the Secure flag and HSTS is sent (set when served over TLS or behind a TLS proxy). */
  readonly secureCookies: boolean;
  /**
   * Which reverse proxies to believe about the client's address (X-Forwarded-For):
   * false, a number of proxy hops, or the proxies' addresses/CIDRs. Never "everyone":
   * a client could then choose its own address and escape per-address sign-in limits.
   */
  readonly trustProxy: false | number | string;
  readonly sessionIdleMinutes: number;
  readonly sessionAbsoluteHours: number;
  readonly publicUrl: string | undefined;
  readonly metricsToken: string | undefined;
  readonly backupKeep: number;
  readonly logLevel: string;
  /** SMTP server for e-mail (invitations); without it, links are shown to the administrator to pass on. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** The daily purge of closed cases past their organisation's retention (HAVEN_RETENTION=off turns it off). */
  readonly retention: boolean;
  /**
   * How often the network's count of people counted once is recomputed, in minutes (default 1440: daily).
   * 0 recounts after every upload of linkage keys: for tests and trials only, since an organisation
   * could then see at once what one changed key does to the count (docs/linkage.md).
   */
  readonly linkageRecountMinutes: number;
  /**
   * How often a running export renews its lease, in seconds (default 10; at least 1). A job whose
   * lease is older than 12 renewals is taken for dead and run again by another process.
   */
  readonly exportHeartbeatSeconds: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

/** HAVEN_RETENTION: on (default) or off. */
function onOff(value: string | undefined, name: string): boolean {
  if (value === undefined || value === '' || ['on', '1', 'true', 'yes'].includes(value)) return true;
  if (['off', '0', 'false', 'no'].includes(value)) return false;
  throw new Error(`${name} must be on or off, got "${value}"`);
}

function boolFrom(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

/** HAVEN_TRUST_PROXY: "1"/"true" = one proxy hop, a number = that many hops, otherwise a list of proxy addresses or CIDRs. */
function trustProxyFrom(value: string | undefined): false | number | string {
  if (!value || value === '0' || value === 'false' || value === 'no') return false;
  if (value === 'true' || value === 'yes') return 1;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.HAVEN_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: boolFrom(env.HAVEN_SECURE_COOKIES) || (env.HAVEN_PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: trustProxyFrom(env.HAVEN_TRUST_PROXY),
    sessionIdleMinutes: intFrom(env.HAVEN_SESSION_IDLE_MINUTES, 30, 'HAVEN_SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: intFrom(env.HAVEN_SESSION_ABSOLUTE_HOURS, 12, 'HAVEN_SESSION_ABSOLUTE_HOURS'),
    publicUrl: env.HAVEN_PUBLIC_URL || undefined,
    metricsToken: env.HAVEN_METRICS_TOKEN || undefined,
    backupKeep: intFrom(env.HAVEN_BACKUP_KEEP, 7, 'HAVEN_BACKUP_KEEP'),
    logLevel: env.HAVEN_LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    smtpUrl: env.HAVEN_SMTP_URL || undefined,
    mailFrom: env.HAVEN_MAIL_FROM ?? 'Haven <haven@localhost>',
    retention: onOff(env.HAVEN_RETENTION, 'HAVEN_RETENTION'),
    linkageRecountMinutes: intFrom(env.HAVEN_LINKAGE_RECOUNT_MINUTES, 1440, 'HAVEN_LINKAGE_RECOUNT_MINUTES'),
    exportHeartbeatSeconds: Math.max(1, intFrom(env.HAVEN_EXPORT_HEARTBEAT_SECONDS, 10, 'HAVEN_EXPORT_HEARTBEAT_SECONDS')),
  };
}
