/**
 * The campaigns' pure helpers: the forms' values and the requests they make, the list's filters as
 * the address keeps them (the reach dashboard's too), and the files' checks. The reach rows as charts
 * and sheets are in `reach-rows.ts`.
 */
import {
  ACTIVITY_FILE_TYPES,
  ACTIVITY_TYPES,
  type ActivityType,
  type ActivityView,
  AUDIENCES,
  type Audience,
  type CampaignView,
  MAX_ACTIVITY_FILE_SIZE,
  REACH_KINDS,
  type ReachKind,
} from '../../../core/prevention/campaign.js';

// ---------------------------------------------------------------------------------------------
// The campaign form

export interface CityDraft {
  /** A stable key for React (not sent). */
  readonly key: string;
  name: string;
  country: string;
  latitude: string;
  longitude: string;
}

export interface CampaignFormValues {
  name: string;
  goal: string;
  message: string;
  startsOn: string;
  endsOn: string;
  organisationIds: string[];
  partners: string[];
  audiences: Audience[];
  cities: CityDraft[];
  budget: string;
  currency: string;
}

let nextKey = 0;
export function newKey(): string {
  nextKey += 1;
  return `k${nextKey}`;
}

export function emptyCity(country = ''): CityDraft {
  return { key: newKey(), name: '', country, latitude: '', longitude: '' };
}

export function emptyCampaign(): CampaignFormValues {
  return {
    name: '',
    goal: '',
    message: '',
    startsOn: '',
    endsOn: '',
    organisationIds: [],
    partners: [],
    audiences: [],
    cities: [],
    budget: '',
    currency: '',
  };
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A campaign as the form shows it. */
export function campaignFormValues(c: CampaignView): CampaignFormValues {
  return {
    name: c.name,
    goal: c.goal,
    message: c.message,
    startsOn: c.startsOn,
    endsOn: c.endsOn ?? '',
    organisationIds: [...c.organisationIds],
    partners: [...c.partners],
    audiences: [...c.audiences],
    cities: c.cities.map((city) => ({
      key: newKey(),
      name: city.name,
      country: city.country,
      latitude: numberText(city.latitude),
      longitude: numberText(city.longitude),
    })),
    budget: numberText(c.budget),
    currency: c.currency ?? '',
  };
}

/**
 * A typed number: '' is none (undefined); a decimal comma is read as a point; anything that is not
 * a number stays as it was typed, so that the schema refuses it on its field (never silently dropped).
 */
export function typedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normal = trimmed.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) return trimmed;
  return Number(normal);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The request body the form makes (checked by the shared schema before it is sent). */
export function campaignRequestOf(v: CampaignFormValues): Record<string, unknown> {
  const currency = v.currency.trim().toUpperCase();
  const cities = v.cities
    .filter((c) => c.name.trim() || c.country || c.latitude.trim() || c.longitude.trim())
    .map((c) => ({
      name: c.name.trim(),
      country: c.country,
      ...optional('latitude', typedNumber(c.latitude)),
      ...optional('longitude', typedNumber(c.longitude)),
    }));
  return {
    name: v.name.trim(),
    goal: v.goal.trim(),
    message: v.message.trim(),
    startsOn: v.startsOn,
    ...optional('endsOn', v.endsOn || undefined),
    organisationIds: v.organisationIds,
    partners: v.partners.map((p) => p.trim()).filter(Boolean),
    audiences: v.audiences,
    cities,
    ...optional('budget', typedNumber(v.budget)),
    ...optional('currency', currency || undefined),
  };
}

/**
 * Blank city rows are left out of the request: the server's path `cities.N` is the form's row of
 * the N-th city that was sent.
 */
export function cityRowOf(v: CampaignFormValues): (path: string) => string {
  const sent = v.cities.map((c, i) => [c, i] as const).filter(([c]) => c.name.trim() || c.country || c.latitude.trim() || c.longitude.trim());
  return (path) => {
    const m = /^cities\.(\d+)(\..*)?$/.exec(path);
    if (!m) return path;
    const row = sent[Number(m[1])]?.[1];
    return row === undefined ? path : `cities.${row}${m[2] ?? ''}`;
  };
}

// ---------------------------------------------------------------------------------------------
// The activity form

export interface ActivityFormValues {
  type: ActivityType | '';
  date: string;
  /** `COUNTRY/City` of one of the campaign's cities, or `COUNTRY/` for a whole country. */
  place: string;
  audience: Audience | '';
  reached: string;
  reachKind: ReachKind;
  title: string;
  description: string;
  materials: string;
  partners: string[];
}

export function placeKey(country: string, city: string | null | undefined): string {
  return `${country}/${city ?? ''}`;
}

export function emptyActivity(campaign: Pick<CampaignView, 'cities' | 'audiences'>, today: string): ActivityFormValues {
  const only = campaign.cities.length === 1 ? campaign.cities[0] : undefined;
  return {
    type: '',
    date: today,
    place: only ? placeKey(only.country, only.name) : '',
    audience: campaign.audiences.length === 1 ? (campaign.audiences[0] ?? '') : '',
    reached: '',
    reachKind: 'counted',
    title: '',
    description: '',
    materials: '',
    partners: [],
  };
}

export function activityFormValues(a: ActivityView): ActivityFormValues {
  return {
    type: a.type,
    date: a.date,
    place: placeKey(a.country, a.city),
    audience: a.audience,
    reached: String(a.reached),
    reachKind: a.reachKind,
    title: a.title,
    description: a.description,
    materials: a.materials,
    partners: [...a.partners],
  };
}

/** The request body of the activity form; the place becomes `country` and (when a city) `city`. */
export function activityRequestOf(v: ActivityFormValues): Record<string, unknown> {
  const slash = v.place.indexOf('/');
  const country = slash >= 0 ? v.place.slice(0, slash) : '';
  const city = slash >= 0 ? v.place.slice(slash + 1) : '';
  const reached = typedNumber(v.reached);
  return {
    type: v.type,
    date: v.date,
    ...optional('city', city || undefined),
    country,
    audience: v.audience,
    reached: reached === undefined ? '' : reached,
    reachKind: v.reachKind,
    title: v.title.trim(),
    description: v.description.trim(),
    materials: v.materials.trim(),
    partners: v.partners.map((p) => p.trim()).filter(Boolean),
  };
}

/** The server names `city` or `country`; the form has one field for both. */
export function activityFieldOf(path: string): string {
  return path === 'city' || path === 'country' ? 'place' : path;
}

/** The lists a form shows as one input (tags, a multi-select): an item's error shows at its list. */
const ONE_INPUT_LISTS = /^(partners|organisationIds|audiences)\.\d+(\..*)?$/;

/** Where a field's error shows: `partners.2` or `organisationIds.0` at its list, any other path as it is. */
export function shownFieldOf(path: string): string {
  return ONE_INPUT_LISTS.exec(path)?.[1] ?? path;
}

// ---------------------------------------------------------------------------------------------
// The list's filters, as the address keeps them

export interface ListFilters {
  q: string;
  scope: 'own' | 'network';
  audience: Audience | '';
  country: string;
  from: string;
  to: string;
  page: number;
}

export const PER_PAGE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{3}$/;

const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);

export function listFiltersOf(params: URLSearchParams): ListFilters {
  const audience = params.get('audience') ?? '';
  const country = (params.get('country') ?? '').toUpperCase();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    scope: params.get('scope') === 'network' ? 'network' : 'own',
    audience: isAudience(audience) ? audience : '',
    country: COUNTRY.test(country) ? country : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    page: Number.isInteger(page) && page >= 1 && page <= 4000 ? page : 1,
  };
}

/** A change of filters goes back to the first page (unless the page is what changes). */
export function withListFilters(params: URLSearchParams, change: Partial<ListFilters>): URLSearchParams {
  const next = { ...listFiltersOf(params), ...('page' in change ? {} : { page: 1 }), ...change };
  const out = new URLSearchParams();
  if (next.q) out.set('q', next.q);
  if (next.scope === 'network') out.set('scope', 'network');
  if (next.audience) out.set('audience', next.audience);
  if (next.country) out.set('country', next.country);
  if (next.from) out.set('from', next.from);
  if (next.to) out.set('to', next.to);
  if (next.page > 1) out.set('page', String(next.page));
  return out;
}

/** The API query of the list's filters (empty values are left out by the client). */
export function campaignQueryOf(f: ListFilters): Record<string, string | number> {
  return {
    q: f.q,
    scope: f.scope,
    audience: f.audience,
    country: f.country,
    from: f.from,
    to: f.to,
    limit: PER_PAGE,
    offset: (f.page - 1) * PER_PAGE,
  };
}

// ---------------------------------------------------------------------------------------------
// The reach dashboard

export interface ReachFilters {
  scope: 'own' | 'network';
  campaignId: string;
  country: string;
  from: string;
  to: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function reachFiltersOf(params: URLSearchParams): ReachFilters {
  const country = (params.get('country') ?? '').toUpperCase();
  const campaignId = params.get('campaign') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    scope: params.get('scope') === 'network' ? 'network' : 'own',
    campaignId: UUID.test(campaignId) ? campaignId : '',
    country: COUNTRY.test(country) ? country : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

export function reachParamsOf(f: ReachFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (f.scope === 'network') out.set('scope', 'network');
  if (f.campaignId) out.set('campaign', f.campaignId);
  if (f.country) out.set('country', f.country);
  if (f.from) out.set('from', f.from);
  if (f.to) out.set('to', f.to);
  return out;
}

export function reachQueryOf(f: ReachFilters): Record<string, string> {
  return { scope: f.scope, campaignId: f.campaignId, country: f.country, from: f.from, to: f.to };
}

/** Two dates that make no period: the second is before the first. */
export function periodProblem(from: string, to: string): 'order' | null {
  return from && to && to < from ? 'order' : null;
}

// ---------------------------------------------------------------------------------------------
// Files

const BY_EXTENSION: Readonly<Record<string, (typeof ACTIVITY_FILE_TYPES)[number]>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

export const FILE_ACCEPT = [...ACTIVITY_FILE_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(',');

export type FileCheck = { ok: true; mediaType: string } | { ok: false; problem: 'type' | 'size' | 'empty' };

/** What the server would refuse, said before the file is sent. */
export function checkActivityFile(file: { name: string; type: string; size: number }): FileCheck {
  const declared = (ACTIVITY_FILE_TYPES as readonly string[]).includes(file.type) ? file.type : undefined;
  const dot = file.name.lastIndexOf('.');
  const byName = dot > 0 ? BY_EXTENSION[file.name.slice(dot + 1).toLowerCase()] : undefined;
  const mediaType = declared ?? (!file.type || file.type === 'application/octet-stream' ? byName : undefined);
  if (!mediaType) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_ACTIVITY_FILE_SIZE) return { ok: false, problem: 'size' };
  return { ok: true, mediaType };
}

export const isImage = (mediaType: string) => mediaType.startsWith('image/');

export { ACTIVITY_TYPES, AUDIENCES, REACH_KINDS };
