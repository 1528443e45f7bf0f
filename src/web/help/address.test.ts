import { describe, expect, it } from 'vitest';
import { previewUrl } from '../prevention/help-settings/draft.js';
import { askedCountry } from './address.js';

describe('the country asked in the public page’s address', () => {
  it('is the one of the settings page’s preview link', () => {
    expect(askedCountry(new URL(previewUrl('GRC', 'ru'), 'https://haven.example').search)).toBe('GRC');
    expect(askedCountry(new URL(previewUrl('', 'ru'), 'https://haven.example').search)).toBeNull();
  });

  it('accepts lower case and ignores anything that is not an alpha-3 code', () => {
    expect(askedCountry('?country=grc')).toBe('GRC');
    for (const bad of ['', '?country=', '?country=GR', '?country=GREECE', '?country=%3Cscript%3E', '?country=G1C', '?lang=ru']) {
      expect(askedCountry(bad), bad).toBeNull();
    }
  });
});
