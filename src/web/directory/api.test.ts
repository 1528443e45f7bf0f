import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.js';
import { exportUrl, ImportRefused, importError, importFormat, resultOf } from './api.js';

describe('the HSDS import and export, in the browser', () => {
  it('sends a file by its extension, whatever type the browser gives it', () => {
    expect(importFormat({ name: 'directory.JSON' })).toBe('json');
    expect(importFormat({ name: 'hsds-tabular.zip' })).toBe('zip');
    expect(importFormat({ name: 'services.csv' })).toBeNull();
    expect(importFormat({ name: 'zip' })).toBeNull();
  });

  it('keeps every problem of a refused import', () => {
    const details = [
      { file: 'services.csv', row: 3, field: 'name', message: 'is required' },
      { field: 'organizations[0].id', message: 'not a UUID' },
    ];
    const error = importError(400, { error: { code: 'hsds_invalid', message: '2 problems', details } });
    expect(error).toBeInstanceOf(ImportRefused);
    expect(error.code).toBe('hsds_invalid');
    expect((error as ImportRefused).details).toEqual(details);
  });

  it('treats any other failure as the API client does', () => {
    const forbidden = importError(403, { error: { code: 'forbidden', message: 'No' } });
    expect(forbidden).toBeInstanceOf(ApiRequestError);
    expect(forbidden).not.toBeInstanceOf(ImportRefused);
    expect(forbidden.code).toBe('forbidden');
    expect(importError(413, null).code).toBe('payload_too_large');
    expect(importError(502, 'Bad gateway').code).toBe('internal');
    expect(importError(400, { error: { code: 'hsds_invalid', message: 'x', details: [{ nonsense: true }] } })).not.toBeInstanceOf(ImportRefused);
  });

  it('reads the counts of a successful import and what it left out', () => {
    const skipped = [{ row: 0, field: 'services.0.schedules.0.freq', message: 'monthly' }];
    expect(resultOf({ organizations: 2, services: 5, locations: 4, note: 'ok', skipped })).toEqual({
      counts: { organizations: 2, services: 5, locations: 4 },
      skipped,
    });
    expect(resultOf(null)).toEqual({ counts: {}, skipped: [] });
    expect(resultOf({ services: 1, skipped: 'none' })).toEqual({ counts: { services: 1 }, skipped: [] });
  });

  it('links to the four exports', () => {
    expect(exportUrl('json', false)).toBe('/api/directory/export?format=json&mine=false');
    expect(exportUrl('tabular', true)).toBe('/api/directory/export?format=tabular&mine=true');
  });
});
