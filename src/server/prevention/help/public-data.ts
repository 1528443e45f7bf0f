/**
 * What the public help page shows for a country and a language, from the network's help settings
 * and the service directory. Pure: the routes read the rows, these functions choose and shape them.
 *
 * A directory service is listed when it is active, can be phoned, and is either an emergency
 * service or open around the clock (a hotline). Only what reaches the service leaves the server:
 * its name, its organisation's name, phones, web address, e-mail, hours and languages; never a
 * location or an address (a shelter's address must stay hidden).
 */
import type { HelpSettings, PublicContact, PublicHelp, PublicMessageRequest } from '../../../core/prevention/help.js';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { type Schedule, type ServiceStatus, WEEKDAYS, type Weekday } from '../../../core/referrals/directory.js';

/** The columns of a directory service the public page may use (no location, on purpose). */
export interface DirectoryContactRow {
  name: string;
  organization_name: string | null;
  status: ServiceStatus;
  types: string[];
  phones: { number: string; description?: string | undefined }[];
  url: string | null;
  email: string | null;
  always_open: boolean;
  schedules: Pick<Schedule, 'byday' | 'opensAt' | 'closesAt'>[];
  languages: string[];
  countries: string[];
}

/** The directory's rule: active, with a phone, and an emergency service or always open. */
export function listedOnHelpPage(r: Pick<DirectoryContactRow, 'status' | 'phones' | 'types' | 'always_open'>): boolean {
  return r.status === 'active' && r.phones.length > 0 && (r.types.includes('emergency') || r.always_open);
}

/** Written for always-open services, in every language. */
export const ALWAYS_OPEN_HOURS = '24/7';

function weekdayName(day: Weekday, lang: string): string {
  const at = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12)); // 1 January 2024: a Monday
  try {
    return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(at);
  } catch {
    return day;
  }
}

/**
 * Opening hours in words, in the language's weekday names: days with the same hours together, a run
 * of days as a range, e.g. "Mon–Fri 09:00–17:00; Sat 10:00–14:00". Null without any schedule.
 */
export function hoursInWords(alwaysOpen: boolean, schedules: readonly Pick<Schedule, 'byday' | 'opensAt' | 'closesAt'>[], lang: string): string | null {
  if (alwaysOpen) return ALWAYS_OPEN_HOURS;
  if (schedules.length === 0) return null;
  const ofDay = WEEKDAYS.map((day) =>
    schedules
      .filter((s) => s.byday.includes(day))
      .map((s) => `${s.opensAt}–${s.closesAt}`)
      .sort()
      .join(', '),
  );
  const groups: { hours: string; runs: [number, number][] }[] = [];
  ofDay.forEach((hours, i) => {
    if (!hours) return;
    let g = groups.find((x) => x.hours === hours);
    if (!g) {
      g = { hours, runs: [] };
      groups.push(g);
    }
    const last = g.runs[g.runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else g.runs.push([i, i]);
  });
  const name = (i: number) => weekdayName(WEEKDAYS[i]!, lang);
  return groups
    .map((g) => `${g.runs.map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}, ${name(b)}` : `${name(a)}–${name(b)}`)).join(', ')} ${g.hours}`)
    .join('; ');
}

export function directoryContact(r: DirectoryContactRow, lang: string): PublicContact {
  return {
    name: r.name,
    organisation: r.organization_name,
    phones: r.phones.map((p) => ({ number: p.number, description: p.description ?? null })),
    url: r.url,
    email: r.email,
    hours: hoursInWords(r.always_open, r.schedules, lang),
    languages: r.languages,
    alwaysOpen: r.always_open,
    source: 'directory',
  };
}

export function configuredContact(c: HelpSettings['countries'][number]['contacts'][number]): PublicContact {
  return {
    name: c.name,
    organisation: null,
    phones: c.phone ? [{ number: c.phone, description: null }] : [],
    url: c.url ?? null,
    email: c.email ?? null,
    hours: c.hours ?? (c.alwaysOpen ? ALWAYS_OPEN_HOURS : null),
    languages: c.languages,
    alwaysOpen: c.alwaysOpen,
    source: 'configured',
  };
}

/** The hotline organisation that receives a message written from a country (its own, else the default); null: none. */
export function hotlineFor(s: Pick<HelpSettings, 'hotlineOrgId' | 'countries'>, country: string | null | undefined): string | null {
  const own = country ? s.countries.find((c) => c.country === country)?.hotlineOrgId : null;
  return own ?? s.hotlineOrgId ?? null;
}

/**
 * The public page's data. `directoryCountries`: the countries of the services that qualify;
 * `services`: those of the chosen country (rows that do not qualify are left out here too).
 */
export function publicHelpOf(
  s: HelpSettings,
  asked: { country?: string | undefined; lang: UiLanguage },
  directoryCountries: readonly string[],
  services: readonly DirectoryContactRow[],
): PublicHelp {
  const country = asked.country ?? s.defaultCountry ?? null;
  const countries = [...new Set([...s.countries.map((c) => c.country), ...(s.useDirectory ? directoryCountries : [])])].sort();
  const configured = country ? s.countries.find((c) => c.country === country) : undefined;
  const contacts = [
    ...(configured?.contacts ?? []).map(configuredContact),
    ...(s.useDirectory && country
      ? services.filter((r) => listedOnHelpPage(r) && r.countries.includes(country)).map((r) => directoryContact(r, asked.lang))
      : []),
  ];
  return {
    country,
    countries,
    exitUrl: s.exitUrl,
    messagesOpen: hotlineFor(s, country) !== null,
    intro: s.intro[asked.lang] ?? null,
    advice: s.advice[asked.lang] ?? null,
    countryNote: configured?.notes[asked.lang] ?? null,
    contacts,
  };
}

/** What the hotline operator reads of a message: the message, the signs chosen, the country, how to reply (English labels). */
export function messageSummary(m: PublicMessageRequest, signTitle: (id: string) => string | undefined): string {
  const parts = [m.message.trim()];
  if (m.signs.length > 0) parts.push(`Warning signs chosen: ${m.signs.map((id) => (signTitle(id) ? `${signTitle(id)} (${id})` : id)).join('; ')}`);
  parts.push(`Country: ${m.country ?? 'not given'}`);
  parts.push(replyLine(m));
  return parts.join('\n\n');
}

function replyLine(m: PublicMessageRequest): string {
  if (m.replyBy === 'none' || !m.replyTo?.trim()) return 'Reply: none asked (the visitor left no way to answer).';
  return `Reply by ${m.replyBy}: ${m.replyTo.trim()}`;
}

/** Whether the visitor asked for an answer and left a way to reach them. */
export function wantsReply(m: Pick<PublicMessageRequest, 'replyBy' | 'replyTo'>): boolean {
  return m.replyBy !== 'none' && Boolean(m.replyTo?.trim());
}
