import type pg from 'pg';
import { referralEmail } from '../mail/messages.js';
import type { Services } from '../services.js';

/** The notification kind of a referral's new state (`referral.accepted`...); also `referral.message` and `referral.consent-withdrawn`. */
export const newsOf = (status: string): string => `referral.${status}`;

/** A user of the other side who was notified in the app, for the e-mail that may follow. */
export interface Recipient {
  readonly email: string;
  readonly language: string;
}

/**
 * Notifies the other side of a referral in the app: `userId` when that user belongs to it (the
 * sender, or whoever accepted), else its administrators and supervisors. The database function
 * does it because the other organisation's users are not readable from this transaction.
 */
export async function notifyOtherSide(c: pg.PoolClient, referralId: string, kind: string, userId: string | null): Promise<Recipient[]> {
  const { rows } = await c.query<{ email: string; language: string }>('SELECT email, language FROM notify_referral_side($1, $2, $3)', [
    referralId,
    kind,
    userId,
  ]);
  return rows;
}

/**
 * When SMTP is configured, the notified users also get an e-mail, after the change is committed.
 * It names the referral's reference and what happened, never the person.
 */
export async function emailRecipients(s: Services, recipients: readonly Recipient[], kind: string, reference: string): Promise<void> {
  if (!s.mailer || recipients.length === 0) return;
  const link = s.config.publicUrl ? new URL('/referrals', s.config.publicUrl).toString() : '';
  await Promise.all(
    recipients.map((r) => {
      const { subject, text } = referralEmail(r.language, { kind, reference, link });
      return s.mailer!.send({ to: r.email, subject, text });
    }),
  );
}
