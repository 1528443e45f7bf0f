/**
 * The words of a text for a blind index: lower case, without accents, split on anything that is
 * not a letter or a digit, 3 to 40 characters, each once. The server keeps only keyed hashes of
 * them, so a sealed text can be searched by whole words without being readable in the database.
 */
export function searchWords(text: string, max = 400): string[] {
  const words = new Set<string>();
  // Greek final sigma is the same letter as sigma (upper case has one form).
  for (const raw of text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length >= 3 && raw.length <= 40) words.add(raw);
    if (words.size >= max) break;
  }
  return [...words];
}
