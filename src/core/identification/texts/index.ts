import type { UiLanguage } from '../../platform/roles.js';
import type { InstrumentTexts } from '../instrument.js';
import { EL } from './el.js';
import { EN } from './en.js';
import { KK } from './kk.js';
import { LT } from './lt.js';
import { BS } from './bs.js';
import { MK } from './mk.js';
import { RU } from './ru.js';
import { SQ } from './sq.js';
import { SR } from './sr.js';
import { UK } from './uk.js';

/**
 * The instruments' texts in every UI language. The structure, strengths and results do not depend
 * on the language; a language added to the UI later falls back to English until it has its texts.
 */
const TEXTS: Partial<Record<UiLanguage, InstrumentTexts>> = { en: EN, el: EL, ru: RU, lt: LT, uk: UK, sq: SQ, sr: SR, bs: BS, mk: MK, kk: KK };

export function instrumentTexts(language: UiLanguage): InstrumentTexts {
  return TEXTS[language] ?? EN;
}

/** The languages whose instrument texts are written. */
export const INSTRUMENT_LANGUAGES = Object.keys(TEXTS) as UiLanguage[];
