import { describe, expect, it } from 'vitest';
import { helpSettings, publicMessageRequest } from '../../../core/prevention/help.js';
import { type DirectoryContactRow, hotlineFor, hoursInWords, listedOnHelpPage, messageSummary, publicHelpOf, wantsReply } from './public-data.js';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';

const row = (extra: Partial<DirectoryContactRow> = {}): DirectoryContactRow => ({
  name: 'Line',
  organization_name: 'Org',
  status: 'active',
  types: ['emergency'],
  phones: [{ number: '+30 1' }],
  url: null,
  email: null,
  always_open: false,
  schedules: [],
  languages: ['el'],
  countries: ['GRC'],
  ...extra,
});

describe('the directory rule', () => {
  it('lists active services with a phone that are emergency services or always open', () => {
    expect(listedOnHelpPage(row())).toBe(true);
    expect(listedOnHelpPage(row({ types: ['shelter'], always_open: true }))).toBe(true);
    expect(listedOnHelpPage(row({ types: ['shelter'] }))).toBe(false);
    expect(listedOnHelpPage(row({ phones: [] }))).toBe(false);
    expect(listedOnHelpPage(row({ status: 'temporarily closed' }))).toBe(false);
  });
});

describe('hoursInWords', () => {
  it('groups days with the same hours into runs, in the language’s weekday names', () => {
    const week = [
      { byday: ['MO', 'TU', 'WE', 'TH', 'FR'] as const, opensAt: '09:00', closesAt: '17:00' },
      { byday: ['SA'] as const, opensAt: '10:00', closesAt: '14:00' },
    ].map((s) => ({ ...s, byday: [...s.byday] }));
    expect(hoursInWords(false, week, 'en')).toBe('Mon–Fri 09:00–17:00; Sat 10:00–14:00');
    expect(hoursInWords(false, [{ byday: ['MO', 'WE'], opensAt: '09:00', closesAt: '12:00' }], 'en')).toBe('Mon, Wed 09:00–12:00');
    expect(hoursInWords(false, [{ byday: ['MO', 'TU'], opensAt: '09:00', closesAt: '12:00' }], 'en')).toBe('Mon, Tue 09:00–12:00');
    expect(hoursInWords(false, week, 'ru')).toMatch(/^пн–пт 09:00–17:00; сб 10:00–14:00$/i);
  });
  it('says 24/7 for a service always open, and nothing without schedules', () => {
    expect(hoursInWords(true, [], 'en')).toBe('24/7');
    expect(hoursInWords(false, [], 'en')).toBeNull();
  });
});

describe('publicHelpOf', () => {
  const settings = helpSettings.parse({
    version: 3,
    defaultCountry: 'GRC',
    hotlineOrgId: ORG_A,
    countries: [
      { country: 'GRC', hotlineOrgId: ORG_B, contacts: [{ name: 'Configured', phone: '+30 2', alwaysOpen: true }], notes: { en: 'Greek note' } },
      { country: 'ALB', contacts: [] },
    ],
    intro: { en: 'Intro' },
  });

  it('puts configured contacts first, then qualifying directory services of the country; texts of the language or null', () => {
    const data = publicHelpOf(
      settings,
      { lang: 'en' },
      ['CYP', 'GRC'],
      [row({ name: 'Dir' }), row({ name: 'Shelter', types: ['shelter'] }), row({ name: 'Elsewhere', countries: ['CYP'] })],
    );
    expect(data.country).toBe('GRC');
    expect(data.countries).toEqual(['ALB', 'CYP', 'GRC']);
    expect(data.contacts.map((c) => [c.name, c.source, c.hours])).toEqual([
      ['Configured', 'configured', '24/7'],
      ['Dir', 'directory', null],
    ]);
    expect(data).toMatchObject({ intro: 'Intro', advice: null, countryNote: 'Greek note', messagesOpen: true });
    expect(publicHelpOf(settings, { lang: 'ru' }, [], [])).toMatchObject({ intro: null, countryNote: null });
  });

  it('leaves the directory out when it is not used, and answers no contacts for a country not covered', () => {
    const off = { ...settings, useDirectory: false };
    const data = publicHelpOf(off, { lang: 'en' }, ['CYP'], [row()]);
    expect(data.countries).toEqual(['ALB', 'GRC']);
    expect(data.contacts.map((c) => c.source)).toEqual(['configured']);
    expect(publicHelpOf(settings, { country: 'XXX', lang: 'en' }, [], []).contacts).toEqual([]);
  });

  it('chooses the country’s hotline, else the default, else none', () => {
    expect(hotlineFor(settings, 'GRC')).toBe(ORG_B);
    expect(hotlineFor(settings, 'ALB')).toBe(ORG_A);
    expect(hotlineFor(settings, undefined)).toBe(ORG_A);
    expect(hotlineFor({ ...settings, hotlineOrgId: null }, 'ALB')).toBeNull();
    expect(publicHelpOf({ ...settings, hotlineOrgId: null, defaultCountry: null }, { lang: 'en' }, [], []).messagesOpen).toBe(false);
  });
});

describe('messageSummary', () => {
  it('writes the message, the signs with their titles, the country and how to reply', () => {
    const m = publicMessageRequest.parse({
      lang: 'ru',
      country: 'GRC',
      message: ' Help ',
      signs: ['secrecy', 'tourist-visa'],
      replyBy: 'phone',
      replyTo: '+30 3',
    });
    const text = messageSummary(m, (id) => (id === 'secrecy' ? 'Secrecy' : undefined));
    expect(text).toBe('Help\n\nWarning signs chosen: Secrecy (secrecy); tourist-visa\n\nCountry: GRC\n\nReply by phone: +30 3');
    expect(wantsReply(m)).toBe(true);
    const anonymous = publicMessageRequest.parse({ lang: 'en', message: 'Hi' });
    expect(messageSummary(anonymous, () => undefined)).toContain('Reply: none asked');
    expect(wantsReply(anonymous)).toBe(false);
  });
});
