import { type AddressInfo, createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedInUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** A real SMTP server (the smtp-server package) on loopback that keeps what it receives. */
interface Received {
  to: string[];
  subject: string;
  text: string;
}

let smtp: SMTPServer;
let port = 0;
const inbox: Received[] = [];
let p: TestPlatform;
let admin: SignedInUser;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  port = (smtp.server.address() as AddressInfo).port;
  p = await startTestPlatform({
    env: { HAVEN_SMTP_URL: `smtp://127.0.0.1:${port}`, HAVEN_PUBLIC_URL: 'https://haven.example.org', HAVEN_MAIL_FROM: 'Haven <no-reply@example.org>' },
  });
  admin = await setUp(p.url);
});
afterAll(async () => {
  await p?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('invitation e-mail', () => {
  it('sends the link to the invited user, in the language of the administrator who invited them', async () => {
    await admin.client.patch('/api/me', { language: 'el' });
    const res = await admin.client.post<{ inviteUrl: string; emailed: boolean }>('/api/users/invitations', {
      email: 'maria@example.org',
      name: 'Μαρία Παπαδοπούλου',
      roles: ['caseworker'],
    });
    expect(res.status).toBe(201);
    expect(res.body.emailed).toBe(true);
    const mail = inbox.find((m) => m.to.includes('maria@example.org'));
    expect(mail?.subject).toBe('Πρόσκληση στον φορέα Helping Hands στο Haven');
    expect(mail?.text).toContain(res.body.inviteUrl);
    expect(mail?.text).toContain('Μαρία Παπαδοπούλου');
    expect(res.body.inviteUrl).toMatch(/^https:\/\/haven\.example\.org\/invite\//);
  });

  it('says so, without failing the invitation, when the SMTP server is down', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const a = s.address() as AddressInfo;
        s.close(() => resolve(a.port));
      });
    });
    const down = await startTestPlatform({ env: { HAVEN_SMTP_URL: `smtp://127.0.0.1:${closed}`, HAVEN_PUBLIC_URL: 'https://haven.example.org' } });
    try {
      const a = await setUp(down.url, 'admin2@example.org');
      const res = await a.client.post<{ inviteUrl: string; emailed: boolean }>('/api/users/invitations', {
        email: 'nomail@example.org',
        name: 'No Mail',
        roles: ['analyst'],
      });
      expect(res.status).toBe(201);
      expect(res.body.emailed).toBe(false);
      expect(res.body.inviteUrl).toContain('/invite/');
    } finally {
      await down.close();
    }
  });

  it('e-mails the first administrator of a new organisation', async () => {
    await admin.client.patch('/api/me', { language: 'en' });
    const res = await admin.client.post<{ emailed: boolean }>('/api/organisations', {
      name: 'Shelter Two',
      country: 'SRB',
      type: 'ngo',
      adminEmail: 'first@example.org',
      adminName: 'First Admin',
    });
    expect(res.body.emailed).toBe(true);
    expect(inbox.find((m) => m.to.includes('first@example.org'))?.subject).toBe('Invitation to Shelter Two on Haven');
  });
});
