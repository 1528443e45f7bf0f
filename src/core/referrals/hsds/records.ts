/** The records of Open Referral HSDS 3.0 as Haven writes them (the export, the HSDS API). Pure: no I/O. */
import { z } from 'zod';
import { SERVICE_STATUSES } from '../directory.js';

export const HSDS_VERSION = '3.0';

const str = z.string();
const optStr = z.string().optional();
export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;
export const FREQUENCIES = ['WEEKLY', 'MONTHLY'] as const;

export const hsdsAddress = z.object({
  id: str,
  location_id: str,
  address_1: str,
  city: str,
  state_province: str,
  postal_code: str,
  country: str,
  address_type: z.enum(LOCATION_TYPES),
});
export const hsdsLocation = z.object({
  id: str,
  location_type: z.enum(LOCATION_TYPES),
  organization_id: optStr,
  name: optStr,
  addresses: z.array(hsdsAddress),
});
export const hsdsServiceAtLocation = z.object({ id: str, service_id: str, location_id: str, location: hsdsLocation });
export const hsdsPhone = z.object({ id: str, service_id: optStr, number: str, description: optStr });
export const hsdsSchedule = z.object({
  id: str,
  service_id: optStr,
  freq: z.enum(FREQUENCIES),
  byday: str,
  opens_at: str,
  closes_at: str,
  description: optStr,
});
export const hsdsLanguage = z.object({ id: str, service_id: str, name: optStr, code: str });
export const hsdsTaxonomy = z.object({ id: str, name: str, description: str });
export const hsdsTaxonomyTerm = z.object({
  id: str,
  code: str,
  name: str,
  description: str,
  taxonomy: str,
  taxonomy_id: str,
  taxonomy_detail: hsdsTaxonomy.optional(),
});
export const hsdsAttribute = z.object({
  id: str,
  link_id: str,
  link_entity: str,
  link_type: optStr,
  taxonomy_term_id: str,
  value: optStr,
  taxonomy_term: hsdsTaxonomyTerm.optional(),
});
export const hsdsCostOption = z.object({ id: str, service_id: str, option: optStr, amount: z.number() });
export const hsdsOrganizationCore = z.object({
  id: str,
  name: str,
  alternate_name: optStr,
  description: str,
  email: optStr,
  website: optStr,
});
export const hsdsService = z.object({
  id: str,
  organization_id: str,
  name: str,
  alternate_name: optStr,
  description: str,
  url: optStr,
  email: optStr,
  status: z.enum(SERVICE_STATUSES),
  application_process: optStr,
  fees_description: optStr,
  eligibility_description: optStr,
  minimum_age: z.number().optional(),
  maximum_age: z.number().optional(),
  phones: z.array(hsdsPhone),
  schedules: z.array(hsdsSchedule),
  service_at_locations: z.array(hsdsServiceAtLocation),
  languages: z.array(hsdsLanguage),
  cost_options: z.array(hsdsCostOption),
  attributes: z.array(hsdsAttribute),
  organization: hsdsOrganizationCore.optional(),
});
export const hsdsOrganization = hsdsOrganizationCore.extend({ services: z.array(hsdsService).optional() });

export type HsdsAddress = z.infer<typeof hsdsAddress>;
export type HsdsLocation = z.infer<typeof hsdsLocation>;
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocation>;
export type HsdsPhone = z.infer<typeof hsdsPhone>;
export type HsdsSchedule = z.infer<typeof hsdsSchedule>;
export type HsdsLanguage = z.infer<typeof hsdsLanguage>;
export type HsdsTaxonomy = z.infer<typeof hsdsTaxonomy>;
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTerm>;
export type HsdsAttribute = z.infer<typeof hsdsAttribute>;
export type HsdsCostOption = z.infer<typeof hsdsCostOption>;
export type HsdsService = z.infer<typeof hsdsService>;
export type HsdsOrganization = z.infer<typeof hsdsOrganization>;
