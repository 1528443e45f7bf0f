/**
 * Import: HSDS's tables, checked, → Haven's directory organisations and services, with Haven's own
 * checks (service types, genders, time zones, addresses, weekly schedules, language codes) and
 * what Haven cannot keep listed as skipped. Pure: no I/O.
 */
import type { ErrorDetail } from '../../platform/schemas.js';
import { alpha3Of } from '../countries.js';
import {
  ELIGIBLE_GENDERS,
  type OrganizationRequest,
  SERVICE_TAXONOMY_ID,
  SERVICE_TYPES,
  type ServiceRequest,
  type Weekday,
  organizationRequest,
  serviceRequest,
  timeZone as timeZoneSchema,
} from '../directory.js';
import { compact, type Json } from './helpers.js';
import { Problems } from './problems.js';
import type { Source, TableName, TableRecord, Tables } from './tables.js';
import { GENDER_TAXONOMY, type HavenTaxonomy, SERVICE_TYPE_TAXONOMY, TIME_ZONE_TAXONOMY } from './taxonomies.js';
import type { Index } from './validate.js';

export interface ImportedOrganization {
  readonly id: string;
  readonly value: Omit<OrganizationRequest, 'memberOrgId'>;
  readonly src: Source;
}
export interface ImportedService {
  readonly id: string;
  /** Locations, phones and schedules carry their HSDS ids. */
  readonly value: ServiceRequest;
  readonly src: Source;
}
export interface HsdsImport {
  readonly organizations: ImportedOrganization[];
  readonly services: ImportedService[];
  /** What Haven could not keep (not an error): virtual locations, monthly schedules, languages without a code. */
  readonly skipped: ErrorDetail[];
}

/** A text value, absent when empty. */
function text(rec: TableRecord, field: string): string | undefined {
  const v = rec.data[field];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function num(rec: TableRecord, field: string): number | undefined {
  const v = rec.data[field];
  return typeof v === 'number' ? v : undefined;
}

const SERVICE_FIELD: Record<string, string> = {
  organizationId: 'organization_id',
  name: 'name',
  alternateName: 'alternate_name',
  description: 'description',
  url: 'url',
  email: 'email',
  status: 'status',
  types: 'attributes',
  genders: 'attributes',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
  eligibilityDescription: 'eligibility_description',
  feesDescription: 'fees_description',
  free: 'cost_options',
  applicationProcess: 'application_process',
  alwaysOpen: 'schedules',
};
const ADDRESS_FIELD: Record<string, string> = { address1: 'address_1', city: 'city', region: 'state_province', postalCode: 'postal_code', country: 'country' };
const SCHEDULE_FIELD: Record<string, string> = { byday: 'byday', opensAt: 'opens_at', closesAt: 'closes_at', description: 'description' };
const ORGANIZATION_FIELD: Record<string, string> = {
  name: 'name',
  alternateName: 'alternate_name',
  description: 'description',
  email: 'email',
  website: 'website',
};

/** The zone of a whole-hour UTC offset (Etc/GMT-3 is UTC+3), or undefined. */
function zoneOfOffset(hours: number): string | undefined {
  if (!Number.isInteger(hours) || hours < -12 || hours > 14) return undefined;
  if (hours === 0) return 'UTC';
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** The zone a time's suffix names (Z, +02:00), or null when the time has none; undefined when it is not a whole hour. */
function zoneOfTime(t: string): string | undefined | null {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(t);
  if (!m) return null;
  if (m[1] === 'Z') return 'UTC';
  if (m[4] !== '00') return undefined;
  return zoneOfOffset((m[2] === '-' ? -1 : 1) * Number(m[3]));
}

const hhmm = (t: string) => t.slice(0, 5);
const isHavenTaxonomy = (t: HavenTaxonomy, taxonomyName: string | undefined, taxonomyIdValue: string | undefined) =>
  taxonomyIdValue === t.id || taxonomyName === t.name;

/** Brings the checked tables to Haven, adding Haven's own problems to `p`. */
export function toHaven(tables: Tables, valid: Set<TableRecord>, index: Index, p: Problems): HsdsImport {
  const skipped = new Problems();
  const byParent = (table: TableName, field: string): Map<string, TableRecord[]> => {
    const m = new Map<string, TableRecord[]>();
    for (const rec of tables[table]) {
      const v = rec.data[field];
      if (typeof v !== 'string' || !v) continue;
      const list = m.get(v);
      if (list) list.push(rec);
      else m.set(v, [rec]);
    }
    return m;
  };
  const phonesOf = byParent('phone', 'service_id');
  const schedulesOf = byParent('schedule', 'service_id');
  const schedulesOfSal = byParent('schedule', 'service_at_location_id');
  const languagesOf = byParent('language', 'service_id');
  const costsOf = byParent('cost_option', 'service_id');
  const salsOf = byParent('service_at_location', 'service_id');
  const addressesOf = byParent('address', 'location_id');
  const attributesOf = byParent('attribute', 'link_id');
  /** The address Haven keeps of a location (its first physical valid one, else its first valid one), worked out once. */
  const addressOf = new Map<TableRecord, TableRecord | null>();
  const addressOfLocation = (loc: TableRecord): TableRecord | null => {
    let a = addressOf.get(loc);
    if (a === undefined) {
      const usable = (addressesOf.get(loc.data.id as string) ?? []).filter((x) => valid.has(x));
      a = usable.find((x) => x.data.address_type === 'physical') ?? usable[0] ?? null;
      addressOf.set(loc, a);
    }
    return a;
  };

  const organizations: ImportedOrganization[] = [];
  for (const rec of tables.organization) {
    if (!valid.has(rec)) continue;
    const input = compact({
      name: text(rec, 'name'),
      alternateName: text(rec, 'alternate_name'),
      description: typeof rec.data.description === 'string' ? rec.data.description : '',
      email: text(rec, 'email'),
      website: text(rec, 'website'),
    });
    const parsed = organizationRequest.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) p.add(rec.src, ORGANIZATION_FIELD[String(issue.path[0])] ?? String(issue.path[0] ?? ''), issue.message);
      continue;
    }
    const { memberOrgId: _ignored, ...value } = parsed.data;
    organizations.push({ id: rec.data.id as string, value, src: rec.src });
  }

  const services: ImportedService[] = [];
  for (const rec of tables.service) {
    // Haven's own checks run on a service with HSDS problems too (every problem is reported at once).
    if (typeof rec.data.id !== 'string') continue;
    const id = rec.data.id;
    // A service whose id an earlier one has (a problem already): its children are the earlier one's.
    const first = index.service.get(id);
    if (first && first !== rec) continue;
    const types: string[] = [];
    const genders: string[] = [];
    let zone: { value: string; src: Source } | undefined;
    let typeTermsSeen = false;
    const problems = p.count;

    for (const attr of attributesOf.get(id) ?? []) {
      if (!valid.has(attr) || attr.data.link_entity !== 'service') continue;
      const term = index.taxonomy_term.get(attr.data.taxonomy_term_id as string);
      if (!term || !valid.has(term)) continue;
      const taxonomy = typeof term.data.taxonomy_id === 'string' ? index.taxonomy.get(term.data.taxonomy_id) : undefined;
      const taxonomyName = (taxonomy && text(taxonomy, 'name')) ?? text(term, 'taxonomy');
      const termTaxonomyId = text(term, 'taxonomy_id');
      const code = text(term, 'code');
      if (isHavenTaxonomy(SERVICE_TYPE_TAXONOMY, taxonomyName, termTaxonomyId)) {
        typeTermsSeen = true;
        if (!code || !(SERVICE_TYPES as readonly string[]).includes(code))
          p.add(term.src, 'code', `not a Haven service type: use one of ${SERVICE_TYPES.join(', ')}`);
        else if (!types.includes(code)) types.push(code);
      } else if (isHavenTaxonomy(GENDER_TAXONOMY, taxonomyName, termTaxonomyId)) {
        if (!code || !(ELIGIBLE_GENDERS as readonly string[]).includes(code))
          p.add(term.src, 'code', `not a gender Haven knows: use one of ${ELIGIBLE_GENDERS.join(', ')}`);
        else if (!genders.includes(code)) genders.push(code);
      } else if (isHavenTaxonomy(TIME_ZONE_TAXONOMY, taxonomyName, termTaxonomyId)) {
        const value = text(attr, 'value')?.trim();
        if (!value || !timeZoneSchema.safeParse(value).success) p.add(attr.src, 'value', 'must be an IANA time zone, e.g. Europe/Athens');
        else zone ??= { value, src: attr.src };
      }
    }
    if (types.length === 0 && !typeTermsSeen)
      p.add(
        rec.src,
        'attributes',
        `Haven needs at least one service type: link the service through an attribute to a term of the taxonomy "${SERVICE_TAXONOMY_ID}" (${SERVICE_TYPES.join(', ')})`,
      );

    // Locations: through service_at_location, each with its (first physical) address.
    const locationSrcs: { location: Source; address: Source | undefined }[] = [];
    const locations: Json[] = [];
    const locationIds = new Set<unknown>();
    const salIds = new Set<string>();
    for (const sal of salsOf.get(id) ?? []) {
      if (!valid.has(sal)) continue;
      // Schedules through the first service-at-location of an id only (a repeated id is a problem already).
      if (index.service_at_location.get(sal.data.id as string) === sal) salIds.add(sal.data.id as string);
      const loc = index.location.get(sal.data.location_id as string);
      // Each location once (several service-at-locations may name it).
      if (!loc || !valid.has(loc) || locationIds.has(loc.data.id)) continue;
      locationIds.add(loc.data.id);
      const a = addressOfLocation(loc);
      if (!a) {
        if (loc.data.location_type === 'virtual')
          skipped.add(
            loc.src,
            'location_type',
            'a virtual location without an address: Haven keeps places with an address (the service URL says where to go online)',
          );
        else if ((addressesOf.get(loc.data.id as string) ?? []).length === 0)
          p.add(loc.src, 'addresses', 'Haven needs the address (city and country) of each location of a service');
        continue;
      }
      locations.push(
        compact({
          id: loc.data.id as string,
          name: text(loc, 'name'),
          address: compact({
            address1: typeof a.data.address_1 === 'string' ? a.data.address_1 : '',
            city: text(a, 'city'),
            region: text(a, 'state_province') ?? text(a, 'region'),
            postalCode: text(a, 'postal_code'),
            country: alpha3Of(a.data.country as string),
          }),
        }),
      );
      locationSrcs.push({ location: loc.src, address: a.src });
    }

    const phoneRecs = (phonesOf.get(id) ?? []).filter((x) => valid.has(x));
    const phones = phoneRecs.map((ph) => compact({ id: ph.data.id as string, number: text(ph, 'number'), description: text(ph, 'description') }));

    // Schedules of the service, and of its service-at-locations.
    const scheduleRecs = new Set(schedulesOf.get(id));
    for (const salId of salIds) for (const sc of schedulesOfSal.get(salId) ?? []) scheduleRecs.add(sc);
    let alwaysOpen = false;
    let scheduleZone: { value: string; src: Source } | undefined;
    const schedules: Json[] = [];
    const scheduleSrcs: Source[] = [];
    for (const sc of scheduleRecs) {
      if (!valid.has(sc)) continue;
      const byday = text(sc, 'byday');
      const opens = text(sc, 'opens_at');
      const closes = text(sc, 'closes_at');
      if (sc.data.freq === 'MONTHLY' || !byday || !opens || !closes) {
        skipped.add(sc.src, 'freq', 'Haven keeps weekly opening hours (freq WEEKLY, byday, opens_at and closes_at): this schedule was left out');
        continue;
      }
      const days = byday.split(',').map((d) => d.trim() as Weekday);
      const distinctDays = days.filter((d, i) => days.indexOf(d) === i);
      const suffixZone = zoneOfTime(opens) === null ? zoneOfTime(closes) : zoneOfTime(opens);
      const offsetZone = typeof sc.data.timezone === 'number' ? zoneOfOffset(sc.data.timezone) : suffixZone;
      if (offsetZone === undefined)
        p.add(sc.src, 'timezone', 'Haven needs a whole-hour UTC offset, or the IANA time zone of the service (an attribute of the taxonomy haven-time-zone)');
      else if (offsetZone !== null) scheduleZone ??= { value: offsetZone, src: sc.src };
      if (distinctDays.length === 7 && hhmm(opens) === '00:00' && hhmm(closes) === '00:00') {
        alwaysOpen = true;
        continue;
      }
      schedules.push(
        compact({ id: sc.data.id as string, byday: distinctDays, opensAt: hhmm(opens), closesAt: hhmm(closes), description: text(sc, 'description') }),
      );
      scheduleSrcs.push(sc.src);
    }

    const languageRecs: TableRecord[] = [];
    const languages: string[] = [];
    const languageCodes = new Set<string>();
    for (const lang of languagesOf.get(id) ?? []) {
      if (!valid.has(lang)) continue;
      const code = text(lang, 'code')?.trim().toLowerCase();
      if (!code) {
        skipped.add(lang.src, 'code', 'a language without its ISO 639 code was left out');
        continue;
      }
      if (!/^[a-z]{2,3}$/.test(code)) {
        p.add(lang.src, 'code', 'must be an ISO 639-1 or 639-3 code, e.g. en or ukr');
        continue;
      }
      if (languageCodes.has(code)) continue;
      languageCodes.add(code);
      languages.push(code);
      languageRecs.push(lang);
    }

    const free = (costsOf.get(id) ?? []).some((c) => valid.has(c) && c.data.amount === 0);
    const timeZone = zone ?? scheduleZone;

    if (p.count > problems || !valid.has(rec)) continue;
    const input = compact({
      organizationId: rec.data.organization_id,
      name: text(rec, 'name'),
      alternateName: text(rec, 'alternate_name'),
      description: typeof rec.data.description === 'string' ? rec.data.description : '',
      url: text(rec, 'url'),
      email: text(rec, 'email'),
      status: rec.data.status,
      types,
      languages,
      minimumAge: num(rec, 'minimum_age'),
      maximumAge: num(rec, 'maximum_age'),
      genders,
      eligibilityDescription: text(rec, 'eligibility_description'),
      feesDescription: text(rec, 'fees_description'),
      free,
      applicationProcess: text(rec, 'application_process'),
      locations,
      phones,
      alwaysOpen,
      schedules,
      timeZone: timeZone?.value ?? 'UTC',
    });
    const parsed = serviceRequest.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, i, sub, leaf] = issue.path as (string | number)[];
        if (head === 'locations' && typeof i === 'number' && locationSrcs[i]) {
          if (sub === 'address')
            p.add(locationSrcs[i].address ?? locationSrcs[i].location, ADDRESS_FIELD[String(leaf)] ?? String(leaf ?? 'addresses'), issue.message);
          else p.add(locationSrcs[i].location, String(sub ?? 'location'), issue.message);
        } else if (head === 'phones' && typeof i === 'number' && phoneRecs[i]) p.add(phoneRecs[i].src, String(sub ?? 'number'), issue.message);
        else if (head === 'schedules' && typeof i === 'number' && scheduleSrcs[i])
          p.add(scheduleSrcs[i], SCHEDULE_FIELD[String(sub)] ?? String(sub ?? 'byday'), issue.message);
        else if (head === 'languages' && typeof i === 'number' && languageRecs[i]) p.add(languageRecs[i].src, 'code', issue.message);
        else if (head === 'timeZone' && timeZone) p.add(timeZone.src, 'value', issue.message);
        else p.add(rec.src, SERVICE_FIELD[String(head)] ?? String(head ?? ''), issue.message);
      }
      continue;
    }
    services.push({ id, value: parsed.data, src: rec.src });
  }
  return { organizations, services, skipped: skipped.list };
}
