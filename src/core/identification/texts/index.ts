import type { UiLanguage } from '../../platform/roles.js';
import type { InstrumentTexts } from '../instrument.js';
import { EN } from './en.js';

/**
 * The instruments' texts by UI language. A language without its own texts yet falls back to
 * English (the structure, strengths and results do not depend on the language).
 */
const TEXTS: Partial<Record<UiLanguage, InstrumentTexts>> = { en: EN };

export function instrumentTexts(language: UiLanguage): InstrumentTexts {
  return TEXTS[language] ?? EN;
}

/** The languages whose instrument texts are written. */
export const INSTRUMENT_LANGUAGES = Object.keys(TEXTS) as UiLanguage[];
