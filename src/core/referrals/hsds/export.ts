/**
 * Open Referral HSDS 3.0 from Haven's service directory: the export. Pure: no I/O.
 *
 * Export: Haven keeps a service's locations, phones and schedules inside the service; HSDS has
 * records of their own. Each Haven organisation becomes an HSDS `organization` with its
 * `services`, each service with its `phones`, `schedules`, `service_at_locations` (each with its
 * `location` and the location's `addresses`), `languages`, `cost_options` and `attributes`
 * (each with its `taxonomy_term` and the term's `taxonomy_detail`). Identifiers Haven stores are
 * kept; the ones it derives (an address, a language, an attribute...) are name-based UUIDs, so
 * the same directory always exports the same ids.
 *
 * How Haven's own fields are carried, so that an export imports back unchanged:
 *  - service types: attributes (link_entity `service`) to the terms of the taxonomy `haven-service-type`;
 *  - genders a service is for: attributes (link_type `eligibility`) to the terms of `haven-eligibility-gender`
 *    (none: everyone);
 *  - the time zone of the opening hours: an attribute to the term `iana` of `haven-time-zone`, whose value
 *    is the IANA name (UTC when absent); on import, a schedule's numeric `timezone` or a whole-hour offset
 *    on its times is understood too;
 *  - open around the clock: a weekly schedule of every day from 00:00 to 00:00;
 *  - free of charge: a cost option of amount 0;
 *  - countries: ISO 3166-1 alpha-2 in HSDS, alpha-3 in Haven.
 */
import type { z } from 'zod';
import { alpha2Of } from '../countries.js';
import { type ServiceStatus, WEEKDAYS, type Weekday } from '../directory.js';
import { compact } from './helpers.js';
import { uuidV5 } from './ids.js';
import type {
  HsdsAttribute,
  HsdsLocation,
  HsdsOrganization,
  HsdsSchedule,
  HsdsService,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  hsdsOrganizationCore,
} from './records.js';
import { GENDER_TAXONOMY, type HavenTaxonomy, SERVICE_TYPE_TAXONOMY, TIME_ZONE_TAXONOMY, termId } from './taxonomies.js';

/** What the export needs of a directory organisation (DirectoryOrganization fits). */
export interface HavenOrganizationData {
  readonly id: string;
  readonly name: string;
  readonly alternateName?: string | undefined;
  readonly description: string;
  readonly email?: string | undefined;
  readonly website?: string | undefined;
}

/** What the export needs of a directory service (DirectoryService fits). */
export interface HavenServiceData {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly alternateName?: string | undefined;
  readonly description: string;
  readonly url?: string | undefined;
  readonly email?: string | undefined;
  readonly status: ServiceStatus;
  readonly types: readonly string[];
  readonly languages: readonly string[];
  readonly minimumAge?: number | undefined;
  readonly maximumAge?: number | undefined;
  readonly genders: readonly string[];
  readonly eligibilityDescription?: string | undefined;
  readonly feesDescription?: string | undefined;
  readonly free: boolean;
  readonly applicationProcess?: string | undefined;
  readonly locations: readonly {
    readonly id?: string | undefined;
    readonly name?: string | undefined;
    readonly address: {
      readonly address1: string;
      readonly city: string;
      readonly region?: string | undefined;
      readonly postalCode?: string | undefined;
      readonly country: string;
    };
  }[];
  readonly phones: readonly { readonly id?: string | undefined; readonly number: string; readonly description?: string | undefined }[];
  readonly alwaysOpen: boolean;
  readonly schedules: readonly {
    readonly id?: string | undefined;
    readonly byday: readonly Weekday[];
    readonly opensAt: string;
    readonly closesAt: string;
    readonly description?: string | undefined;
  }[];
  readonly timeZone: string;
}

/** An optional text: absent when empty. */
const nz = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

const ALWAYS_OPEN_DESCRIPTION = 'Open around the clock';

function languageName(code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

function taxonomyRecord(t: HavenTaxonomy): HsdsTaxonomy {
  return { id: t.id, name: t.name, description: t.description };
}

function termRecord(t: HavenTaxonomy, code: string): HsdsTaxonomyTerm {
  const term = t.terms.find((x) => x.code === code);
  return {
    id: termId(t, code),
    code,
    name: term?.name ?? code,
    description: term?.description ?? '',
    taxonomy: t.name,
    taxonomy_id: t.id,
    taxonomy_detail: taxonomyRecord(t),
  };
}

function attributeRecord(serviceId: string, t: HavenTaxonomy, code: string, extra: { link_type?: string; value?: string } = {}): HsdsAttribute {
  return compact({
    id: uuidV5(serviceId, `attribute:${t.name}:${code}`),
    link_id: serviceId,
    link_entity: 'service',
    link_type: extra.link_type,
    taxonomy_term_id: termId(t, code),
    value: extra.value,
    taxonomy_term: termRecord(t, code),
  });
}

export function hsdsOrganizationOf(o: HavenOrganizationData): z.infer<typeof hsdsOrganizationCore> {
  return compact({ id: o.id, name: o.name, alternate_name: nz(o.alternateName), description: o.description ?? '', email: nz(o.email), website: nz(o.website) });
}

/**
 * Locations shared by several services keep one id; a location id met again with other content
 * (two services that named the same id differently) gets an id of its own, derived from the service.
 */
export class LocationIds {
  private readonly seen = new Map<string, string>();
  idFor(serviceId: string, storedId: string | undefined, index: number, content: unknown): string {
    const id = storedId ?? uuidV5(serviceId, `location:${index}`);
    const key = JSON.stringify(content);
    const known = this.seen.get(id);
    if (known === undefined) {
      this.seen.set(id, key);
      return id;
    }
    return known === key ? id : uuidV5(serviceId, `location:${id}`);
  }
}

export function hsdsServiceOf(s: HavenServiceData, locationIds = new LocationIds()): HsdsService {
  const schedules: HsdsSchedule[] = s.schedules.map((sc, i) =>
    compact({
      id: sc.id ?? uuidV5(s.id, `schedule:${i}`),
      service_id: s.id,
      freq: 'WEEKLY' as const,
      byday: sc.byday.join(','),
      opens_at: sc.opensAt,
      closes_at: sc.closesAt,
      description: nz(sc.description),
    }),
  );
  if (s.alwaysOpen) {
    schedules.push({
      id: uuidV5(s.id, 'schedule:always-open'),
      service_id: s.id,
      freq: 'WEEKLY',
      byday: WEEKDAYS.join(','),
      opens_at: '00:00',
      closes_at: '00:00',
      description: ALWAYS_OPEN_DESCRIPTION,
    });
  }
  const attributes: HsdsAttribute[] = [
    ...s.types.map((code) => attributeRecord(s.id, SERVICE_TYPE_TAXONOMY, code)),
    ...s.genders.map((code) => attributeRecord(s.id, GENDER_TAXONOMY, code, { link_type: 'eligibility' })),
    ...(s.timeZone && s.timeZone !== 'UTC' ? [attributeRecord(s.id, TIME_ZONE_TAXONOMY, 'iana', { value: s.timeZone })] : []),
  ];
  return compact({
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    alternate_name: nz(s.alternateName),
    description: s.description ?? '',
    url: nz(s.url),
    email: nz(s.email),
    status: s.status,
    application_process: nz(s.applicationProcess),
    fees_description: nz(s.feesDescription),
    eligibility_description: nz(s.eligibilityDescription),
    minimum_age: s.minimumAge,
    maximum_age: s.maximumAge,
    phones: s.phones.map((ph, i) => compact({ id: ph.id ?? uuidV5(s.id, `phone:${i}`), service_id: s.id, number: ph.number, description: nz(ph.description) })),
    schedules,
    service_at_locations: s.locations.map((l, i) => {
      const locationId = locationIds.idFor(s.id, l.id, i, { name: l.name, address: l.address });
      const location: HsdsLocation = compact({
        id: locationId,
        location_type: 'physical' as const,
        organization_id: s.organizationId,
        name: nz(l.name),
        addresses: [
          {
            id: uuidV5(locationId, 'address'),
            location_id: locationId,
            address_1: l.address.address1 ?? '',
            city: l.address.city,
            state_province: nz(l.address.region) ?? '',
            postal_code: nz(l.address.postalCode) ?? '',
            country: alpha2Of(l.address.country) ?? l.address.country,
            address_type: 'physical' as const,
          },
        ],
      });
      return { id: uuidV5(s.id, `service_at_location:${locationId}`), service_id: s.id, location_id: locationId, location };
    }),
    languages: s.languages.map((code) => compact({ id: uuidV5(s.id, `language:${code}`), service_id: s.id, name: languageName(code), code })),
    cost_options: s.free ? [{ id: uuidV5(s.id, 'cost_option:free'), service_id: s.id, option: 'Free of charge', amount: 0 }] : [],
    attributes,
  });
}

/** The directory as HSDS JSON: a list of organizations, each with its services (in the order given). */
export function toHsdsJson(organizations: readonly HavenOrganizationData[], services: readonly HavenServiceData[]): HsdsOrganization[] {
  const locationIds = new LocationIds();
  const byOrg = new Map<string, HavenServiceData[]>();
  for (const s of services) byOrg.set(s.organizationId, [...(byOrg.get(s.organizationId) ?? []), s]);
  return organizations.map((o) => ({ ...hsdsOrganizationOf(o), services: (byOrg.get(o.id) ?? []).map((s) => hsdsServiceOf(s, locationIds)) }));
}
