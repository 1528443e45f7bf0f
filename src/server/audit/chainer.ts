import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { chainAudit } from './store.js';

/** How often the platform chains the audit entries appended since the last time. */
export const CHAIN_EVERY_MS = 200;

export interface AuditChainer {
  /** Stops the timer and chains what is left. */
  stop(): Promise<void>;
}

/**
 * Chains new audit entries every CHAIN_EVERY_MS (see 0003_audit_chained_after.sql): requests append
 * their entries without waiting for one another, and the chain catches up within a moment.
 */
export function startAuditChainer(db: Database, log: Logger): AuditChainer {
  let running: Promise<unknown> | undefined;
  let stopped = false;
  const tick = () => {
    running = chainAudit(db.owner)
      .catch((err: unknown) => log.error({ code: 'audit_chain_failed', pgCode: (err as { code?: string }).code }, 'audit chaining failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(() => {
    // One at a time: a slow round (a backlog, a lister holding the chain) is not joined by more.
    if (!stopped && !running) tick();
  }, CHAIN_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      while ((await chainAudit(db.owner).catch(() => 0)) > 0) {
        // chain what the last requests appended
      }
    },
  };
}
