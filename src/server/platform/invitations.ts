import type pg from 'pg';
import { hashSecret, newSecret } from '../http/principal.js';
import { invitationEmail } from '../mail/messages.js';
import type { Services } from '../services.js';

const INVITATION_DAYS = 7;

/** A one-time link for an invited user, and the e-mail that can carry it. */
export interface Invitation {
  /** Absolute when HAVEN_PUBLIC_URL is set, else a path on this server. */
  readonly url: string;
  readonly expiresAt: Date;
  /** What the e-mail needs, gathered inside the transaction; sent after it commits. */
  readonly letter: { to: string; language: string; name: string; organisation: string; network: string };
}

/** Creates (or replaces) the user's invitation, in the caller's transaction of the user's organisation. */
export async function createInvitation(s: Services, c: pg.PoolClient, orgId: string, userId: string, createdBy: string | null): Promise<Invitation> {
  const token = newSecret();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  await c.query('DELETE FROM invitations WHERE org_id = $1 AND user_id = $2', [orgId, userId]);
  await c.query('INSERT INTO invitations (token_hash, org_id, user_id, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    hashSecret(token),
    orgId,
    userId,
    createdBy,
    expiresAt,
  ]);
  const { rows } = await c.query<{ email: string; name: string; language: string; organisation: string; network: string }>(
    `SELECT u.email, u.name, u.language, o.name AS organisation, coalesce((SELECT name FROM network), '') AS network
       FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = $1 AND u.org_id = $2`,
    [userId, orgId],
  );
  const row = rows[0];
  if (!row) throw new Error('invited user not found');
  const path = `/invite/${token}`;
  return {
    url: s.config.publicUrl ? new URL(path, s.config.publicUrl).toString() : path,
    expiresAt,
    letter: { to: row.email, language: row.language, name: row.name, organisation: row.organisation, network: row.network },
  };
}

/**
 * E-mails the link when SMTP is configured. Links in e-mail must be absolute, and are
 * built only from HAVEN_PUBLIC_URL, never from the request's Host header (which a
 * caller controls). Returns whether the message was accepted.
 */
export async function emailInvitation(s: Services, inv: Invitation): Promise<boolean> {
  if (!s.mailer || !s.config.publicUrl) return false;
  const { subject, text } = invitationEmail(inv.letter.language, { ...inv.letter, link: inv.url, expires: inv.expiresAt });
  return s.mailer.send({ to: inv.letter.to, subject, text });
}
