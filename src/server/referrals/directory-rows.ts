/** The directory's rows as PostgreSQL gives them, the columns read, and the records they make. */
import type { DirectoryOrganization, DirectoryService, ServiceStatus } from '../../core/referrals/directory.js';

export interface ServiceRow {
  id: string;
  org_id: string;
  organization_id: string;
  organization_name: string;
  member_org_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: ServiceStatus;
  types: DirectoryService['types'];
  languages: string[];
  minimum_age: number | null;
  maximum_age: number | null;
  genders: DirectoryService['genders'];
  eligibility_description: string | null;
  fees_description: string | null;
  free: boolean;
  application_process: string | null;
  locations: DirectoryService['locations'];
  phones: DirectoryService['phones'];
  schedules: DirectoryService['schedules'];
  always_open: boolean;
  time_zone: string;
  countries: string[];
  version: number;
  updated_at: Date;
  total?: string;
}

export interface OrganizationRow {
  id: string;
  org_id: string;
  member_org_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
  version: number;
  updated_at: Date;
  total?: string;
}

export const SERVICE_COLUMNS = `s.id, s.org_id, s.organization_id, o.name AS organization_name, o.member_org_id, s.name, s.alternate_name, s.description,
  s.url, s.email, s.status, s.types, s.languages, s.minimum_age, s.maximum_age, s.genders, s.eligibility_description, s.fees_description,
  s.free, s.application_process, s.locations, s.phones, s.schedules, s.always_open, s.time_zone, s.countries, s.version, s.updated_at`;
export const SERVICE_FROM = 'directory_services s JOIN directory_organizations o ON o.id = s.organization_id';
export const ORGANIZATION_COLUMNS = 'o.id, o.org_id, o.member_org_id, o.name, o.alternate_name, o.description, o.email, o.website, o.version, o.updated_at';

/** Leaves out the optional fields that have no value. */
function present<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

export function serviceOfRow(r: ServiceRow): DirectoryService {
  const fields = present({
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    alternateName: r.alternate_name,
    description: r.description,
    url: r.url,
    email: r.email,
    status: r.status,
    types: r.types,
    languages: r.languages,
    minimumAge: r.minimum_age,
    maximumAge: r.maximum_age,
    genders: r.genders,
    eligibilityDescription: r.eligibility_description,
    feesDescription: r.fees_description,
    free: r.free,
    applicationProcess: r.application_process,
    locations: r.locations,
    phones: r.phones,
    alwaysOpen: r.always_open,
    schedules: r.schedules,
    timeZone: r.time_zone,
    organizationName: r.organization_name,
    countries: r.countries,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  });
  return { ...fields, memberOrgId: r.member_org_id } as DirectoryService;
}

export function organizationOfRow(r: OrganizationRow): DirectoryOrganization {
  return {
    ...present({
      id: r.id,
      name: r.name,
      alternateName: r.alternate_name,
      description: r.description,
      email: r.email,
      website: r.website,
      maintainedBy: r.org_id,
      version: r.version,
      updatedAt: r.updated_at.toISOString(),
    }),
    memberOrgId: r.member_org_id,
  } as DirectoryOrganization;
}
