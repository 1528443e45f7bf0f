/**
 * What the service form holds while the user types, and the request it becomes. Pure: empty
 * optional texts are left out, ages typed as text become numbers (something that is not a number
 * stays one the shared schema refuses, so the field says so).
 */
import type { DirectoryService, ServiceStatus, ServiceType, Weekday } from '../../core/referrals/directory.js';
import type { EligibleGender } from './filters.js';

export interface LocationDraft {
  /** Stable while the row exists (React key). */
  key: string;
  id?: string | undefined;
  name: string;
  address1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface PhoneDraft {
  key: string;
  id?: string | undefined;
  number: string;
  description: string;
}

export interface ScheduleDraft {
  key: string;
  id?: string | undefined;
  byday: Weekday[];
  opensAt: string;
  closesAt: string;
  description: string;
}

export interface ServiceDraft {
  organizationId: string;
  name: string;
  alternateName: string;
  description: string;
  url: string;
  email: string;
  status: ServiceStatus;
  types: ServiceType[];
  languages: string[];
  minimumAge: string;
  maximumAge: string;
  genders: EligibleGender[];
  eligibilityDescription: string;
  feesDescription: string;
  free: boolean;
  applicationProcess: string;
  locations: LocationDraft[];
  phones: PhoneDraft[];
  alwaysOpen: boolean;
  schedules: ScheduleDraft[];
  timeZone: string;
}

/** The fields of a service the form edits, in the order of the form (names the fields someone else changed). */
export const SERVICE_FIELDS = [
  'organizationId',
  'name',
  'alternateName',
  'description',
  'url',
  'email',
  'status',
  'types',
  'languages',
  'minimumAge',
  'maximumAge',
  'genders',
  'eligibilityDescription',
  'feesDescription',
  'free',
  'applicationProcess',
  'locations',
  'phones',
  'alwaysOpen',
  'schedules',
  'timeZone',
] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];

let counter = 0;
/** A key for a new row, unique in this page. */
export function rowKey(): string {
  counter += 1;
  return `row-${counter}`;
}

export function emptyLocation(country = ''): LocationDraft {
  return { key: rowKey(), name: '', address1: '', city: '', region: '', postalCode: '', country };
}

export function emptyPhone(): PhoneDraft {
  return { key: rowKey(), number: '', description: '' };
}

/** A new schedule: working days, office hours. */
export function emptySchedule(): ScheduleDraft {
  return { key: rowKey(), byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', description: '' };
}

export function emptyDraft(options: { organizationId?: string; timeZone: string; country?: string }): ServiceDraft {
  return {
    organizationId: options.organizationId ?? '',
    name: '',
    alternateName: '',
    description: '',
    url: '',
    email: '',
    status: 'active',
    types: [],
    languages: [],
    minimumAge: '',
    maximumAge: '',
    genders: [],
    eligibilityDescription: '',
    feesDescription: '',
    free: true,
    applicationProcess: '',
    locations: [emptyLocation(options.country ?? '')],
    phones: [],
    alwaysOpen: false,
    schedules: [],
    timeZone: options.timeZone,
  };
}

const str = (value: string | undefined | null) => value ?? '';
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

export function draftOf(s: DirectoryService): ServiceDraft {
  return {
    organizationId: s.organizationId,
    name: s.name,
    alternateName: str(s.alternateName),
    description: str(s.description),
    url: str(s.url),
    email: str(s.email),
    status: s.status,
    types: [...s.types],
    languages: [...s.languages],
    minimumAge: num(s.minimumAge),
    maximumAge: num(s.maximumAge),
    genders: [...s.genders],
    eligibilityDescription: str(s.eligibilityDescription),
    feesDescription: str(s.feesDescription),
    free: s.free,
    applicationProcess: str(s.applicationProcess),
    locations: s.locations.map((l) => ({
      key: rowKey(),
      id: l.id,
      name: str(l.name),
      address1: str(l.address.address1),
      city: l.address.city,
      region: str(l.address.region),
      postalCode: str(l.address.postalCode),
      country: l.address.country,
    })),
    phones: s.phones.map((p) => ({ key: rowKey(), id: p.id, number: p.number, description: str(p.description) })),
    alwaysOpen: s.alwaysOpen,
    schedules: s.schedules.map((sc) => ({
      key: rowKey(),
      id: sc.id,
      byday: [...sc.byday],
      opensAt: sc.opensAt,
      closesAt: sc.closesAt,
      description: str(sc.description),
    })),
    timeZone: s.timeZone,
  };
}

const blank = (...texts: string[]) => texts.every((x) => x.trim() === '');

/**
 * The draft to send: without the location and phone rows left entirely empty (the form offers an
 * address to start with; the country it starts with does not count as filled in). The rows stay
 * in the form; `pathOf` takes a path of the request (`locations.0.city`) to the row of the form it
 * came from, so that an error shows at the right row.
 */
export function withoutBlankRows(d: ServiceDraft): { draft: ServiceDraft; pathOf: (path: string) => string } {
  const keptLocations = d.locations.flatMap((l, i) => (blank(l.name, l.address1, l.city, l.region, l.postalCode) ? [] : [i]));
  const keptPhones = d.phones.flatMap((p, i) => (blank(p.number, p.description) ? [] : [i]));
  const draft = { ...d, locations: keptLocations.map((i) => d.locations[i]!), phones: keptPhones.map((i) => d.phones[i]!) };
  const pathOf = (path: string) =>
    path.replace(/^(locations|phones)\.(\d+)(?=\.|$)/, (whole, list: string, index: string) => {
      const original = (list === 'locations' ? keptLocations : keptPhones)[Number(index)];
      return original === undefined ? whole : `${list}.${original}`;
    });
  return { draft, pathOf };
}

/** A text, or nothing when empty (optional fields). */
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/** An age: nothing when empty, a number when it is digits, otherwise NaN (which the schema refuses). */
function ageValue(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** Drops the keys whose value is undefined (the request schemas are strict about their shape, not about absent keys). */
function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The body of `POST /api/directory/services` (add `version` for `PUT`), to be checked with the shared schema. */
export function requestOf(d: ServiceDraft) {
  return compact({
    organizationId: d.organizationId,
    name: d.name.trim(),
    alternateName: optional(d.alternateName),
    description: d.description.trim(),
    url: optional(d.url),
    email: optional(d.email),
    status: d.status,
    types: d.types,
    languages: d.languages,
    minimumAge: ageValue(d.minimumAge),
    maximumAge: ageValue(d.maximumAge),
    genders: d.genders,
    eligibilityDescription: optional(d.eligibilityDescription),
    feesDescription: d.free ? undefined : optional(d.feesDescription),
    free: d.free,
    applicationProcess: optional(d.applicationProcess),
    locations: d.locations.map((l) =>
      compact({
        id: l.id,
        name: optional(l.name),
        address: compact({
          address1: l.address1.trim(),
          city: l.city.trim(),
          region: optional(l.region),
          postalCode: optional(l.postalCode),
          country: l.country,
        }),
      }),
    ),
    phones: d.phones.map((p) => compact({ id: p.id, number: p.number.trim(), description: optional(p.description) })),
    alwaysOpen: d.alwaysOpen,
    schedules: d.schedules.map((s) =>
      compact({
        id: s.id,
        // Monday first, whatever the order the boxes were ticked in.
        byday: [...s.byday].sort((a, b) => WEEK_ORDER.indexOf(a) - WEEK_ORDER.indexOf(b)),
        opensAt: s.opensAt,
        closesAt: s.closesAt,
        description: optional(s.description),
      }),
    ),
    timeZone: d.timeZone,
  });
}

const WEEK_ORDER: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Without the row ids, which the server may renew on every save. */
function comparable(s: DirectoryService, field: ServiceField): unknown {
  const value = s[field];
  if (Array.isArray(value)) return value.map((item) => (item && typeof item === 'object' ? { ...item, id: undefined } : item));
  return value;
}

/** What someone else changed between the version the user started from and the current one. */
export function changedFields(before: DirectoryService, after: DirectoryService): ServiceField[] {
  return SERVICE_FIELDS.filter((field) => !same(comparable(before, field), comparable(after, field)));
}

/** A field of a draft without the rows' React keys, to compare two drafts. */
function draftValue(d: ServiceDraft, field: ServiceField): string {
  const value = d[field];
  if (Array.isArray(value)) return JSON.stringify(value.map((row) => (row && typeof row === 'object' ? { ...row, key: undefined } : row)));
  return JSON.stringify(value);
}

/**
 * The user's draft on top of someone else's newer version: the fields the user changed (since
 * `started`, the version they began from) keep the user's value; the others take theirs.
 */
export function rebase(current: ServiceDraft, started: ServiceDraft, theirs: ServiceDraft): ServiceDraft {
  const next = { ...current };
  for (const field of SERVICE_FIELDS) {
    if (draftValue(current, field) === draftValue(started, field)) (next as Record<ServiceField, unknown>)[field] = theirs[field];
  }
  return next;
}

/**
 * Where a field error of the request goes in the form: the request and the form share their paths,
 * except the texts of a location's address, which the form shows in the location's row.
 */
export function formPath(path: string): string {
  return path.replace(/^locations\.(\d+)\.address\./, 'locations.$1.');
}
