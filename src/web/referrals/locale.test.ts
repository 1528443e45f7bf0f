import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { SERVICE_TYPES } from '../../core/referrals/directory.js';
import { AGE_GROUPS } from '../../core/referrals/pathway.js';
import { REFERRAL_ACTION_NAMES, REFERRAL_STATUSES, SHARED_FIELDS, TRM_PHASES } from '../../core/referrals/referral.js';
import english from '../locales/en/referrals.json' with { type: 'json' };
import { NOTIFICATION_KINDS } from './notifications.js';

/** The English texts of the referral screens: every key the code asks for exists, and every text is a valid message. */

const here = import.meta.dirname;

function lookup(key: string): unknown {
  let node: unknown = english;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function sourceKeys(): string[] {
  const keys = new Set<string>();
  for (const file of fs.readdirSync(here)) {
    if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
    const text = fs.readFileSync(path.join(here, file), 'utf8');
    for (const m of text.matchAll(/\bt\('((?:referrals:)?[a-zA-Z][\w.-]*)'/g)) keys.add(m[1]!.replace(/^referrals:/, ''));
  }
  return [...keys].filter((k) => !k.includes(':'));
}

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English texts of the referrals', () => {
  it('have every key the screens use', () => {
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('name every code of every list', () => {
    const keys = [
      ...REFERRAL_STATUSES.map((s) => `status.${s}`),
      ...TRM_PHASES.flatMap((p) => [`phases.${p}.label`, `phases.${p}.hint`]),
      ...SHARED_FIELDS.flatMap((f) => [`fields.${f}.label`, `fields.${f}.hint`]),
      ...SERVICE_TYPES.map((s) => `serviceTypes.${s}`),
      ...AGE_GROUPS.map((a) => `ageGroups.${a}`),
      ...REFERRAL_ACTION_NAMES.flatMap((a) => ['button', 'title', 'text', 'confirm', 'done'].map((k) => `actions.${a}.${k}`)),
      ...NOTIFICATION_KINDS.map((k) => `notifications.kinds.${k.slice('referral.'.length)}`),
      ...['done', 'referred', 'open'].map((s) => `casePanel.state.${s}`),
      ...['first', 'previous', 'next', 'last'].map((c) => `list.page.${c}`),
    ];
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('are valid messages, and plurals read well', () => {
    for (const [key, text] of strings(english)) expect(() => new IntlMessageFormat(text, 'en'), key).not.toThrow();
    const format = (key: string, values: Record<string, unknown>) => new IntlMessageFormat(lookup(key) as string, 'en').format(values);
    expect(format('list.count', { count: 1 })).toBe('1 referral');
    expect(format('new.consentCovers', { date: '3 May 2026', organisation: 'La Strada' })).toBe('Consent of 3 May 2026 covers sharing with La Strada.');
    expect(format('notifications.labelUnread', { count: 3 })).toBe('Notifications, 3 unread');
  });
});
