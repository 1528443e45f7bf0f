/**
 * Text normalisation for the job-offer check: lower case, compatibility decomposition (NFKD), no
 * diacritics or Greek accents, final sigma as sigma, đ as dj. Each character of the result keeps
 * the position of the character it came from, so that a match can be quoted as the visitor wrote it.
 */

const MARKS = /\p{M}/gu;

export interface Normalised {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the index in the original string of the character it came from. */
  readonly origin: readonly number[];
}

function normaliseChar(ch: string): string {
  const n = ch.toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (n === 'ς') return 'σ';
  if (n === 'đ') return 'dj';
  return n;
}

export function normalise(input: string): Normalised {
  const parts: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of input) {
    const n = normaliseChar(ch);
    parts.push(n);
    for (let k = 0; k < n.length; k++) origin.push(i);
    i += ch.length;
  }
  return { text: parts.join(''), origin };
}

/** The normalised text alone. */
export function normaliseText(input: string): string {
  return normalise(input).text;
}
