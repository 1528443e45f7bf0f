import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { addDays, todayUtc } from './dates.js';
import { ageOn, createPersonRequest, isChild, searchableNames, updatePersonRequest } from './person.js';

function failedPaths(r: z.ZodSafeParseResult<unknown>): string[] {
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('person requests', () => {
  it('accept the issue’s minimal example', () => {
    const r = createPersonRequest.safeParse({
      names: [{ given: 'Olena', family: 'Kovalenko' }],
      birthDate: '2001-04-12',
      gender: 'feminine',
      citizenships: ['UKR'],
    });
    expect(r.success).toBe(true);
    expect(r.data?.names[0]).toEqual({ given: 'Olena', family: 'Kovalenko', kind: 'legal' });
    expect(createPersonRequest.safeParse({ names: [{ given: 'Olena' }] }).success).toBe(true);
  });

  it('accept a full person', () => {
    const r = createPersonRequest.safeParse({
      names: [
        { given: 'Олена', family: 'Коваленко', kind: 'legal', script: 'cyrillic' },
        { given: 'Lena', family: '', kind: 'nickname', script: 'latin' },
      ],
      estimatedAge: { years: 16, estimatedOn: '2025-01-10' },
      citizenships: ['UKR', 'MDA'],
      languages: ['uk', 'ru'],
      contact: { phones: [{ number: '+380 44 123 4567' }], emails: ['olena@example.org'], messaging: [{ app: 'telegram', handle: '@olena' }] },
      documents: [{ type: 'passport', number: 'FA123456', issuingCountry: 'UKR', heldBySomeoneElse: true }],
      vulnerabilities: ['poverty', 'unaccompanied-child'],
      guardian: { name: 'Maria Papadopoulou', organisation: 'ARSIS', contact: '+30 210 000 0000', appointedOn: '2025-01-15' },
    });
    expect(failedPaths(r)).toEqual([]);
  });

  it('name the field of a bad date, an unknown field, an over-long string', () => {
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], birthDate: '2025-02-30' }))).toEqual(['birthDate']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], birthDate: addDays(todayUtc(), 3) }))).toEqual(['birthDate']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], nickname: 'x' }))).toEqual(['']);
    const unknown = createPersonRequest.safeParse({ names: [{ given: 'A' }], nickname: 'x' });
    expect(unknown.error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A'.repeat(201) }] }))).toEqual(['names.0.given']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], citizenships: ['UA'] }))).toEqual(['citizenships.0']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], citizenships: ['UKR', 'UKR'] }))).toEqual(['citizenships']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: 'A' }], estimatedAge: { years: 121, estimatedOn: '2025-01-01' } }))).toEqual([
      'estimatedAge.years',
    ]);
  });

  it('need a name with a given or a family part', () => {
    expect(failedPaths(createPersonRequest.safeParse({ names: [] }))).toEqual(['names']);
    expect(failedPaths(createPersonRequest.safeParse({ names: [{ given: '  ', family: '' }] }))).toEqual(['names.0.given']);
    expect(failedPaths(createPersonRequest.safeParse({}))).toEqual(['names']);
  });

  it('refuse both a birth date and an estimated age', () => {
    const r = createPersonRequest.safeParse({ names: [{ given: 'A' }], birthDate: '2001-01-01', estimatedAge: { years: 20, estimatedOn: '2024-01-01' } });
    expect(failedPaths(r)).toEqual(['estimatedAge']);
  });

  it('update: every field optional, version required, null clears', () => {
    expect(updatePersonRequest.safeParse({ version: 3 }).success).toBe(true);
    expect(updatePersonRequest.safeParse({ version: 3, birthDate: null, gender: null }).success).toBe(true);
    expect(failedPaths(updatePersonRequest.safeParse({ gender: 'feminine' }))).toEqual(['version']);
    expect(failedPaths(updatePersonRequest.safeParse({ version: 1, extra: true }))).toEqual(['']);
  });

  it('give every name to the search keys', () => {
    expect(
      searchableNames({
        names: [
          { given: 'Olena', family: 'Kovalenko' },
          { given: 'Lena', family: '' },
        ],
      }),
    ).toEqual([
      { given: 'Olena', family: 'Kovalenko' },
      { given: 'Lena', family: '' },
    ]);
  });
});

describe('ageOn and isChild', () => {
  it('unknown age is undefined, not false', () => {
    expect(ageOn({}, '2025-01-01')).toBeUndefined();
    expect(isChild({}, '2025-01-01')).toBeUndefined();
    expect(isChild({ birthDate: '2030-01-01' }, '2025-01-01')).toBeUndefined();
  });

  it('a child until the day before the 18th birthday, an adult on it', () => {
    expect(isChild({ birthDate: '2007-06-15' }, '2025-06-14')).toBe(true);
    expect(isChild({ birthDate: '2007-06-15' }, '2025-06-15')).toBe(false);
    expect(isChild({ birthDate: '2008-02-29' }, '2026-02-28')).toBe(true);
    expect(isChild({ birthDate: '2008-02-29' }, '2026-03-01')).toBe(false);
  });

  it('an estimated age grows from the day of the estimate', () => {
    const p = { estimatedAge: { years: 17, estimatedOn: '2025-03-01' } };
    expect(ageOn(p, '2025-03-01')).toBe(17);
    expect(isChild(p, '2026-02-28')).toBe(true);
    expect(isChild(p, '2026-03-01')).toBe(false);
    expect(ageOn(p, '2024-03-01')).toBe(16);
    expect(ageOn({ estimatedAge: { years: 0, estimatedOn: '2025-03-01' } }, '2025-02-01')).toBeUndefined();
  });

  it('the birth date wins over an estimate', () => {
    expect(ageOn({ birthDate: '2000-01-01', estimatedAge: { years: 5, estimatedOn: '2025-01-01' } }, '2025-01-01')).toBe(25);
  });

  it('isChild is exactly age < 18 at every date', () => {
    const day = fc.integer({ min: 0, max: 60_000 }).map((n) => addDays('1900-01-01', n));
    fc.assert(
      fc.property(day, day, (birthDate, on) => {
        const age = ageOn({ birthDate }, on);
        const child = isChild({ birthDate }, on);
        if (on < birthDate) expect(child).toBeUndefined();
        else expect(child).toBe(age! < 18);
        // The 18th birthday is the boundary.
        const eighteenth = `${String(Number(birthDate.slice(0, 4)) + 18).padStart(4, '0')}${birthDate.slice(4)}`;
        if (!birthDate.endsWith('02-29')) {
          expect(isChild({ birthDate }, eighteenth)).toBe(false);
          expect(isChild({ birthDate }, addDays(eighteenth, -1))).toBe(true);
        }
      }),
    );
  });
});
