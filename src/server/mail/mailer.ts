import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

/** Sends e-mail through the SMTP server of HAVEN_SMTP_URL (smtp:// or smtps://user:password@host:port). */
export interface Mailer {
  /** True when the message was accepted by the SMTP server; failures are logged (code only) and return false. */
  send(message: { to: string; subject: string; text: string }): Promise<boolean>;
  close(): void;
}

export function createMailer(smtpUrl: string | undefined, from: string, log: Logger): Mailer | undefined {
  if (!smtpUrl) return undefined;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ to, subject, text }) {
      try {
        await transport.sendMail({ from, to, subject, text });
        return true;
      } catch (err) {
        // The address and the text are personal data: only the error code goes to the log.
        log.error({ errCode: (err as { code?: string }).code ?? 'EMAIL' }, 'e-mail not sent');
        return false;
      }
    },
    close: () => transport.close(),
  };
}
