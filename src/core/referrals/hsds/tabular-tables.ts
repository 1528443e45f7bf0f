/** The tables of the HSDS tabular data package (see tabular.ts): each table's file, its other names, Haven's columns. Pure: no I/O. */
import type { TableName } from './tables.js';

export interface TableSpec {
  readonly table: TableName;
  /** The path HSDS gives the table's file. */
  readonly path: string;
  /** Other names the file goes by in the wild. */
  readonly aliases: readonly string[];
  /** The columns Haven writes, in order. */
  readonly columns: readonly string[];
  /** References to other tables (for datapackage.json's foreign keys). */
  readonly references?: Readonly<Record<string, TableName>>;
}

export const TABULAR: readonly TableSpec[] = [
  {
    table: 'organization',
    path: 'organizations.csv',
    aliases: ['organization.csv'],
    columns: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  },
  {
    table: 'service',
    path: 'services.csv',
    aliases: ['service.csv'],
    columns: [
      'id',
      'organization_id',
      'name',
      'alternate_name',
      'description',
      'url',
      'email',
      'status',
      'application_process',
      'fees_description',
      'eligibility_description',
      'minimum_age',
      'maximum_age',
    ],
    references: { organization_id: 'organization' },
  },
  {
    table: 'location',
    path: 'locations.csv',
    aliases: ['location.csv'],
    columns: ['id', 'location_type', 'organization_id', 'name'],
    references: { organization_id: 'organization' },
  },
  {
    table: 'address',
    path: 'addresses.csv',
    aliases: ['address.csv', 'physical_addresses.csv'],
    columns: ['id', 'location_id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
    references: { location_id: 'location' },
  },
  { table: 'phone', path: 'phones.csv', aliases: ['phone.csv'], columns: ['id', 'service_id', 'number', 'description'], references: { service_id: 'service' } },
  {
    table: 'schedule',
    path: 'schedules.csv',
    aliases: ['schedule.csv'],
    columns: ['id', 'service_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description'],
    references: { service_id: 'service' },
  },
  {
    table: 'service_at_location',
    path: 'service_at_location.csv',
    aliases: ['service_at_locations.csv', 'services_at_location.csv', 'services_at_locations.csv'],
    columns: ['id', 'service_id', 'location_id'],
    references: { service_id: 'service', location_id: 'location' },
  },
  { table: 'language', path: 'languages.csv', aliases: ['language.csv'], columns: ['id', 'service_id', 'name', 'code'], references: { service_id: 'service' } },
  { table: 'taxonomy', path: 'taxonomies.csv', aliases: ['taxonomy.csv'], columns: ['id', 'name', 'description'] },
  {
    table: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    aliases: ['taxonomy_term.csv'],
    columns: ['id', 'code', 'name', 'description', 'taxonomy', 'taxonomy_id'],
    references: { taxonomy_id: 'taxonomy' },
  },
  {
    table: 'attribute',
    path: 'attributes.csv',
    aliases: ['attribute.csv'],
    columns: ['id', 'link_id', 'link_entity', 'link_type', 'taxonomy_term_id', 'value'],
    references: { taxonomy_term_id: 'taxonomy_term' },
  },
  {
    table: 'cost_option',
    path: 'cost_options.csv',
    aliases: ['cost_option.csv'],
    columns: ['id', 'service_id', 'option', 'amount'],
    references: { service_id: 'service' },
  },
];

export const DATAPACKAGE = 'datapackage.json';
