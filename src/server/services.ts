import type { OrgKeys } from './crypto/org-keys.js';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { PrincipalResolver } from './http/principal.js';
import type { Mailer } from './mail/mailer.js';

/** Limits on sign-in attempts (tests shorten the delays). */
export interface SignInLimits {
  /** Failures on one account before each further attempt must wait. */
  readonly slowAfter: number;
  /** First wait; doubles with each further failure, up to maxDelayMs. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Failures on one account that lock it, until an administrator unlocks it or lockMs passes. */
  readonly lockAfter: number;
  readonly lockMs: number;
  /** Failures from one address within the window that lock the address. */
  readonly addressLockAfter: number;
  readonly addressWindowMs: number;
  /** How long an address stays locked unless an administrator unlocks it sooner. */
  readonly addressLockMs: number;
}

export const DEFAULT_SIGNIN_LIMITS: SignInLimits = {
  slowAfter: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
  lockAfter: 10,
  lockMs: 60 * 60_000,
  addressLockAfter: 30,
  addressWindowMs: 15 * 60_000,
  addressLockMs: 60 * 60_000,
};

/** What route modules are given: the database, settings and shared services. */
export interface Services {
  readonly config: Config;
  readonly db: Database;
  readonly masterKey: Buffer;
  /** Organisation data keys, unwrapped once per process (field encryption of personal data). */
  readonly orgKeys: OrgKeys;
  readonly principals: PrincipalResolver;
  readonly signIn: SignInLimits;
  readonly log: Logger;
  readonly version: string;
  /** Present when HAVEN_SMTP_URL is set. */
  readonly mailer?: Mailer | undefined;
}
