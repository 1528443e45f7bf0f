import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { UI_LANGUAGES, type UiLanguage } from '../../core/platform/roles.js';
import { packageRoot } from '../package-info.js';

/**
 * E-mail texts, in the recipient's language. They live with every other
 * user-facing string in the locale files (`src/web/locales/<lang>/email.json`),
 * so translators and the locale tests see them too.
 */

type Texts = Record<string, Record<string, string>>;
const cache = new Map<UiLanguage, Texts>();

function texts(language: UiLanguage): Texts {
  let found = cache.get(language);
  if (!found) {
    const file = path.join(packageRoot(), 'src', 'web', 'locales', language, 'email.json');
    found = JSON.parse(fs.readFileSync(file, 'utf8')) as Texts;
    cache.set(language, found);
  }
  return found;
}

function format(language: UiLanguage, group: string, key: string, values: Record<string, string>): string {
  const message = texts(language)[group]?.[key] ?? texts('en')[group]?.[key] ?? '';
  return String(new IntlMessageFormat(message, language).format(values));
}

export interface InvitationValues {
  readonly name: string;
  readonly organisation: string;
  readonly network: string;
  readonly link: string;
  readonly expires: Date;
}

export function invitationEmail(language: string, v: InvitationValues): { subject: string; text: string } {
  const lang = (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
  const expires = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(v.expires);
  const values = { name: v.name, organisation: v.organisation, network: v.network, link: v.link, expires: `${expires} UTC` };
  return { subject: format(lang, 'invitation', 'subject', values), text: format(lang, 'invitation', 'body', values) };
}

export interface ReferralEmailValues {
  /** A notification kind, e.g. referral.accepted. */
  readonly kind: string;
  readonly reference: string;
  /** The referrals page of this Haven (empty when the public address is not configured). */
  readonly link: string;
}

/** News on a referral: its reference and what happened, never the person. */
export function referralEmail(language: string, v: ReferralEmailValues): { subject: string; text: string } {
  const lang = (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
  const event = format(lang, 'referralEvents', v.kind.replace(/^referral\./, ''), {});
  const values = { reference: v.reference, event, link: v.link || 'Haven' };
  return { subject: format(lang, 'referral', 'subject', values), text: format(lang, 'referral', 'body', values) };
}
