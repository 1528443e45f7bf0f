import { describe, expect, it } from 'vitest';
import { MINIMUM_SHARED, REFERRAL_STATUSES, SHARED_FIELDS } from '../../core/referrals/referral.js';
import { buildSnapshot } from '../../core/referrals/snapshot.js';
import {
  actionsFor,
  bilingual,
  coveringConsent,
  flagOf,
  hasBasis,
  isReferrable,
  missingFields,
  moveItem,
  otherLanguage,
  percent,
  presentFields,
  sideOf,
  toggleField,
} from './logic.js';

describe('the actions of each side', () => {
  it('lets the receiver answer a sent referral and the sender withdraw it', () => {
    expect(actionsFor('receiver', 'sent')).toEqual(['accept', 'decline']);
    expect(actionsFor('sender', 'sent')).toEqual(['withdraw']);
  });

  it('lets the receiver start or complete an accepted referral, and complete one in progress', () => {
    expect(actionsFor('receiver', 'accepted')).toEqual(['start', 'complete']);
    expect(actionsFor('receiver', 'in-progress')).toEqual(['complete']);
    expect(actionsFor('sender', 'in-progress')).toEqual(['withdraw']);
  });

  it('offers nothing once a referral is closed', () => {
    for (const status of ['declined', 'completed', 'withdrawn'] as const) {
      expect(actionsFor('receiver', status)).toEqual([]);
      expect(actionsFor('sender', status)).toEqual([]);
    }
  });

  it('never offers one side the other side’s action', () => {
    for (const status of REFERRAL_STATUSES) {
      expect(actionsFor('sender', status).every((a) => a === 'withdraw')).toBe(true);
      expect(actionsFor('receiver', status)).not.toContain('withdraw');
    }
  });

  it('knows the side from the direction', () => {
    expect(sideOf('outgoing')).toBe('sender');
    expect(sideOf('incoming')).toBe('receiver');
  });
});

describe('labels in both languages', () => {
  it('joins different texts and drops repeats and blanks', () => {
    expect(bilingual(['Accepted', 'Прийнято'])).toBe('Accepted · Прийнято');
    expect(bilingual(['Accepted', 'Accepted'])).toBe('Accepted');
    expect(bilingual(['Accepted', undefined, ' ', null])).toBe('Accepted');
  });

  it('takes the other side’s language', () => {
    expect(otherLanguage({ direction: 'outgoing', fromLanguage: 'el', toLanguage: 'uk' })).toBe('uk');
    expect(otherLanguage({ direction: 'incoming', fromLanguage: 'el', toLanguage: 'uk' })).toBe('el');
  });
});

describe('country flags', () => {
  it('turns an alpha-3 code into the flag', () => {
    expect(flagOf('GRC')).toBe('🇬🇷');
    expect(flagOf('UKR')).toBe('🇺🇦');
    expect(flagOf('ZZZ')).toBe('');
  });
});

describe('services one can refer to', () => {
  it('are those of another Haven organisation', () => {
    expect(isReferrable({ memberOrgId: 'b' }, 'a')).toBe(true);
    expect(isReferrable({ memberOrgId: 'a' }, 'a')).toBe(false);
    expect(isReferrable({ memberOrgId: null }, 'a')).toBe(false);
  });
});

describe('the consent that covers a referral', () => {
  const entry = (id: string, data: Record<string, unknown>) => ({ id, data });
  const org = '11111111-1111-4111-8111-111111111111';
  const other = '22222222-2222-4222-8222-222222222222';

  it('is a sharing consent with the receiving organisation, in force today; the latest one', () => {
    const entries = [
      entry('a', { purpose: 'sharing', organisationId: org, givenOn: '2026-01-01', givenBy: 'person', method: 'written' }),
      entry('b', { purpose: 'sharing', organisationId: org, givenOn: '2026-03-01', givenBy: 'person', method: 'written' }),
      entry('c', { purpose: 'sharing', organisationId: other, givenOn: '2026-04-01', givenBy: 'person', method: 'written' }),
      entry('d', { purpose: 'services', givenOn: '2026-04-01', givenBy: 'person', method: 'written' }),
    ];
    expect(coveringConsent(entries, org, '2026-05-01')?.id).toBe('b');
  });

  it('is none when withdrawn, expired, for another organisation or without an organisation', () => {
    const entries = [
      entry('a', { purpose: 'sharing', organisationId: org, givenOn: '2026-01-01', withdrawnOn: '2026-05-01' }),
      entry('b', { purpose: 'sharing', organisationId: org, givenOn: '2026-01-01', expiresOn: '2026-04-01' }),
      entry('c', { purpose: 'sharing', organisationId: other, givenOn: '2026-01-01' }),
      entry('d', { purpose: 'sharing' }),
    ];
    expect(coveringConsent(entries, org, '2026-05-01')).toBeUndefined();
    expect(coveringConsent(entries, null, '2026-05-01')).toBeUndefined();
  });

  it('or else a written reason of at least ten characters is the basis', () => {
    expect(hasBasis(undefined, '')).toBe(false);
    expect(hasBasis(undefined, '   short   ')).toBe(false);
    expect(hasBasis(undefined, 'in danger tonight')).toBe(true);
    expect(hasBasis({ id: 'a', purpose: 'sharing', givenBy: 'person', method: 'written', givenOn: '2026-01-01' }, '')).toBe(true);
  });
});

describe('the preview of what is shared', () => {
  const person = {
    names: [
      { given: 'Olena', family: 'K.', kind: 'alias' },
      { given: 'Олена', family: 'Коваль', kind: 'legal' },
    ],
    age: 24,
    birthDate: '2002-02-02',
    gender: 'feminine',
    languages: ['uk', 'ru'],
    citizenships: [],
    contact: { phones: [{ number: '+380 44 123 4567' }], emails: [] },
    exploitationForms: ['forced-labour'],
    traffickingStatus: { status: 'possible' },
  };

  it('holds exactly the chosen fields the record has, and the note', () => {
    const snapshot = buildSnapshot(person, MINIMUM_SHARED, 'Needs a shelter tonight');
    expect(snapshot).toEqual({ note: 'Needs a shelter tonight', givenName: 'Олена', age: 24, gender: 'feminine', languages: ['uk', 'ru'] });
    expect(presentFields(snapshot)).toEqual(['givenName', 'age', 'gender', 'languages']);
    expect(missingFields(MINIMUM_SHARED, snapshot)).toEqual([]);
  });

  it('names the chosen fields that are not on record', () => {
    const snapshot = buildSnapshot(person, ['givenName', 'citizenships', 'contact'], 'x');
    expect(presentFields(snapshot)).toEqual(['givenName', 'contact']);
    expect(missingFields(['givenName', 'citizenships', 'contact'], snapshot)).toEqual(['citizenships']);
  });

  it('keeps the chosen fields in their usual order', () => {
    expect(toggleField(['languages', 'givenName'], 'age', true)).toEqual(['givenName', 'age', 'languages']);
    expect(toggleField(MINIMUM_SHARED, 'age', false)).toEqual(['givenName', 'gender', 'languages']);
    expect(toggleField([], 'contact', true)).toEqual(['contact']);
    expect(toggleField([...SHARED_FIELDS], 'contact', true)).toEqual([...SHARED_FIELDS]);
  });
});

describe('small helpers', () => {
  it('moves a step up or down, never out of the list', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('shows a rate as a percentage', () => {
    expect(percent(0.667)).toBe(67);
    expect(percent(null)).toBeNull();
  });
});
