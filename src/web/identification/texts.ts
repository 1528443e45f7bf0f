import { useTranslation } from 'react-i18next';
import type { InstrumentTexts } from '../../core/identification/instrument.js';
import { instrumentTexts } from '../../core/identification/texts/index.js';
import { isUiLanguage } from '../i18n/languages.js';

/** The instruments' texts in the interface language (bundled: they work offline). */
export function useInstrumentTexts(): InstrumentTexts {
  const { i18n } = useTranslation();
  return instrumentTexts(isUiLanguage(i18n.language) ? i18n.language : 'en');
}
