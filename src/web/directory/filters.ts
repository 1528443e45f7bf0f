/**
 * The search and filters of the service directory, kept in the address so that a search can be
 * shared and Back finds the list as it was. Pure: values that are not valid are dropped rather
 * than sent (the server would refuse them).
 */
import { languageCode } from '../../core/cases/person.js';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES, type ServiceStatus, type ServiceType } from '../../core/referrals/directory.js';
import { countryCode } from '../../core/platform/schemas.js';

export type EligibleGender = (typeof ELIGIBLE_GENDERS)[number];

export interface DirectoryFilters {
  q: string;
  type: ServiceType | '';
  language: string;
  country: string;
  city: string;
  /** An age as typed (digits only), '' for any. */
  age: string;
  gender: EligibleGender | '';
  openNow: boolean;
  /** Only the entries the user's organisation maintains. */
  mine: boolean;
  status: ServiceStatus | '';
  page: number;
}

/** The filters other than the words, the page and `mine` (which has its own switch). */
export const FILTER_KEYS = ['type', 'language', 'country', 'city', 'age', 'gender', 'openNow', 'status'] as const;

export const NO_FILTERS: DirectoryFilters = {
  q: '',
  type: '',
  language: '',
  country: '',
  city: '',
  age: '',
  gender: '',
  openNow: false,
  mine: false,
  status: '',
  page: 1,
};

export const PER_PAGE = 20;
const MAX_PAGE = 100_000;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value && (list as readonly string[]).includes(value) ? (value as T) : '';

const flag = (value: string | null) => value === 'true';

function ageOf(value: string | null): string {
  const text = (value ?? '').trim();
  if (!/^\d{1,3}$/.test(text)) return '';
  const n = Number(text);
  return n <= 120 ? String(n) : '';
}

function pageOf(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1;
}

export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const language = (params.get('language') ?? '').trim().toLowerCase();
  const country = (params.get('country') ?? '').trim().toUpperCase();
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    type: oneOf(SERVICE_TYPES, params.get('type')),
    language: languageCode.safeParse(language).success ? language : '',
    country: countryCode.safeParse(country).success ? country : '',
    city: (params.get('city') ?? '').trim().slice(0, 200),
    age: ageOf(params.get('age')),
    gender: oneOf(ELIGIBLE_GENDERS, params.get('gender')),
    openNow: flag(params.get('openNow')),
    mine: flag(params.get('mine')),
    status: oneOf(SERVICE_STATUSES, params.get('status')),
    page: pageOf(params.get('page')),
  };
}

/**
 * The address's parameters with `change` applied: an empty value or `false` removes its parameter,
 * and any change other than the page itself goes back to the first page.
 */
export function withFilters(params: URLSearchParams, change: Partial<DirectoryFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  let other = false;
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (key !== 'page') other = true;
    if (value === '' || value === false || (key === 'page' && value === 1)) next.delete(key);
    else next.set(key, String(value));
  }
  if (other && !('page' in change)) next.delete('page');
  return next;
}

export function hasFilters(filters: DirectoryFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '' && filters[key] !== false);
}

/** The query of `GET /api/directory/services` (empty values left out). */
export function queryOf(filters: DirectoryFilters, perPage = PER_PAGE): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === false) continue;
    query[key] = String(value);
  }
  query.perPage = String(perPage);
  return query;
}

/** How many pages `total` results make. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, perPage)));
}
