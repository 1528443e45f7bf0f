import { describe, expect, it } from 'vitest';
import { organizationRequest, serviceRequest } from '../../core/referrals/directory.js';
import { emptyDraft, emptyLocation, emptySchedule, formPath, requestOf } from './draft.js';
import { directoryFieldMessages } from './validation.js';

function messages(input: unknown) {
  const result = serviceRequest.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(Object.entries(directoryFieldMessages(result.error.issues, input, formPath)).map(([path, m]) => [path, m.key]));
}

describe('messages of the service form', () => {
  it('say what each empty or wrong field needs, at the field', () => {
    const draft = {
      ...emptyDraft({ timeZone: 'UTC' }),
      url: 'harbour',
      email: 'nobody',
      minimumAge: '20',
      maximumAge: '18',
      locations: [emptyLocation()],
      phones: [{ key: 'p', number: 'call us', description: '' }],
      schedules: [{ ...emptySchedule(), byday: [], opensAt: '25:00' }],
    };
    expect(messages(requestOf(draft))).toEqual({
      organizationId: 'directory:form.errors.organization',
      name: 'persons:validation.required',
      types: 'directory:form.errors.types',
      url: 'directory:form.errors.url',
      email: 'persons:validation.email',
      maximumAge: 'directory:form.errors.ageOrder',
      'locations.0.city': 'persons:validation.required',
      'locations.0.country': 'persons:validation.chooseOne',
      'phones.0.number': 'persons:validation.phone',
      'schedules.0.byday': 'directory:form.errors.days',
      'schedules.0.opensAt': 'directory:form.errors.time',
    });
  });

  it('ask for an age within bounds', () => {
    const draft = {
      ...emptyDraft({ timeZone: 'Europe/Athens', organizationId: '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a10' }),
      name: 'X',
      types: ['medical' as const],
      minimumAge: '130',
      locations: [],
    };
    expect(messages(requestOf(draft))).toEqual({ minimumAge: 'directory:form.errors.age' });
  });

  it('refuse an unknown time zone', () => {
    const draft = {
      ...emptyDraft({ timeZone: 'Mars/Olympus', organizationId: '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a10' }),
      name: 'X',
      types: ['medical' as const],
      locations: [],
    };
    expect(messages(requestOf(draft))).toEqual({ timeZone: 'directory:form.errors.timeZone' });
  });

  it('cover the organisation form too', () => {
    const input = { name: '', description: '', website: 'www', email: 'x' };
    const result = organizationRequest.safeParse(input);
    expect(result.success).toBe(false);
    const keys = Object.fromEntries(Object.entries(directoryFieldMessages(result.error!.issues, input)).map(([p, m]) => [p, m.key]));
    expect(keys).toEqual({ name: 'persons:validation.required', website: 'directory:form.errors.url', email: 'persons:validation.email' });
  });
});
