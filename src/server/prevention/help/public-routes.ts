/**
 * The public help page's routes (no sign-in): what the page shows for a country and language, and a
 * message a visitor chose to send, which arrives as one contact in a hotline's queue.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { todayUtc } from '../../../core/cases/dates.js';
import { publicHelp, publicHelpQuery, publicMessageRequest, publicMessageResponse } from '../../../core/prevention/help.js';
import { appendAudit } from '../../audit/store.js';
import { insertContact, insertFollowUps } from '../../hotline/store.js';
import { HttpError } from '../../http/errors.js';
import { RateLimiter } from '../../http/rate-limit.js';
import { route } from '../../http/route.js';
import { packageRoot } from '../../package-info.js';
import type { Services } from '../../services.js';
import { type DirectoryContactRow, hotlineFor, messageSummary, publicHelpOf, wantsReply } from './public-data.js';
import { readHelpSettings } from './settings-store.js';

/** The directory's services the page may list, by the rule of `listedOnHelpPage` (no location column read). */
const LISTED = `s.status = 'active' AND jsonb_array_length(s.phones) > 0 AND (s.types @> ARRAY['emergency']::text[] OR s.always_open)`;

let signTitles: Record<string, string> | undefined;

/** The English titles of the warning signs (`signs.<id>.title` of the public page's locale), when the file exists. */
function signTitle(id: string): string | undefined {
  if (!signTitles) {
    signTitles = {};
    try {
      const tree = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', 'en', 'help.json'), 'utf8')) as {
        signs?: Record<string, { title?: unknown }>;
      };
      for (const [k, v] of Object.entries(tree.signs ?? {})) if (typeof v?.title === 'string') signTitles[k] = v.title;
    } catch {
      // No titles yet: the ids alone.
    }
  }
  return signTitles[id];
}

export function helpPublicRoutes(s: Services) {
  const limiter = new RateLimiter(5, 10 * 60_000);
  /** The page asks once per load and per change of country or language: 60 a minute is far above a visitor's pace. */
  const pageLimiter = new RateLimiter(60, 60_000);
  return [
    route({
      method: 'GET',
      url: '/api/public/help',
      access: 'public',
      tag: 'prevention',
      summary:
        'The public help page’s data for a country (else the default) and a language: the countries covered, the quick exit, whether messages are open, ' +
        'the texts (null: the page’s defaults) and the help contacts (configured, then the directory’s emergency and always-open services; never an address)',
      query: publicHelpQuery,
      response: publicHelp,
      handler: async ({ query, ip }) => {
        pageLimiter.check(ip);
        const data = await s.db.anonymous(async (c) => {
          const settings = await readHelpSettings(c);
          const country = query.country ?? settings.defaultCountry;
          let directoryCountries: string[] = [];
          let services: DirectoryContactRow[] = [];
          if (settings.useDirectory) {
            const cs = await c.query<{ country: string }>(`SELECT DISTINCT unnest(s.countries) AS country FROM directory_services s WHERE ${LISTED}`);
            directoryCountries = cs.rows.map((r) => r.country);
            if (country) {
              const found = await c.query<DirectoryContactRow>(
                `SELECT s.name, o.name AS organization_name, s.status, s.types, s.phones, s.url, s.email, s.always_open, s.schedules, s.languages, s.countries
                   FROM directory_services s JOIN directory_organizations o ON o.id = s.organization_id
                  WHERE ${LISTED} AND s.countries @> ARRAY[$1]::text[]
                  ORDER BY s.always_open DESC, lower(s.name), s.id LIMIT 50`,
                [country],
              );
              services = found.rows;
            }
          }
          return publicHelpOf(settings, query, directoryCountries, services);
        });
        return { body: data, headers: { 'cache-control': 'public, max-age=300' } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/public/help/messages',
      access: 'public',
      tag: 'prevention',
      summary:
        'A message from a visitor of the public help page: it arrives as one contact (channel web-form) in the queue of the hotline set for the country ' +
        '(else the default); 409 `help_messages_closed` when there is none. At most 5 per 10 minutes from one address.',
      body: publicMessageRequest,
      response: publicMessageResponse,
      handler: async ({ body, ip }) => {
        limiter.check(ip);
        if (body.replyBy !== 'none') {
          const to = body.replyTo?.trim() ?? '';
          const ok = body.replyBy === 'email' ? z.email().safeParse(to).success : /^[+\d][\d ()./-]{2,39}$/.test(to);
          if (!ok)
            throw new HttpError(
              400,
              'validation_failed',
              `replyTo: ${body.replyBy === 'email' ? 'an e-mail address' : 'a phone number'} to answer to.`,
              'replyTo',
            );
        }
        const settings = await s.db.anonymous((c) => readHelpSettings(c));
        const orgId = hotlineFor(settings, body.country);
        if (!orgId) throw new HttpError(409, 'help_messages_closed', 'Messages cannot be sent from this page: no hotline receives them.');
        // The hotline organisation's own transaction (no user): its contact, sealed with its key, in its audit chain.
        await s.db.tenant({ orgId }, async (c) => {
          const key = await s.orgKeys.keyFor(c, orgId);
          const id = randomUUID();
          const reply = wantsReply(body);
          const facts = {
            channel: 'web-form' as const,
            direction: 'inbound' as const,
            startedAt: new Date().toISOString(),
            durationSeconds: 0,
            language: body.lang,
            caller: reply ? ('person-concerned' as const) : ('anonymous' as const),
            reasons: ['advice-before-abroad'],
            danger: 'none' as const,
            emergencySteps: [],
            personId: null,
            caseId: null,
          };
          const text = { summary: messageSummary(body, signTitle), advice: '', servicesSuggested: '' };
          // No operator logged it: the contact has no creator (operator_id is nullable, as for an operator since removed).
          await insertContact(c, key, orgId, null, id, facts, text);
          if (reply) await insertFollowUps(c, key, orgId, id, [{ id: randomUUID(), due: todayUtc(), note: `Answer the visitor by ${body.replyBy}.` }]);
          await appendAudit(c, {
            orgId,
            actorId: null,
            actorEmail: null,
            action: 'help.message',
            recordType: 'contact',
            recordId: id,
            ip: null,
            outcome: 'success',
          });
        });
        return { status: 202, body: { received: true } };
      },
    }),
  ];
}
