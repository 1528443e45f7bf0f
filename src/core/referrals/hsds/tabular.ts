/**
 * The HSDS tabular data package: one CSV file per HSDS table (RFC 4180, UTF-8, a header row) and
 * a `datapackage.json` (Frictionless Data) describing them, in a zip. Here: the export (the nested
 * HSDS JSON of an export becomes the tables); the tables are in tabular-tables.ts, the import in
 * tabular-import.ts (its zip opened by unzip.ts), all of them exported from here. Pure: no I/O.
 */
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { type HsdsOrganization, HSDS_VERSION } from './records.js';
import { FIELD_RULES, TABLE_NAMES, type TableName } from './tables.js';
import { DATAPACKAGE, TABULAR } from './tabular-tables.js';

export { DATAPACKAGE, TABULAR, type TableSpec } from './tabular-tables.js';
export { fromTabular, importTabular } from './tabular-import.js';
export { unzipPackage } from './unzip.js';

// ---------------------------------------------------------------------------------------------
// Export

type Row = Record<string, unknown>;

/** The nested HSDS JSON of an export as rows of HSDS's tables (records shared by several services once). */
export function tablesOf(organizations: readonly HsdsOrganization[]): Record<TableName, Row[]> {
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Record<TableName, Row[]>;
  const seen = Object.fromEntries(TABLE_NAMES.map((t) => [t, new Set<string>()])) as Record<TableName, Set<string>>;
  const add = (table: TableName, row: Row) => {
    const id = String(row.id);
    if (seen[table].has(id)) return;
    seen[table].add(id);
    out[table].push(row);
  };
  for (const { services, ...org } of organizations) {
    add('organization', org);
    for (const { phones, schedules, service_at_locations, languages, cost_options, attributes, organization: _org, ...service } of services ?? []) {
      add('service', service);
      for (const ph of phones) add('phone', ph);
      for (const sc of schedules) add('schedule', sc);
      for (const { location, ...sal } of service_at_locations) {
        const { addresses, ...loc } = location;
        add('location', loc);
        for (const a of addresses) add('address', a);
        add('service_at_location', sal);
      }
      for (const l of languages) add('language', l);
      for (const c of cost_options) add('cost_option', c);
      for (const { taxonomy_term, ...attr } of attributes) {
        add('attribute', attr);
        if (taxonomy_term) {
          const { taxonomy_detail, ...term } = taxonomy_term;
          if (taxonomy_detail) add('taxonomy', taxonomy_detail);
          add('taxonomy_term', term);
        }
      }
    }
  }
  return out;
}

const cell = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** A table as CSV (RFC 4180: comma, double quotes where needed, CRLF). */
export function csvOf(columns: readonly string[], rows: readonly Row[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => cell(r[c]))) }, { newline: '\r\n', quotes: false })}\r\n`;
}

function fieldOf(table: TableName, name: string): Record<string, unknown> {
  const rule = FIELD_RULES[table][name];
  const base: Record<string, unknown> = { name };
  switch (rule?.kind) {
    case 'number':
      base.type = 'number';
      break;
    case 'date':
      base.type = 'date';
      break;
    case 'uuid':
      Object.assign(base, { type: 'string', format: 'uuid' });
      break;
    case 'email':
      Object.assign(base, { type: 'string', format: 'email' });
      break;
    case 'uri':
      Object.assign(base, { type: 'string', format: 'uri' });
      break;
    default:
      base.type = 'string';
  }
  const constraints: Record<string, unknown> = {};
  if (rule?.required === 'value') constraints.required = true;
  if (name === 'id') constraints.unique = true;
  if (rule?.kind === 'enum' && rule.values) constraints.enum = [...rule.values];
  if (Object.keys(constraints).length > 0) base.constraints = constraints;
  return base;
}

/** The datapackage.json of Haven's tables. */
export function datapackageOf(): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: 'haven-service-directory',
    title: 'Haven service directory',
    description: `Open Referral Human Services Data Specification ${HSDS_VERSION}, tabular format`,
    resources: TABULAR.map((t) => ({
      name: t.table,
      path: t.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: t.columns.map((c) => fieldOf(t.table, c)),
        primaryKey: 'id',
        ...(t.references
          ? { foreignKeys: Object.entries(t.references).map(([field, target]) => ({ fields: field, reference: { resource: target, fields: 'id' } })) }
          : {}),
      },
    })),
  };
}

/** The files of the package: one CSV per table, and datapackage.json. */
export function toTabular(organizations: readonly HsdsOrganization[]): Record<string, string> {
  const rows = tablesOf(organizations);
  const files: Record<string, string> = { [DATAPACKAGE]: `${JSON.stringify(datapackageOf(), null, 2)}\n` };
  for (const t of TABULAR) files[t.path] = csvOf(t.columns, rows[t.table]);
  return files;
}

const encoder = new TextEncoder();

/** The package as a zip. */
export function zipPackage(files: Readonly<Record<string, string>>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, encoder.encode(content)])), { level: 6 });
}
