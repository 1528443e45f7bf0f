import { describe, expect, it } from 'vitest';
import { createPersonRequest } from '../../core/cases/person.js';
import { fieldMessages } from './issues.js';

function messages(input: Record<string, unknown>, choices: string[] = []) {
  const result = createPersonRequest.safeParse(input);
  if (result.success) return {};
  return fieldMessages(result.error.issues, input, choices);
}

describe('fieldMessages', () => {
  it('asks for a missing name on the name field itself', () => {
    expect(messages({ names: [{ given: '', family: '' }] })).toEqual({ 'names.0.given': { key: 'validation.required' } });
  });

  it('names each nested field by its dotted path, first problem only', () => {
    const found = messages(
      {
        names: [{ given: 'Olena', family: '' }],
        birthDate: '2999-01-01',
        contact: { phones: [{ number: 'call me' }], emails: ['not-an-address'], addresses: [], messaging: [{ handle: 'olena' }] },
        documents: [{ heldBySomeoneElse: true }],
      },
      ['app', 'type'],
    );
    expect(found).toEqual({
      birthDate: { key: 'validation.future' },
      'contact.phones.0.number': { key: 'validation.phone' },
      'contact.emails.0': { key: 'validation.email' },
      'contact.messaging.0.app': { key: 'validation.chooseOne' },
      'documents.0.type': { key: 'validation.chooseOne' },
    });
  });

  it('explains dates that are not real and ages out of range', () => {
    expect(messages({ names: [{ given: 'A' }], birthDate: '2001-02-30' })).toEqual({ birthDate: { key: 'validation.date' } });
    expect(messages({ names: [{ given: 'A' }], birthDate: '1850-01-01' })).toEqual({ birthDate: { key: 'validation.after1900' } });
    expect(messages({ names: [{ given: 'A' }], estimatedAge: { years: 130, estimatedOn: '2024-01-01' } })).toEqual({
      'estimatedAge.years': { key: 'validation.range', values: { min: 0, max: 120 } },
    });
    expect(messages({ names: [{ given: 'A' }], estimatedAge: { estimatedOn: '2024-01-01' } })).toEqual({
      'estimatedAge.years': { key: 'validation.required' },
    });
  });

  it('maps request paths to form paths when asked', () => {
    const found = fieldMessages(
      [{ code: 'custom', path: ['traffickingStatus', 'decidedBy'], message: 'a decision needs the deciding authority and its date' }],
      {},
      [],
      (p) => p.replace('traffickingStatus.', ''),
    );
    expect(found).toEqual({ decidedBy: { key: 'validation.required' } });
  });
});
