import { describe, expect, it } from 'vitest';
import { helpSettings, helpSettingsRequest } from '../../../core/prevention/help.js';
import { draftOf, emptyContact, emptyCountry, fieldOf, languageOfField, languagesOf, previewUrl, requestOf } from './draft.js';

const ORG = '00000000-0000-4000-8000-00000000000a';

describe('the help settings form', () => {
  it('turns saved settings into a draft and back into the same request', () => {
    const saved = helpSettings.parse({
      version: 4,
      defaultCountry: 'GRC',
      hotlineOrgId: ORG,
      countries: [{ country: 'GRC', contacts: [{ name: 'Line', phone: '+30 1', languages: ['el', 'en'], alwaysOpen: true }], notes: { el: 'Σημείωση' } }],
      intro: { en: 'Hello' },
    });
    const request = helpSettingsRequest.parse(requestOf(draftOf(saved)));
    const { version, ...rest } = saved;
    expect(request).toEqual({ ...rest, version });
  });

  it('leaves blanks out, trims, and splits languages', () => {
    const d = draftOf(helpSettings.parse({ version: 0 }));
    const country = emptyCountry('ALB');
    country.contacts = [{ ...emptyContact(), name: ' Line ', phone: ' ', languages: 'SQ, en;ru' }];
    country.notes.en = '  ';
    d.countries = [country];
    d.intro.ru = ' Привет ';
    const r = requestOf(d) as { countries: { contacts: Record<string, unknown>[]; notes: object; hotlineOrgId: unknown }[]; intro: object };
    expect(r.countries[0]!.contacts[0]).toEqual({ name: 'Line', languages: ['sq', 'en', 'ru'], alwaysOpen: false });
    expect(r.countries[0]!.notes).toEqual({});
    expect(r.countries[0]!.hotlineOrgId).toBeNull();
    expect(r.intro).toEqual({ ru: 'Привет' });
    expect(helpSettingsRequest.safeParse(r).success).toBe(true);
    expect(languagesOf(' ')).toEqual([]);
  });

  it('shows errors at the form’s fields, in the language of a text', () => {
    expect(fieldOf(['countries', 1, 'hotlineOrgId'])).toBe('countries.1.hotlineOrgId');
    expect(fieldOf(['countries', 0, 'contacts', 2, 'languages', 1])).toBe('countries.0.contacts.2.languages');
    expect(languageOfField('intro.ru')).toBe('ru');
    expect(languageOfField('countries.0.notes.el')).toBe('el');
    expect(languageOfField('exitUrl')).toBeUndefined();
    expect(previewUrl('GRC', 'ru')).toBe('/help?country=GRC&lang=ru');
    expect(previewUrl('', 'en')).toBe('/help?lang=en');
  });
});
