import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords.js';

describe('password rules', () => {
  it('wants at least 12 characters', () => {
    expect(passwordProblem('short pass')).toBe('weak_password');
    expect(passwordProblem('a sensible passphrase')).toBeUndefined();
  });
  it('refuses common passwords, also dressed up with digits and symbols', () => {
    expect(passwordProblem('qwertyuiop123')).toBe('common_password');
    expect(passwordProblem('Password1234!')).toBe('common_password');
    expect(passwordProblem('1q2w3e4r5t6y')).toBe('common_password');
    expect(passwordProblem('aaaaaaaaaaaaaa')).toBe('common_password');
  });
  it('refuses a password that is just the e-mail name', () => {
    expect(passwordProblem('maria.papadopoulou1', 'maria.papadopoulou@example.org')).toBe('weak_password');
  });
});
