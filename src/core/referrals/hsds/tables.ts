/**
 * HSDS's tables as an import sees them (from JSON or the tabular package), each record knowing
 * where it came from, and the HSDS 3.0 field rules and references they are checked against. Pure: no I/O.
 */
import { SERVICE_STATUSES, WEEKDAYS } from '../directory.js';
import { FREQUENCIES, LOCATION_TYPES } from './records.js';

export const TABLE_NAMES = [
  'organization',
  'service',
  'location',
  'address',
  'phone',
  'schedule',
  'service_at_location',
  'language',
  'taxonomy',
  'taxonomy_term',
  'attribute',
  'cost_option',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Where a record came from: a CSV file and data row, or an index in the JSON list and a path inside it. */
export interface Source {
  readonly file?: string;
  readonly row?: number;
  readonly path?: string;
}
export interface TableRecord {
  readonly data: Record<string, unknown>;
  readonly src: Source;
}
export type Tables = Record<TableName, TableRecord[]>;

export const emptyTables = (): Tables => Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as Tables;

export type FieldKind = 'text' | 'uuid' | 'email' | 'uri' | 'number' | 'enum' | 'time' | 'date' | 'byday' | 'country';
export interface FieldRule {
  readonly kind: FieldKind;
  /** `value`: must have a value; `key`: must be there (a JSON key, a CSV column), possibly empty. */
  readonly required?: 'value' | 'key';
  readonly values?: readonly string[];
}

const T: FieldRule = { kind: 'text' };
const ID: FieldRule = { kind: 'uuid', required: 'value' };
const REF: FieldRule = { kind: 'uuid' };
const REQ_REF: FieldRule = { kind: 'uuid', required: 'value' };
const NUM: FieldRule = { kind: 'number' };
const DATE: FieldRule = { kind: 'date' };

/** The HSDS 3.0 fields Haven reads or checks, by table (other fields are allowed and left alone). */
export const FIELD_RULES: Record<TableName, Record<string, FieldRule>> = {
  organization: {
    id: ID,
    name: { kind: 'text', required: 'value' },
    alternate_name: T,
    description: { kind: 'text', required: 'key' },
    email: { kind: 'email' },
    website: { kind: 'uri' },
    year_incorporated: NUM,
    parent_organization_id: REF,
  },
  service: {
    id: ID,
    organization_id: REQ_REF,
    program_id: REF,
    name: { kind: 'text', required: 'value' },
    alternate_name: T,
    description: T,
    url: { kind: 'uri' },
    email: { kind: 'email' },
    status: { kind: 'enum', required: 'value', values: SERVICE_STATUSES },
    interpretation_services: T,
    application_process: T,
    fees_description: T,
    eligibility_description: T,
    minimum_age: NUM,
    maximum_age: NUM,
    assured_date: DATE,
    assurer_email: { kind: 'email' },
    alert: T,
  },
  location: {
    id: ID,
    location_type: { kind: 'enum', required: 'value', values: LOCATION_TYPES },
    url: { kind: 'uri' },
    organization_id: REF,
    name: T,
    alternate_name: T,
    description: T,
    latitude: NUM,
    longitude: NUM,
  },
  address: {
    id: ID,
    location_id: REQ_REF,
    attention: T,
    address_1: { kind: 'text', required: 'key' },
    address_2: T,
    city: { kind: 'text', required: 'value' },
    region: T,
    state_province: { kind: 'text', required: 'key' },
    postal_code: { kind: 'text', required: 'key' },
    country: { kind: 'country', required: 'value' },
    address_type: { kind: 'enum', required: 'value', values: LOCATION_TYPES },
  },
  phone: {
    id: ID,
    location_id: REF,
    service_id: REF,
    organization_id: REF,
    contact_id: REF,
    service_at_location_id: REF,
    number: { kind: 'text', required: 'value' },
    extension: NUM,
    type: T,
    description: T,
  },
  schedule: {
    id: ID,
    service_id: REF,
    location_id: REF,
    service_at_location_id: REF,
    valid_from: DATE,
    valid_to: DATE,
    dtstart: DATE,
    timezone: NUM,
    until: DATE,
    count: NUM,
    wkst: { kind: 'enum', values: WEEKDAYS },
    freq: { kind: 'enum', values: FREQUENCIES },
    interval: NUM,
    byday: { kind: 'byday' },
    description: T,
    opens_at: { kind: 'time' },
    closes_at: { kind: 'time' },
    notes: T,
  },
  service_at_location: { id: ID, service_id: REQ_REF, location_id: REQ_REF, description: T },
  language: { id: ID, service_id: REF, location_id: REF, phone_id: REF, name: T, code: T, note: T },
  taxonomy: { id: ID, name: { kind: 'text', required: 'value' }, description: { kind: 'text', required: 'key' }, uri: { kind: 'uri' }, version: T },
  taxonomy_term: {
    id: ID,
    code: T,
    name: { kind: 'text', required: 'value' },
    description: { kind: 'text', required: 'key' },
    parent_id: REF,
    taxonomy: T,
    language: T,
    taxonomy_id: REF,
    term_uri: { kind: 'uri' },
  },
  attribute: {
    id: ID,
    link_id: REQ_REF,
    taxonomy_term_id: REQ_REF,
    link_type: T,
    link_entity: { kind: 'text', required: 'value' },
    value: T,
    label: T,
  },
  cost_option: {
    id: ID,
    service_id: REQ_REF,
    valid_from: DATE,
    valid_to: DATE,
    option: T,
    currency: T,
    amount: NUM,
    amount_description: T,
  },
};

/** References between tables: field → the table its id must be in. */
export const REFERENCES: Partial<Record<TableName, Record<string, TableName>>> = {
  organization: { parent_organization_id: 'organization' },
  service: { organization_id: 'organization' },
  location: { organization_id: 'organization' },
  address: { location_id: 'location' },
  phone: { location_id: 'location', service_id: 'service', organization_id: 'organization', service_at_location_id: 'service_at_location' },
  schedule: { service_id: 'service', location_id: 'location', service_at_location_id: 'service_at_location' },
  service_at_location: { service_id: 'service', location_id: 'location' },
  language: { service_id: 'service', location_id: 'location', phone_id: 'phone' },
  taxonomy_term: { parent_id: 'taxonomy_term', taxonomy_id: 'taxonomy' },
  attribute: { taxonomy_term_id: 'taxonomy_term' },
  cost_option: { service_id: 'service' },
};

/** Tables whose ids an attribute's link_entity may name. */
export const LINKABLE: ReadonlySet<string> = new Set<TableName>([
  'organization',
  'service',
  'location',
  'address',
  'phone',
  'schedule',
  'service_at_location',
  'language',
  'cost_option',
]);
