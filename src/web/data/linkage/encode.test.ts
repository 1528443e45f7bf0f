import { createHmac, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodePerson, keyToBase64, SCHEME_V1, SECRET_KDF, secretFingerprint } from '../../../core/data/linkage/index.js';
import { computeKeys } from './encode.js';

const SECRET = 'a secret the organisations share';
const people = [
  { personId: 'a', givenName: 'Olena', surname: 'Kovalenko', dateOfBirth: '1999-04-02', sex: 'f' as const },
  { personId: 'b', givenName: 'Ольга', surname: null, dateOfBirth: null, sex: null },
  ...Array.from({ length: 120 }, (_, i) => ({ personId: `p${i}`, givenName: `Name${i}`, surname: 'Hoxha', dateOfBirth: '2001-01-01', sex: 'm' as const })),
];

describe('keys computed in the browser', () => {
  it('are the keys the command line makes with the same secret, with the same fingerprint', async () => {
    const seen: number[] = [];
    const file = await computeKeys(people, SECRET, (done) => seen.push(done));
    // What `haven link` does with the same secret: the key derived with PBKDF2, then HMAC.
    const derived = pbkdf2Sync(SECRET, SECRET_KDF.salt, SECRET_KDF.iterations, SECRET_KDF.bytes, 'sha256');
    const hash = (m: Uint8Array) => createHmac('sha256', derived).update(m).digest();
    expect(file.scheme).toBe(SCHEME_V1.id);
    expect(file.fingerprint).toBe(secretFingerprint(hash));
    expect(file.keys.map((k) => k.id)).toEqual(people.map((p) => p.personId));
    people.forEach((p, i) => {
      expect(file.keys[i]?.key).toBe(keyToBase64(encodePerson(p, SCHEME_V1, hash)));
    });
    expect(seen).toEqual([50, 100, 122]);
    expect(JSON.stringify(file)).not.toMatch(/Olena|Kovalenko|1999|secret/);
  });

  it('can be stopped', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(computeKeys(people, SECRET, () => undefined, stop.signal)).rejects.toThrow();
  });
});
