/** Import: HSDS JSON (nested records) → HSDS's tables. Pure: no I/O. */
import { isObject, type Json, present } from './helpers.js';
import { MAX_TABLE_RECORDS, tooManyRecords } from './limits.js';
import type { Problems } from './problems.js';
import { emptyTables, type Source, type TableName, type Tables } from './tables.js';

/** The table of the items of each list of HSDS JSON. */
const LIST_TABLE: Readonly<Record<string, TableName>> = {
  organizations: 'organization',
  services: 'service',
  locations: 'location',
  addresses: 'address',
  phones: 'phone',
  schedules: 'schedule',
  service_at_locations: 'service_at_location',
  languages: 'language',
  cost_options: 'cost_option',
  attributes: 'attribute',
};

class Flattener {
  readonly tables = emptyTables();
  private readonly shared = new Map<string, Set<string>>();
  /** Items of each table's lists so far (objects or not): at most MAX_TABLE_RECORDS. */
  private readonly items = new Map<TableName, number>();
  constructor(readonly p: Problems) {}

  /** Counts the `n` items of a list of `key`, refusing the file (TooLarge) over the limit. */
  count(key: string, n: number): void {
    const table = LIST_TABLE[key];
    if (!table) return;
    const total = (this.items.get(table) ?? 0) + n;
    this.items.set(table, total);
    if (total > MAX_TABLE_RECORDS) throw tooManyRecords(key);
  }

  /** A record of a table where the same record may appear nested more than once (locations, taxonomy terms): the first is kept. */
  private once(table: TableName, data: Json): boolean {
    const id = data.id;
    if (typeof id !== 'string' || !id) return true;
    const seen = this.shared.get(table) ?? new Set<string>();
    this.shared.set(table, seen);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }

  private list(src: Source, parent: Json, key: string): { item: Json; src: Source }[] {
    const v = parent[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.p.add(src, key, 'must be a list');
      return [];
    }
    this.count(key, v.length);
    const out: { item: Json; src: Source }[] = [];
    v.forEach((item, i) => {
      const at = { ...src, path: src.path ? `${src.path}.${key}.${i}` : `${key}.${i}` };
      if (isObject(item)) out.push({ item, src: at });
      else this.p.add(at, '', 'must be an object');
    });
    return out;
  }

  private nested(src: Source, parent: Json, key: string): { item: Json; src: Source } | null {
    const v = parent[key];
    if (v === undefined || v === null) return null;
    const at = { ...src, path: src.path ? `${src.path}.${key}` : key };
    if (!isObject(v)) {
      this.p.add(src, key, 'must be an object');
      return null;
    }
    return { item: v, src: at };
  }

  /** The parent's id in a child's reference field: filled in when absent, checked when given. */
  private linked(child: Json, src: Source, field: string, parentId: unknown, what: string): Json {
    if (!present(child[field])) return present(parentId) ? { ...child, [field]: parentId } : child;
    if (present(parentId) && child[field] !== parentId) this.p.add(src, field, `must be the id of the ${what} it is nested in`);
    return child;
  }

  organization(org: Json, src: Source, shared = false): void {
    if (shared && !this.once('organization', org)) return;
    this.tables.organization.push({ data: org, src });
    for (const s of this.list(src, org, 'services')) this.service(this.linked(s.item, s.src, 'organization_id', org.id, 'organization'), s.src);
    for (const l of this.list(src, org, 'locations')) this.location(this.linked(l.item, l.src, 'organization_id', org.id, 'organization'), l.src);
  }

  service(svc: Json, src: Source): void {
    this.tables.service.push({ data: svc, src });
    const org = this.nested(src, svc, 'organization');
    if (org) {
      if (present(svc.organization_id) && present(org.item.id) && svc.organization_id !== org.item.id)
        this.p.add(src, 'organization_id', 'must be the id of its organization');
      this.organization(org.item, org.src, true);
      if (!present(svc.organization_id)) (svc as Json).organization_id = org.item.id;
    }
    for (const key of ['phones', 'schedules', 'languages', 'cost_options'] as const) {
      const table = ({ phones: 'phone', schedules: 'schedule', languages: 'language', cost_options: 'cost_option' } as const)[key];
      for (const c of this.list(src, svc, key)) this.tables[table].push({ data: this.linked(c.item, c.src, 'service_id', svc.id, 'service'), src: c.src });
    }
    for (const a of this.list(src, svc, 'attributes')) this.attribute(a.item, a.src, svc.id, 'service');
    for (const sal of this.list(src, svc, 'service_at_locations')) {
      let data = this.linked(sal.item, sal.src, 'service_id', svc.id, 'service');
      const loc = this.nested(sal.src, sal.item, 'location');
      if (loc) {
        data = this.linked(data, sal.src, 'location_id', loc.item.id, 'location');
        this.location(loc.item, loc.src);
      }
      this.tables.service_at_location.push({ data, src: sal.src });
      for (const key of ['phones', 'schedules'] as const) {
        const table = key === 'phones' ? 'phone' : 'schedule';
        for (const c of this.list(sal.src, sal.item, key))
          this.tables[table].push({ data: this.linked(c.item, c.src, 'service_at_location_id', sal.item.id, 'service at location'), src: c.src });
      }
    }
  }

  location(loc: Json, src: Source): void {
    if (!this.once('location', loc)) return;
    this.tables.location.push({ data: loc, src });
    for (const a of this.list(src, loc, 'addresses'))
      this.tables.address.push({ data: this.linked(a.item, a.src, 'location_id', loc.id, 'location'), src: a.src });
  }

  attribute(attr: Json, src: Source, linkId: unknown, entity: string): void {
    let data = this.linked(attr, src, 'link_id', linkId, entity);
    if (!present(data.link_entity)) data = { ...data, link_entity: entity };
    const term = this.nested(src, attr, 'taxonomy_term');
    if (term) {
      data = this.linked(data, src, 'taxonomy_term_id', term.item.id, 'taxonomy term');
      this.term(term.item, term.src);
    }
    this.tables.attribute.push({ data, src });
  }

  term(term: Json, src: Source): void {
    if (!this.once('taxonomy_term', term)) return;
    let data = term;
    const detail = this.nested(src, term, 'taxonomy_detail');
    if (detail) {
      data = this.linked(data, src, 'taxonomy_id', detail.item.id, 'taxonomy');
      if (this.once('taxonomy', detail.item)) this.tables.taxonomy.push({ data: detail.item, src: detail.src });
    }
    this.tables.taxonomy_term.push({ data, src });
  }
}

/** HSDS JSON as HSDS's tables, each record knowing where it was; throws TooLarge over MAX_TABLE_RECORDS items of a kind. */
export function flattenHsdsJson(root: unknown, p: Problems): Tables {
  const f = new Flattener(p);
  let items: unknown[] | null = null;
  let kind: 'organizations' | 'services' = 'organizations';
  if (Array.isArray(root)) {
    items = root;
    const first = root.find(isObject);
    if (
      first &&
      !Object.hasOwn(first, 'services') &&
      (Object.hasOwn(first, 'organization') || Object.hasOwn(first, 'organization_id') || Object.hasOwn(first, 'status'))
    )
      kind = 'services';
  } else if (isObject(root)) {
    if (Array.isArray(root.organizations)) items = root.organizations;
    else if (Array.isArray(root.services)) {
      items = root.services;
      kind = 'services';
    } else if (Array.isArray(root.contents)) {
      items = root.contents;
      kind = 'services';
    }
  }
  if (!items) {
    p.add(
      {},
      '(file)',
      'expected a list of organizations (each with its services), { "organizations": [...] }, or a list of services each with its organization',
    );
    return f.tables;
  }
  f.count(kind, items.length);
  items.forEach((item, row) => {
    const src: Source = { row };
    if (!isObject(item)) p.add(src, '', 'must be an object');
    else if (kind === 'organizations') f.organization(item, src);
    else f.service(item, src);
  });
  return f.tables;
}
