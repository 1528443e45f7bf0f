/**
 * The public safe-migration page (issue 8), served at /help without sign-in: check a job offer for
 * the warning signs of deceptive recruitment, find the hotline for one's country, leave quickly.
 * Nothing the visitor types is stored or sent unless they choose to write to the hotline; the
 * check runs in the browser (the same engine also answers the stateless public API).
 *
 * The network configures the page without code changes (help settings): its texts per language,
 * the countries it covers with their hotline and help contacts, the neutral site of the quick exit,
 * and which organisation's hotline queue receives the messages.
 */
import { z } from 'zod';
import { text } from '../cases/person.js';
import { countryCode, uiLanguage, uuid } from '../platform/schemas.js';

/** The warning signs of deceptive recruitment, in the order the page asks about them. */
export const SIGN_IDS = [
  'worker-pays-fees',
  'documents-kept',
  'pay-too-good',
  'no-written-contract',
  'unverifiable-employer',
  'travel-paid-by-others',
  'tourist-visa',
  'secrecy',
  'pressure-to-decide',
] as const;
export type SignId = (typeof SIGN_IDS)[number];

/** An answer to a question of the checker: each question is asked so that `yes` is the warning. */
export const OFFER_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type OfferAnswer = (typeof OFFER_ANSWERS)[number];

export const MAX_OFFER_TEXT = 20_000;

export const jobOfferCheckRequest = z.strictObject({
  text: z.string().max(MAX_OFFER_TEXT).optional(),
  answers: z.partialRecord(z.enum(SIGN_IDS), z.enum(OFFER_ANSWERS)).optional(),
  lang: uiLanguage.default('en'),
});
export type JobOfferCheckRequest = z.infer<typeof jobOfferCheckRequest>;

export const offerSign = z.object({
  id: z.enum(SIGN_IDS),
  title: z.string(),
  /** Why it matters. */
  explanation: z.string(),
  /** What to check before going. */
  check: z.string(),
  /** Where it was seen: an answer, the offer's text, or both. */
  from: z.enum(['answer', 'text', 'both']),
  /** The words of the offer's text that showed it (at most a few, as written). */
  evidence: z.array(z.string()),
});
export type OfferSign = z.infer<typeof offerSign>;

export const jobOfferCheckResponse = z.object({
  signs: z.array(offerSign),
  /** Questions answered "unsure": things to find out before deciding. */
  unsure: z.array(z.object({ id: z.enum(SIGN_IDS), title: z.string(), check: z.string() })),
});
export type JobOfferCheckResponse = z.infer<typeof jobOfferCheckResponse>;

/** A help contact the network lists by hand (when the service directory lacks it). */
export const helpContact = z.strictObject({
  name: text(200).min(1),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+\d][\d ()./-]*$/, 'a phone number like +30 210 1234567')
    .optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'a web address starting with https://' })
    .max(500)
    .optional(),
  email: z.email().max(254).optional(),
  /** Opening hours in words, e.g. "every day, 9:00-21:00". */
  hours: text(200).optional(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(20)
    .default([]),
  alwaysOpen: z.boolean().default(false),
});
export type HelpContact = z.infer<typeof helpContact>;

const languageTexts = z.partialRecord(uiLanguage, text(4000));

export const helpCountry = z.strictObject({
  country: countryCode,
  /** The organisation whose hotline queue receives messages written from this country (else the default). */
  hotlineOrgId: uuid.nullable().default(null),
  contacts: z.array(helpContact).max(30).default([]),
  /** What is special about this country (its rules for work permits, its labour inspectorate), per language. */
  notes: languageTexts.default({}),
});
export type HelpCountry = z.infer<typeof helpCountry>;

const helpSettingsFields = {
  /** The country shown first. */
  defaultCountry: countryCode.nullable().default(null),
  /** Where the quick exit goes: a neutral site. */
  exitUrl: z
    .url({ protocol: /^https$/, error: 'a web address starting with https://' })
    .max(500)
    .default('https://www.google.com/'),
  /** The organisation whose hotline queue receives messages from the page; null: the page offers no form. */
  hotlineOrgId: uuid.nullable().default(null),
  /** Whether the page also lists the directory's hotline and emergency services of the country. */
  useDirectory: z.boolean().default(true),
  countries: z
    .array(helpCountry)
    .max(60)
    .default([])
    .refine((cs) => new Set(cs.map((c) => c.country)).size === cs.length, 'each country once'),
  /** The page's own words, per language, replacing the defaults: its introduction and the advice after a check. */
  intro: languageTexts.default({}),
  advice: languageTexts.default({}),
};

export const helpSettingsRequest = z.strictObject({ ...helpSettingsFields, version: z.number().int().min(0) });
export type HelpSettingsRequest = z.infer<typeof helpSettingsRequest>;
export const helpSettings = z.object({ ...helpSettingsFields, version: z.number() });
export type HelpSettings = z.infer<typeof helpSettings>;

export const publicHelpQuery = z.strictObject({ country: countryCode.optional(), lang: uiLanguage.default('en') });
export type PublicHelpQuery = z.infer<typeof publicHelpQuery>;

export const publicContact = z.object({
  name: z.string(),
  organisation: z.string().nullable(),
  phones: z.array(z.object({ number: z.string(), description: z.string().nullable() })),
  url: z.string().nullable(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
  languages: z.array(z.string()),
  alwaysOpen: z.boolean(),
  source: z.enum(['directory', 'configured']),
});
export type PublicContact = z.infer<typeof publicContact>;

/** What the public page needs for one country and language: never an address, never a person. */
export const publicHelp = z.object({
  country: countryCode.nullable(),
  /** Countries the page covers (configured, or with directory services). */
  countries: z.array(countryCode),
  exitUrl: z.string(),
  /** Whether the visitor may write to a hotline from the page. */
  messagesOpen: z.boolean(),
  intro: z.string().nullable(),
  advice: z.string().nullable(),
  countryNote: z.string().nullable(),
  contacts: z.array(publicContact),
});
export type PublicHelp = z.infer<typeof publicHelp>;

/** What a visitor chose to send to the hotline. */
export const publicMessageRequest = z.strictObject({
  lang: uiLanguage,
  country: countryCode.optional(),
  message: text(4000).min(1),
  /** How the hotline may answer, if at all. */
  replyBy: z.enum(['none', 'phone', 'email']).default('none'),
  replyTo: text(254).optional(),
  /** The warning signs the visitor chose to include. */
  signs: z.array(z.enum(SIGN_IDS)).max(SIGN_IDS.length).default([]),
});
export type PublicMessageRequest = z.infer<typeof publicMessageRequest>;

export const publicMessageResponse = z.object({ received: z.literal(true) });
