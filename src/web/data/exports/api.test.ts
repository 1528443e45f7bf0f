import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../core/platform/policy.js';
import { exportKindsFor, isActive } from './api.js';

describe('the kinds of export a user may ask for', () => {
  it('follow the permissions of their roles', () => {
    expect(exportKindsFor([...permissionsOf(['analyst'])])).toEqual(['ctdc']);
    expect(exportKindsFor([...permissionsOf(['supervisor'])])).toEqual(['cases', 'contacts', 'referrals', 'directory']);
    expect(exportKindsFor([...permissionsOf(['org-admin'])])).toEqual(['cases', 'contacts', 'referrals', 'directory', 'htcds', 'ctdc']);
    expect(exportKindsFor([...permissionsOf(['caseworker'])])).toEqual([]);
  });

  it('poll only while a job waits or runs', () => {
    expect(isActive({ status: 'queued' })).toBe(true);
    expect(isActive({ status: 'running' })).toBe(true);
    expect(isActive({ status: 'done' })).toBe(false);
    expect(isActive({ status: 'failed' })).toBe(false);
  });
});
