import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, isCertificateCode, newCertificateCode, parseCertificateCode } from './certificate-code.js';

const arbCode = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((seed) => {
  let n = 0;
  // A deterministic source from the seed, so that fast-check can shrink.
  return newCertificateCode((b) => b.map(() => ((seed[n++ % seed.length] as number) ^ (n * 37)) & 255));
});

describe('certificate codes', () => {
  it('are 12 characters of the alphabet in three groups after the prefix, and check', () => {
    for (let i = 0; i < 200; i++) {
      const code = newCertificateCode();
      expect(code).toMatch(/^HVN-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
      expect(isCertificateCode(code)).toBe(true);
    }
    expect(new Set(Array.from({ length: 500 }, () => newCertificateCode())).size).toBe(500);
    for (const c of '01ILOUV') expect(CODE_ALPHABET).not.toContain(c);
  });

  it('catch any one character changed and any two neighbours swapped', () => {
    fc.assert(
      fc.property(arbCode, fc.nat(11), fc.nat(CODE_ALPHABET.length - 1), (code, at, to) => {
        const chars = code.slice(4).replaceAll('-', '').split('');
        const re = (cs: string[]) => `HVN-${cs.slice(0, 4).join('')}-${cs.slice(4, 8).join('')}-${cs.slice(8).join('')}`;
        const changed = [...chars];
        changed[at] = CODE_ALPHABET[to] as string;
        expect(isCertificateCode(re(changed))).toBe(changed[at] === chars[at]);
        if (at < 11 && chars[at] !== chars[at + 1]) {
          const swapped = [...chars];
          [swapped[at], swapped[at + 1]] = [swapped[at + 1] as string, swapped[at] as string];
          expect(isCertificateCode(re(swapped))).toBe(false);
        }
      }),
    );
  });

  it('are read back from what someone typed; anything else is not a code', () => {
    const code = newCertificateCode();
    expect(parseCertificateCode(code)).toBe(code);
    expect(parseCertificateCode(` ${code.toLowerCase()} `)).toBe(code);
    expect(parseCertificateCode(code.slice(4).replaceAll('-', ''))).toBe(code);
    for (const bad of ['', 'HVN', 'HVN-0000-0000-0000', `${code}X`, 'x'.repeat(1000), '../../etc/passwd']) {
      expect(parseCertificateCode(bad)).toBeUndefined();
      expect(isCertificateCode(bad)).toBe(false);
    }
    expect(isCertificateCode(code.toLowerCase())).toBe(false);
  });
});
