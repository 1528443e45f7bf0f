/**
 * Languages a person speaks: ISO 639-1 codes, and a few ISO 639-3 codes of languages without one
 * that people met in anti-trafficking work speak (Romani, Dari, Central Kurdish, Cantonese).
 * Names come from the browser in the interface language, as country names do.
 */
export const LANGUAGE_CODES: readonly string[] = [
  ...'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu'.split(
    ' ',
  ),
  'rom',
  'prs',
  'ckb',
  'yue',
];

export interface LanguageOption {
  value: string;
  label: string;
}

const cache = new Map<string, LanguageOption[]>();

/** A language's name in the given locale; the code itself if the browser does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every language, named and sorted in the given locale. */
export function languageOptions(locale: string): LanguageOption[] {
  const known = cache.get(locale);
  if (known) return known;
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const options = LANGUAGE_CODES.map((code) => {
    let label = code;
    try {
      label = names.of(code) ?? code;
    } catch {
      // An unknown code keeps its code as its name.
    }
    return { value: code, label };
  }).sort((a, b) => collator.compare(a.label, b.label));
  cache.set(locale, options);
  return options;
}
