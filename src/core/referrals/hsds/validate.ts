/** HSDS's field rules and references checked on every record of an import. Pure: no I/O. */
import { z } from 'zod';
import { alpha3Of } from '../countries.js';
import { present } from './helpers.js';
import { type Problems, where } from './problems.js';
import { FIELD_RULES, type FieldRule, LINKABLE, REFERENCES, TABLE_NAMES, type TableName, type TableRecord, type Tables } from './tables.js';

/** What z.uuid() accepts, tested without Zod's cost of building an error for every value it refuses. */
const UUID = z.regexes.uuid();
const isUuid = (v: string) => UUID.test(v);
const EMAIL = z.email();
const URI = z.url();
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function checkField(rule: FieldRule, v: unknown): string | null {
  switch (rule.kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? null : 'must be a number';
    case 'text':
      return typeof v === 'string' ? null : 'must be text';
    default:
      break;
  }
  if (typeof v !== 'string') return 'must be text';
  switch (rule.kind) {
    case 'uuid':
      return isUuid(v) ? null : 'must be a UUID, e.g. 3f7b145d-84af-42d7-8fae-eaca714b02b2';
    case 'email':
      return EMAIL.safeParse(v).success ? null : 'must be an e-mail address';
    case 'uri':
      return URI.safeParse(v).success ? null : 'must be a URL, e.g. https://example.org';
    case 'enum':
      return rule.values?.includes(v) ? null : `must be one of: ${rule.values?.join(', ')}`;
    case 'time':
      return TIME.test(v) ? null : 'must be a time like 09:30 (HH:MM, optionally with seconds and Z or an offset such as +02:00)';
    case 'date':
      return DATE_RE.test(v) ? null : 'must be a date like 2024-12-31';
    case 'byday':
      return v.split(',').every((d) => BYDAY_ITEM.test(d.trim())) ? null : 'must be days of the week separated by commas, e.g. MO,TU,WE';
    case 'country':
      return alpha3Of(v) && /^[A-Za-z]{2}$/.test(v.trim()) ? null : 'must be an ISO 3166-1 alpha-2 country code, e.g. GR';
    default:
      return null;
  }
}

/** Checks the field rules of every record; answers the records that have no problem. */
export function checkRecords(tables: Tables, p: Problems): Set<TableRecord> {
  const valid = new Set<TableRecord>();
  for (const table of TABLE_NAMES) {
    const rules = Object.entries(FIELD_RULES[table]);
    for (const rec of tables[table]) {
      const before = p.count;
      for (const [field, rule] of rules) {
        const has = Object.hasOwn(rec.data, field);
        const v = rec.data[field];
        if (!present(v)) {
          if (rule.required === 'value') p.add(rec.src, field, 'is required');
          else if (rule.required === 'key' && !has) p.add(rec.src, field, 'is required (it may be empty)');
          continue;
        }
        const problem = checkField(rule, v);
        if (problem) p.add(rec.src, field, problem);
      }
      if (table === 'schedule' && typeof rec.data.byday === 'string' && rec.data.freq !== 'MONTHLY' && /\d/.test(rec.data.byday)) {
        p.add(rec.src, 'byday', 'a number before a day (2MO: the second Monday) is for MONTHLY schedules only');
      }
      if (table === 'service' && typeof rec.data.minimum_age === 'number' && typeof rec.data.maximum_age === 'number') {
        if (rec.data.maximum_age < rec.data.minimum_age) p.add(rec.src, 'maximum_age', 'must not be below minimum_age');
      }
      if (p.count === before) valid.add(rec);
    }
  }
  return valid;
}

export type Index = Record<TableName, Map<string, TableRecord>>;

/** Unique ids in each table, and every reference resolving to a record of the file. */
export function checkIdsAndReferences(tables: Tables, p: Problems): Index {
  const index = Object.fromEntries(TABLE_NAMES.map((t) => [t, new Map<string, TableRecord>()])) as unknown as Index;
  for (const table of TABLE_NAMES) {
    for (const rec of tables[table]) {
      const id = rec.data.id;
      if (typeof id !== 'string' || !id) continue;
      const first = index[table].get(id);
      if (first) p.add(rec.src, 'id', `duplicate ${table} id (also ${where(first.src)})`);
      else index[table].set(id, rec);
    }
  }
  for (const table of TABLE_NAMES) {
    const refs = REFERENCES[table] ?? {};
    for (const rec of tables[table]) {
      for (const [field, target] of Object.entries(refs)) {
        const v = rec.data[field];
        if (typeof v !== 'string' || !v || !isUuid(v)) continue;
        if (!index[target].has(v)) p.add(rec.src, field, `no ${target} with this id in the data`);
      }
      if (table === 'attribute') {
        const entity = rec.data.link_entity;
        const link = rec.data.link_id;
        if (typeof entity === 'string' && LINKABLE.has(entity) && typeof link === 'string' && isUuid(link)) {
          if (!index[entity as TableName].has(link)) p.add(rec.src, 'link_id', `no ${entity} with this id in the data`);
        }
      }
    }
  }
  return index;
}
