import { describe, expect, it } from 'vitest';
import { hotlineSettings } from '../../core/hotline/contact.js';
import { customReasonId, filterReasonOptions, reasonLabel, reasonOptions, slugOf } from './reasons.js';

const settings = { customReasons: [{ id: 'org-seasonal-work', label: 'Seasonal farm work' }], hiddenReasons: ['other' as const] };
const label = (id: string) => reasonLabel(settings, id, (d) => `default:${d}`);

describe('reasons for contact', () => {
  it('offer the defaults not hidden, then the organisation’s own, with their labels', () => {
    const options = reasonOptions(settings, label);
    expect(options.map((o) => o.value)).toEqual([
      'advice-before-abroad',
      'report-suspected-trafficking',
      'seeking-help',
      'professional-consultation',
      'information-request',
      'org-seasonal-work',
    ]);
    expect(options.at(-1)?.label).toBe('Seasonal farm work');
    expect(options[0]?.label).toBe('default:advice-before-abroad');
  });

  it('keep a reason already chosen that is no longer offered, so that an edit does not drop it', () => {
    const options = reasonOptions(settings, label, ['other', 'org-removed', 'seeking-help']);
    expect(options.map((o) => o.value).slice(-2)).toEqual(['other', 'org-removed']);
    expect(options.at(-1)?.label).toBe('org-removed');
  });

  it('filter the log by every reason known, hidden ones included', () => {
    expect(filterReasonOptions(settings, label).map((o) => o.value)).toContain('other');
  });

  it('make an own reason’s id from its label, in Latin letters, unique and valid for the server', () => {
    expect(customReasonId('Seasonal farm work', [])).toBe('org-seasonal-farm-work');
    expect(customReasonId('Seasonal farm work', ['org-seasonal-farm-work'])).toBe('org-seasonal-farm-work-2');
    expect(customReasonId('Seasonal farm work', ['org-seasonal-farm-work', 'org-seasonal-farm-work-2'])).toBe('org-seasonal-farm-work-3');
    expect(customReasonId('Сезонна робота', [])).toBe('org-sezonna-robota');
    expect(customReasonId('Εποχική εργασία!', [])).toBe('org-epochiki-ergasia');
    expect(customReasonId('Über  Arbeit — à l’étranger', [])).toBe('org-uber-arbeit-a-l-etranger');
    expect(customReasonId('!!!', [])).toBe('org-reason');
    expect(slugOf('  Job offer: abroad?  ')).toBe('job-offer-abroad');
  });

  it('keep long labels within the server’s 56 characters after org-, even with a number added', () => {
    const long = 'a very long label about many different things that keeps going on and on';
    const first = customReasonId(long, []);
    const second = customReasonId(long, [first]);
    for (const id of [first, second]) {
      expect(id.length).toBeLessThanOrEqual(60);
      expect(hotlineSettings.safeParse({ customReasons: [{ id, label: long }], hiddenReasons: [] }).success).toBe(true);
    }
    expect(second).not.toBe(first);
  });
});
