import { describe, expect, it } from 'vitest';
import { courseLanguage, localOf } from './local.js';

describe('localOf', () => {
  it('prefers the language, then the fallback, then any text', () => {
    expect(localOf({ en: 'Hello', el: 'Γεια' }, 'el', 'en')).toBe('Γεια');
    expect(localOf({ en: 'Hello', el: ' ' }, 'el', 'en')).toBe('Hello');
    expect(localOf({ ru: 'Привет' }, 'el', 'en')).toBe('Привет');
    expect(localOf(undefined, 'el', 'en')).toBe('');
  });
  it('shows a course in the wanted language when it has it', () => {
    expect(courseLanguage({ languages: ['en', 'el'], defaultLanguage: 'en' }, 'el')).toBe('el');
    expect(courseLanguage({ languages: ['en', 'el'], defaultLanguage: 'en' }, 'uk')).toBe('en');
  });
});
