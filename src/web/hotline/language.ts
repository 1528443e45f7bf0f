/** Searching the language of a contact by its name or its ISO 639 code. Pure. */
import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Options whose name contains the words typed, or whose code is what was typed (uk, ukr…), the code matches first. */
export function matchLanguages<T extends { value: string; label: string }>(options: readonly T[], search: string, limit = Number.POSITIVE_INFINITY): T[] {
  const q = fold(search.trim());
  if (!q) return options.slice(0, limit);
  const byCode = options.filter((o) => o.value === q);
  const byName = options.filter((o) => o.value !== q && fold(o.label).includes(q));
  return [...byCode, ...byName].slice(0, limit);
}

/** Mantine's `filter` for a flat list of languages. */
export function languageFilter({ options, search, limit }: { options: ComboboxParsedItem[]; search: string; limit: number }): ComboboxParsedItem[] {
  const flat = options.filter((o): o is ComboboxItem => 'value' in o);
  return matchLanguages(flat, search, limit);
}
