/**
 * Certificate codes (issue 9), e.g. `HVN-7K3P-Q9XD-M2WA`: 11 random characters and a check
 * character (a position-weighted sum modulo 29), in three groups of four after the prefix. The alphabet leaves out
 * the characters that read alike (0 O, 1 I L, U V): a code read out on the telephone or typed
 * from paper comes out right, and a single mistyped character or a swap of two neighbours is
 * caught by the check character.
 */

export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
const N = CODE_ALPHABET.length;
export const CODE_PREFIX = 'HVN';
const BODY = 11;

function checkCharacter(body: string): string {
  // Position-weighted sum modulo 29, a prime: weights 1..11 for the body and -1 for the check
  // character are distinct and non-zero, so one changed character or two neighbours swapped
  // always change the sum.
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CODE_ALPHABET.indexOf(body[i] as string);
  return CODE_ALPHABET[sum % N] as string;
}

function format(chars: string): string {
  return `${CODE_PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** A new code; `random` fills a byte array (the platform's cryptographic source by default). */
export function newCertificateCode(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  let body = '';
  const limit = 256 - (256 % N);
  while (body.length < BODY) {
    for (const byte of random(new Uint8Array(16))) {
      // Rejection keeps every character equally likely.
      if (byte < limit && body.length < BODY) body += CODE_ALPHABET[byte % N];
    }
  }
  return format(body + checkCharacter(body));
}

const CANONICAL = new RegExp(`^${CODE_PREFIX}-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** Whether `s` is a well-formed code, exactly as issued (upper case, hyphens), with a right check character. */
export function isCertificateCode(s: string): boolean {
  if (!CANONICAL.test(s)) return false;
  const chars = s.slice(CODE_PREFIX.length + 1).replaceAll('-', '');
  return checkCharacter(chars.slice(0, BODY)) === chars[BODY];
}

/**
 * The code as issued from what someone typed: case, spaces and hyphens do not matter, nor the
 * prefix; undefined when it cannot be a code.
 */
export function parseCertificateCode(input: string): string | undefined {
  if (input.length > 64) return undefined;
  let chars = input.toUpperCase().replace(/[\s-]/g, '');
  if (chars.startsWith(CODE_PREFIX) && chars.length === CODE_PREFIX.length + BODY + 1) chars = chars.slice(CODE_PREFIX.length);
  if (chars.length !== BODY + 1) return undefined;
  const code = format(chars);
  return isCertificateCode(code) ? code : undefined;
}
