import { describe, expect, it } from 'vitest';
import { createCaseRequest } from '../../core/cases/case.js';
import { addDays, compareDates } from '../../core/cases/dates.js';
import { ENTRY_KINDS, entryKind } from '../../core/cases/entries.js';
import { createPersonRequest } from '../../core/cases/person.js';
import { closure } from '../../core/cases/work.js';
import { base32 } from './accounts.js';
import { SCENARIOS } from './cases.js';
import { DEMO_ORGANISATIONS } from './network.js';
import { demoPlan } from './plan.js';

const today = '2025-06-15';
const uuid = '00000000-0000-4000-8000-000000000001';
const refs = new Map<string, string>();
/** A distinct id for each of the writer's `@user:` / `@org:` references. */
function idOf(ref: string): string {
  const id = refs.get(ref) ?? `00000000-0000-4000-8000-${String(refs.size + 2).padStart(12, '0')}`;
  refs.set(ref, id);
  return id;
}
const ids = (v: unknown): unknown =>
  typeof v === 'string' && v.startsWith('@')
    ? idOf(v)
    : Array.isArray(v)
      ? v.map(ids)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ids(x)]))
        : v;

describe('the demo plan', () => {
  const plan = demoPlan({ seed: 7, today, personsPerOrg: 24 });

  it('is the same for the same seed and day, and differs for another seed', () => {
    expect(JSON.stringify(demoPlan({ seed: 7, today, personsPerOrg: 24 }))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(demoPlan({ seed: 8, today, personsPerOrg: 24 }))).not.toBe(JSON.stringify(plan));
  });

  it('passes the API request schemas, with every scenario and entry kind in every organisation', () => {
    expect(plan.map((p) => p.org.key)).toEqual(DEMO_ORGANISATIONS.map((o) => o.key));
    for (const { persons } of plan) {
      expect(new Set(persons.flatMap((p) => p.cases.map((c) => c.scenario)))).toEqual(new Set(SCENARIOS));
      expect(new Set(persons.flatMap((p) => p.cases.flatMap((c) => c.entries.map((e) => e.kind))))).toEqual(new Set(ENTRY_KINDS.map((k) => k.kind)));
      for (const { person, cases } of persons) {
        createPersonRequest.parse(person.request);
        for (const c of cases) {
          createCaseRequest.parse(ids({ personId: uuid, ...c.fields }));
          for (const e of c.entries) entryKind(e.kind)?.create.parse(ids(e.data));
          for (const m of c.moves) if (m.closure) closure.parse(ids(m.closure));
          for (const e of c.entries) expect(compareDates(e.on, today)).toBeLessThan(0);
        }
      }
    }
  });

  it('keeps the demo alive: reflection periods ending within ten days, overdue and upcoming tasks', () => {
    const cases = plan.flatMap((p) => p.persons.flatMap((x) => x.cases));
    const ending = cases.filter(
      (c) =>
        c.fields.reflectionPeriod &&
        compareDates(c.fields.reflectionPeriod.endsOn, today) >= 0 &&
        compareDates(c.fields.reflectionPeriod.endsOn, addDays(today, 10)) <= 0,
    );
    expect(ending.length).toBeGreaterThanOrEqual(plan.length * 2);
    const open = cases.flatMap((c) => c.entries).filter((e) => e.kind === 'task' && e.data.done === false);
    expect(open.some((e) => compareDates(String(e.data.due), today) < 0)).toBe(true);
    expect(open.some((e) => compareDates(String(e.data.due), today) > 0)).toBe(true);
  });

  it('encodes TOTP secrets in RFC 4648 base32', () => {
    expect(base32(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32(Buffer.alloc(20))).toMatch(/^A{32}$/);
  });
});
