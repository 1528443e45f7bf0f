import { describe, expect, it } from 'vitest';
import { createPersonRequest, type Person, updatePersonRequest } from '../../core/cases/person.js';
import {
  changedParts,
  compactDraft,
  createBody,
  draftIsChild,
  draftOf,
  emptyDraft,
  emptyName,
  emptyPhone,
  rebase,
  updateBody,
  withTypedName,
} from './draft.js';

const TODAY = '2025-06-01';

const stored: Person = {
  id: '7d0d8a52-4a9c-4a4b-9a3e-0a0a0a0a0a0a',
  orgId: '7d0d8a52-4a9c-4a4b-9a3e-0b0b0b0b0b0b',
  version: 3,
  names: [
    { given: 'Олена', family: 'Коваленко', kind: 'legal', script: 'cyrillic' },
    { given: 'Lena', family: '', kind: 'nickname', script: 'latin' },
  ],
  birthDate: '2010-03-04',
  gender: 'feminine',
  citizenships: ['UKR'],
  languages: ['uk', 'ru'],
  vulnerabilities: ['migration'],
  contact: {
    phones: [{ number: '+380 44 123 4567' }],
    emails: ['olena@example.org'],
    addresses: [{ city: 'Kyiv', country: 'UKR' }],
    messaging: [{ app: 'telegram', handle: '@olena' }],
  },
  documents: [{ type: 'passport', number: 'FX123', heldBySomeoneElse: true }],
  guardian: { name: 'Maria Papadopoulou', appointedOn: '2025-01-10' },
};

describe('person draft', () => {
  it('detects the script while typing until the user chooses one', () => {
    let name = withTypedName(emptyName(), { given: 'Олена' });
    expect(name.script).toBe('cyrillic');
    name = withTypedName(name, { family: 'Papadopoulou', given: 'Eleni' });
    expect(name.script).toBe('latin');
    name = withTypedName({ ...name, script: 'greek', scriptChosen: true }, { given: 'Olena' });
    expect(name.script).toBe('greek');
  });

  it('drops empty rows but keeps one name row to ask for', () => {
    const d = emptyDraft(TODAY);
    d.names.push(emptyName());
    d.contact.phones.push(emptyPhone());
    d.contact.emails.push('  ');
    const compact = compactDraft(d);
    expect(compact.names).toHaveLength(1);
    expect(compact.contact.phones).toEqual([]);
    expect(compact.contact.emails).toEqual([]);
  });

  it('builds a valid creation request from a filled form, leaving out what is empty', () => {
    const d = emptyDraft(TODAY);
    d.names = [withTypedName(emptyName(), { given: 'Олена', family: 'Коваленко' })];
    d.birthDate = '2001-04-12';
    d.citizenships = ['UKR'];
    const body = createBody(compactDraft(d));
    expect(body).toEqual({
      names: [{ given: 'Олена', family: 'Коваленко', kind: 'legal', script: 'cyrillic' }],
      birthDate: '2001-04-12',
      citizenships: ['UKR'],
    });
    expect(createPersonRequest.safeParse(body).success).toBe(true);
  });

  it('sends an estimated age with the day it was made, and only that', () => {
    const d = { ...emptyDraft(TODAY), ageMode: 'estimate' as const, birthDate: '2001-04-12' };
    d.names = [withTypedName(emptyName(), { given: 'Arta' })];
    d.estimatedAge = { years: '16', estimatedOn: TODAY };
    const body = createBody(d);
    expect(body.birthDate).toBeUndefined();
    expect(body.estimatedAge).toEqual({ years: 16, estimatedOn: TODAY });
    expect(createPersonRequest.safeParse(body).success).toBe(true);
  });

  it('tells a child from an adult as the form is filled', () => {
    const d = emptyDraft(TODAY);
    expect(draftIsChild(d, TODAY)).toBeUndefined();
    expect(draftIsChild({ ...d, birthDate: '2010-06-02' }, TODAY)).toBe(true);
    expect(draftIsChild({ ...d, birthDate: '2007-06-01' }, TODAY)).toBe(false);
    expect(draftIsChild({ ...d, birthDate: '2010-06' }, TODAY)).toBeUndefined();
    expect(draftIsChild({ ...d, ageMode: 'estimate', estimatedAge: { years: '17', estimatedOn: '2025-01-01' } }, TODAY)).toBe(true);
    expect(draftIsChild({ ...d, ageMode: 'estimate', estimatedAge: { years: '17', estimatedOn: '2024-01-01' } }, TODAY)).toBe(false);
    expect(draftIsChild({ ...d, ageMode: 'unknown', birthDate: '2010-06-02' }, TODAY)).toBeUndefined();
  });

  it('round-trips a stored person: no change means no part to send', () => {
    const d = draftOf(stored, TODAY);
    expect(changedParts(d, d)).toEqual([]);
    expect(createPersonRequest.safeParse(createBody(d)).success).toBe(true);
    expect(changedParts(d, draftOf(stored, TODAY))).toEqual([]);
  });

  it('sends only the changed parts, both age fields together, nulls for what was cleared', () => {
    const before = draftOf(stored, TODAY);
    const after = {
      ...before,
      ageMode: 'estimate' as const,
      estimatedAge: { years: '15', estimatedOn: TODAY },
      guardian: { name: '', organisation: '', contact: '', appointedOn: '' },
    };
    const parts = changedParts(before, after);
    expect(parts).toEqual(['age', 'guardian']);
    const body = updateBody(after, parts, stored.version);
    expect(body).toEqual({ version: 3, birthDate: null, estimatedAge: { years: 15, estimatedOn: TODAY }, guardian: null });
    expect(updatePersonRequest.safeParse(body).success).toBe(true);
  });

  it('re-applies the user’s changes on top of a record someone else changed', () => {
    const base = draftOf(stored, TODAY);
    const mine = { ...base, languages: ['uk', 'ru', 'el'] };
    const theirs = draftOf({ ...stored, version: 4, gender: 'unspecified', citizenships: ['UKR', 'MDA'] }, TODAY);
    const parts = changedParts(base, mine);
    expect(parts).toEqual(['languages']);
    const next = rebase(theirs, mine, parts);
    expect(next.languages).toEqual(['uk', 'ru', 'el']);
    expect(next.gender).toBe('unspecified');
    expect(next.citizenships).toEqual(['UKR', 'MDA']);
    expect(changedParts(theirs, next)).toEqual(['languages']);
  });
});
