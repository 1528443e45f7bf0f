/**
 * The search and filters of the contact log, kept in the address (so that going back finds the
 * list as it was). Pure: values that are not valid are ignored rather than sent.
 */
import { isCalendarDate } from '../../core/cases/dates.js';
import { CALLERS, CHANNELS, type Caller, type Channel, DANGER_LEVELS, type DangerLevel, reasonId } from '../../core/hotline/contact.js';

export const FOLLOW_UP_FILTERS = ['open', 'overdue'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];

export interface ContactFilters {
  q: string;
  channel: Channel | '';
  caller: Caller | '';
  reason: string;
  danger: DangerLevel | '';
  followUp: FollowUpFilter | '';
  from: string;
  to: string;
}

/** The filters other than the search words. */
export const FILTER_KEYS = ['channel', 'caller', 'reason', 'danger', 'followUp', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const NO_FILTERS: ContactFilters = { q: '', channel: '', caller: '', reason: '', danger: '', followUp: '', from: '', to: '' };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value && (list as readonly string[]).includes(value) ? (value as T) : '';

export function filtersFromParams(params: URLSearchParams): ContactFilters {
  const reason = params.get('reason') ?? '';
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return isCalendarDate(value) ? value : '';
  };
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    channel: oneOf(CHANNELS, params.get('channel')),
    caller: oneOf(CALLERS, params.get('caller')),
    reason: reasonId.safeParse(reason).success ? reason : '',
    danger: oneOf(DANGER_LEVELS, params.get('danger')),
    followUp: oneOf(FOLLOW_UP_FILTERS, params.get('followUp')),
    from: date('from'),
    to: date('to'),
  };
}

/** The address's parameters with `change` applied (an empty value removes its parameter). */
export function withFilters(params: URLSearchParams, change: Partial<ContactFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function hasFilters(filters: ContactFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}

/** The query of `GET /api/contacts` (empty values left out). */
export function queryOf(filters: ContactFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
}
