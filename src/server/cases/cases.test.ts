import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../core/cases/entries.js';
import type { CaseView, EntryView, MyTask, PersonView, TimelineEvent } from '../../core/cases/views.js';
import { type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { reserveCaseNumbers } from './store.js';

/**
 * Cases through the real HTTP server: who sees what (caseworker, team, supervisor, administrator,
 * restriction), the life cycle, the work on a case, optimistic locking, the timeline, "my tasks",
 * and sealed narratives.
 */

let p: TestPlatform;
let admin: SignedInUser;
let supervisor: SignedInUser;
let alice: SignedInUser; // supervised by `supervisor`
let bob: SignedInUser; // not supervised
let analyst: SignedInUser;

async function personAndCase(u: SignedInUser, given: string, caseBody: Record<string, unknown> = {}): Promise<{ person: PersonView; kase: CaseView }> {
  const person = await u.client.post<PersonView>('/api/persons', { names: [{ given, family: 'Testova' }] });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  const kase = await u.client.post<CaseView>('/api/cases', { personId: person.body.id, ...caseBody });
  expect(kase.status, JSON.stringify(kase.body)).toBe(201);
  return { person: person.body, kase: kase.body };
}

const status = async (u: SignedInUser, path: string) => (await u.client.get(path)).status;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  alice = await addUser(admin.client, 'alice@example.org', ['caseworker']);
  bob = await addUser(admin.client, 'bob@example.org', ['caseworker']);
  analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  const sup = await admin.client.patch(`/api/users/${alice.id}`, { supervisorId: supervisor.id });
  expect(sup.status, JSON.stringify(sup.body)).toBe(200);
});

afterAll(async () => {
  await p?.close();
});

describe('who sees a case', () => {
  it('the caseworker, the team, the supervisor of either, administrators; not other caseworkers or analysts', async () => {
    const { person, kase } = await personAndCase(alice, 'Visible');
    expect(kase.caseworkerId).toBe(alice.id);
    expect(kase.number).toBeGreaterThan(0);
    const url = `/api/cases/${kase.id}`;
    expect(await status(alice, url)).toBe(200);
    expect(await status(supervisor, url)).toBe(200);
    expect(await status(admin, url)).toBe(200);
    expect(await status(bob, url)).toBe(404);
    expect(await status(analyst, url)).toBe(403);
    expect(await status(bob, `/api/persons/${person.id}`)).toBe(404);
    // Adding Bob to the team lets him in.
    const upd = await alice.client.patch<CaseView>(url, { version: kase.version, teamIds: [bob.id] });
    expect(upd.status, JSON.stringify(upd.body)).toBe(200);
    expect(await status(bob, url)).toBe(200);
    expect(await status(bob, `/api/persons/${person.id}`)).toBe(200);
    // Lists agree with reads.
    const bobs = await bob.client.get<{ items: { id: string }[] }>('/api/cases');
    expect(bobs.body.items.map((c) => c.id)).toContain(kase.id);
  });

  it('shows a child in the case list and in "my tasks", without anything of a case the reader may only know exists', async () => {
    const child = await alice.client.post<PersonView>('/api/persons', { names: [{ given: 'Young', family: 'Testova' }], estimatedAge: { years: 15, estimatedOn: new Date().toISOString().slice(0, 10) } });
    const kase = await alice.client.post<CaseView>('/api/cases', { personId: child.body.id });
    await alice.client.post(`/api/cases/${kase.body.id}/tasks`, { title: 'School enrolment', due: '2030-01-01' });
    const list = await alice.client.get<{ items: { id: string; personChild: boolean | null; personAge: number | null }[] }>('/api/cases');
    expect(list.body.items.find((c) => c.id === kase.body.id)).toMatchObject({ personChild: true, personAge: 15 });
    const mine = await alice.client.get<{ tasks: MyTask[] }>('/api/my-tasks');
    expect(mine.body.tasks.find((t) => t.entry.caseId === kase.body.id)).toMatchObject({ personChild: true, personAge: 15 });
    await alice.client.patch(`/api/cases/${kase.body.id}`, { version: kase.body.version, restrictedTo: [alice.id] });
    const admins = await admin.client.get<{ items: { id: string; personChild: boolean | null; personAge: number | null; personName: string | null }[] }>('/api/cases');
    expect(admins.body.items.find((c) => c.id === kase.body.id)).toMatchObject({ personName: null, personChild: null, personAge: null });
  });

  it('a supervisor is a supervisor of the organisation; losing the link loses the view', async () => {
    const bad = await admin.client.patch<{ error: { field: string } }>(`/api/users/${bob.id}`, { supervisorId: alice.id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('supervisorId');
    expect((await admin.client.patch(`/api/users/${bob.id}`, { supervisorId: bob.id })).status).toBe(400);
    const { kase } = await personAndCase(bob, 'Supervised');
    expect(await status(supervisor, `/api/cases/${kase.id}`)).toBe(404);
    expect((await admin.client.patch(`/api/users/${bob.id}`, { supervisorId: supervisor.id })).status).toBe(200);
    expect(await status(supervisor, `/api/cases/${kase.id}`)).toBe(200);
    expect((await admin.client.patch(`/api/users/${bob.id}`, { supervisorId: null })).status).toBe(200);
    expect(await status(supervisor, `/api/cases/${kase.id}`)).toBe(404);
    const colleagues = await bob.client.get<{ items: { id: string; name: string }[] }>('/api/colleagues');
    expect(colleagues.body.items.map((u) => u.id)).toEqual(expect.arrayContaining([alice.id, supervisor.id, admin.id]));
  });

  it('a restricted case is read only by the users it names; the administrator sees it exists, without a name, and can reassign it', async () => {
    const { kase } = await personAndCase(alice, 'Restricted', { restrictedTo: [alice.id] });
    const url = `/api/cases/${kase.id}`;
    expect(await status(alice, url)).toBe(200);
    expect(await status(supervisor, url)).toBe(404);
    expect(await status(admin, url)).toBe(404);
    const list = await admin.client.get<{ items: { id: string; personName: string | null; restricted: boolean }[] }>('/api/cases');
    const row = list.body.items.find((c) => c.id === kase.id);
    expect(row).toMatchObject({ restricted: true, personName: null, personId: null });
    // The administrator may name who reads it, but not change anything else.
    expect((await admin.client.patch(url, { version: kase.version, exploitationForms: ['forced-labour'] })).status).toBe(404);
    // Erasing the person would delete a case the administrator may not read: refused.
    const erase = await admin.client.delete<{ error: { code: string } }>(`/api/persons/${kase.personId}`);
    expect([404, 409]).toContain(erase.status);
    const re = await admin.client.patch(url, { version: kase.version, restrictedTo: [alice.id, bob.id] });
    expect(re.status, JSON.stringify(re.body)).toBe(200);
    expect(await status(bob, url)).toBe(200);
  });

  it('erasing a person is refused while one of their cases is restricted to others', async () => {
    const { person } = await personAndCase(alice, 'Two Cases');
    const hidden = await alice.client.post<CaseView>('/api/cases', { personId: person.id, restrictedTo: [alice.id] });
    expect(hidden.status).toBe(201);
    // The administrator reads the person (through the open case) but not the restricted one.
    const seen = await admin.client.get<PersonView>(`/api/persons/${person.id}`);
    expect(seen.body.cases.map((c) => c.id)).not.toContain(hidden.body.id);
    const erase = await admin.client.delete<{ error: { code: string } }>(`/api/persons/${person.id}`);
    expect(erase.status).toBe(409);
    expect((await p.db.owner.query('SELECT 1 FROM persons WHERE id = $1', [person.id])).rowCount).toBe(1);
  });

  it('another organisation gets 404 on every route of a case', async () => {
    const { kase } = await personAndCase(alice, 'Isolated');
    const created = await admin.client.post<{ id: string; inviteUrl: string }>('/api/organisations', { name: 'Far Away', country: 'KAZ', type: 'ngo' });
    expect(created.status).toBe(201);
    // An org-admin of this organisation who is also network admin still only reads their own org's cases:
    const rows = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE org_id = $1', [created.body.id]);
    expect(rows.rows[0]?.n).toBe(0);
    expect(await status(bob, `/api/cases/${kase.id}/timeline`)).toBe(404);
    for (const k of ENTRY_KINDS) expect(await status(bob, `/api/cases/${kase.id}/${k.path}`)).toBe(404);
  });
});

describe('the life cycle', () => {
  it('moves active → follow-up → closed (with a closure) → reopened; refuses impossible moves; records a timeline', async () => {
    const { kase } = await personAndCase(alice, 'Cycle');
    const url = `/api/cases/${kase.id}`;
    let v = kase.version;
    const move = async (body: Record<string, unknown>) => {
      const res = await alice.client.patch<CaseView & { error?: { code: string; field?: string } }>(url, { version: v, ...body });
      if (res.status === 200) v = res.body.version;
      return res;
    };
    expect((await move({ status: 'follow-up' })).body.status).toBe('follow-up');
    const noClosure = await move({ status: 'closed' });
    expect(noClosure.status).toBe(400);
    expect(noClosure.body.error?.field).toBe('closure');
    const closed = await move({ status: 'closed', closure: { reason: 'goals-achieved', closedOn: '2025-06-01', note: 'She is safe at home.' } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.closure).toMatchObject({ reason: 'goals-achieved', note: 'She is safe at home.' });
    expect(closed.body.closedAt).not.toBeNull();
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(c)::text AS t FROM cases c WHERE id = $1', [kase.id]);
    expect(raw.rows[0]?.t).not.toContain('safe at home');
    expect((await move({ status: 'follow-up' })).status).toBe(409);
    const reopened = await move({ status: 'active' });
    expect(reopened.body).toMatchObject({ status: 'active', closure: null, closedAt: null });
    const tl = await alice.client.get<{ items: TimelineEvent[] }>(`${url}/timeline`);
    expect(tl.body.items.map((e) => e.event).reverse()).toEqual(['opened', 'status-changed', 'closed', 'reopened']);
    expect(tl.body.items.find((e) => e.event === 'closed')?.detail).toMatchObject({ from: 'follow-up', to: 'closed', reason: 'goals-achieved' });
  });

  it('a stale version gets 409 with the current case; nothing is overwritten', async () => {
    const { kase } = await personAndCase(alice, 'Stale');
    const url = `/api/cases/${kase.id}`;
    expect((await alice.client.patch(url, { version: kase.version, exploitationForms: ['forced-labour'] })).status).toBe(200);
    const stale = await supervisor.client.patch<{ error: { code: string }; current: CaseView }>(url, { version: kase.version, exploitationForms: ['forced-begging'] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.current.exploitationForms).toEqual(['forced-labour']);
  });

  it('never gives a case number twice, even after the latest case was erased', async () => {
    const { person, kase } = await personAndCase(alice, 'Numbered');
    expect((await admin.client.delete(`/api/persons/${person.id}`)).status).toBe(200);
    const { kase: next } = await personAndCase(alice, 'Next');
    expect(next.number).toBe(kase.number + 1);
  });

  it('reserves a block of numbers in one short transaction (an import): cases created meanwhile take the next ones', async () => {
    const { kase } = await personAndCase(alice, 'Before block');
    const first = await p.db.tenant({ orgId: admin.orgId, userId: admin.id }, (c) => reserveCaseNumbers(c, admin.orgId, 3));
    expect(first).toBe(kase.number + 1);
    const { kase: after } = await personAndCase(alice, 'After block');
    expect(after.number).toBe(kase.number + 4);
    await expect(p.db.tenant({ orgId: admin.orgId }, (c) => reserveCaseNumbers(c, admin.orgId, 0))).rejects.toThrow(RangeError);
  });

  it('seals the places of trafficking events; their countries and dates stay plain', async () => {
    const { kase } = await personAndCase(alice, 'Places', { events: [{ stage: 'exploitation', country: 'GRC', place: 'Flat above the bakery, Odos Egnatias 12', from: '2024-05-01' }] });
    expect(kase.events?.[0]).toMatchObject({ country: 'GRC', place: 'Flat above the bakery, Odos Egnatias 12' });
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(c)::text AS t FROM cases c WHERE id = $1', [kase.id]);
    expect(raw.rows[0]?.t).not.toContain('bakery');
    expect(raw.rows[0]?.t).toContain('GRC');
    const read = await alice.client.get<CaseView>(`/api/cases/${kase.id}`);
    expect(read.body.events?.[0]?.place).toBe('Flat above the bakery, Odos Egnatias 12');
  });

  it('names only users of the organisation', async () => {
    const { kase } = await personAndCase(alice, 'Users');
    const res = await alice.client.patch<{ error: { field: string } }>(`/api/cases/${kase.id}`, { version: kase.version, caseworkerId: '00000000-0000-4000-8000-000000000001' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('caseworkerId');
  });

  it('records every read of a case', async () => {
    const { kase } = await personAndCase(alice, 'Audited');
    await alice.client.get(`/api/cases/${kase.id}`);
    await supervisor.client.get(`/api/cases/${kase.id}`);
    const { rows } = await p.db.owner.query<{ actor_id: string }>("SELECT actor_id FROM audit_log WHERE action = 'case.read' AND record_id = $1 ORDER BY seq", [kase.id]);
    expect(rows.map((r) => r.actor_id)).toEqual([alice.id, supervisor.id]);
  });
});

describe('the work on a case', () => {
  it('every kind: add, list, change with the version, 409 on a stale one; narratives sealed', async () => {
    const { kase } = await personAndCase(alice, 'Work');
    for (const k of ENTRY_KINDS) {
      const base = `/api/cases/${kase.id}/${k.path}`;
      const added = await alice.client.post<EntryView>(base, k.example);
      expect(added.status, `${k.kind}: ${JSON.stringify(added.body)}`).toBe(201);
      expect(added.body).toMatchObject({ kind: k.kind, version: 0, caseId: kase.id });
      const list = await alice.client.get<{ items: EntryView[] }>(base);
      expect(list.body.items.map((e) => e.id)).toContain(added.body.id);
      const changed = await alice.client.request<EntryView>('PUT', `${base}/${added.body.id}`, { ...k.example, version: 0 });
      expect(changed.status, k.kind).toBe(200);
      expect(changed.body.version).toBe(1);
      const stale = await alice.client.request<{ error: { code: string } }>('PUT', `${base}/${added.body.id}`, { ...k.example, version: 0 });
      expect(stale.status, k.kind).toBe(409);
      expect(stale.body.error.code).toBe('stale_version');
      expect((await bob.client.get(base)).status).toBe(404);
    }
    const secret = 'Told us about the flat on Lenin street, 14';
    const note = await alice.client.post<EntryView>(`/api/cases/${kase.id}/notes`, { text: secret });
    expect(note.body.data.text).toBe(secret);
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(e)::text AS t FROM case_entries e WHERE id = $1', [note.body.id]);
    expect(raw.rows[0]?.t).not.toContain('Lenin');
    const tl = await alice.client.get<{ items: TimelineEvent[] }>(`/api/cases/${kase.id}/timeline`);
    expect(JSON.stringify(tl.body.items)).not.toContain('Lenin');
  });

  it('a consent is withdrawn, not deleted; an edit does not undo the withdrawal', async () => {
    const { kase } = await personAndCase(alice, 'Consent');
    const base = `/api/cases/${kase.id}/consents`;
    const c = await alice.client.post<EntryView>(base, { purpose: 'sharing', organisationId: admin.orgId, givenBy: 'person', method: 'oral-with-witness', witnessName: 'Maria', givenOn: '2025-03-01' });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    const early = await alice.client.post<{ error: { field: string } }>(`${base}/${c.body.id}/withdraw`, { withdrawnOn: '2025-02-01', version: 0 });
    expect(early.status).toBe(400);
    const w = await alice.client.post<EntryView>(`${base}/${c.body.id}/withdraw`, { withdrawnOn: '2025-04-01', version: 0 });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    expect(w.body.data.withdrawnOn).toBe('2025-04-01');
    const fixed = { purpose: 'sharing', organisationId: admin.orgId, givenBy: 'person', method: 'oral-with-witness', givenOn: '2025-03-01' };
    const edit = await alice.client.request<EntryView>('PUT', `${base}/${c.body.id}`, { ...fixed, witnessName: 'Maria K.', note: 'Witness name corrected', version: 1 });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body.data.withdrawnOn).toBe('2025-04-01');
    // What was agreed is evidence: it is not edited into another consent.
    const other = await admin.client.post<{ id: string }>('/api/organisations', { name: 'Consent Target', country: 'GRC', type: 'ngo' });
    const changed = await alice.client.request<{ error: { code: string; field: string } }>('PUT', `${base}/${c.body.id}`, { ...fixed, organisationId: other.body.id, witnessName: 'Maria K.', version: 2 });
    expect(changed.status).toBe(409);
    expect(changed.body.error.field).toBe('organisationId');
    expect((await alice.client.post(`${base}/${c.body.id}/withdraw`, { withdrawnOn: '2025-05-01', version: 2 })).status).toBe(409);
    // Sharing names an organisation that exists.
    const bad = await alice.client.post<{ error: { field: string } }>(base, { purpose: 'sharing', organisationId: '00000000-0000-4000-8000-000000000002', givenBy: 'person', method: 'written', givenOn: '2025-03-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('organisationId');
  });

  it('"my tasks": open tasks assigned to me, soonest first, and reflection periods ending soon', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { kase } = await personAndCase(bob, 'Tasks', { reflectionPeriod: { startsOn: '2020-01-01', endsOn: today } });
    const base = `/api/cases/${kase.id}/tasks`;
    await bob.client.post(base, { title: 'Later', due: '2099-01-01' });
    const soon = await bob.client.post<EntryView>(base, { title: 'Soon', due: '2020-01-01' });
    await bob.client.post(base, { title: 'For Alice', due: '2020-01-01', assigneeId: alice.id });
    await bob.client.post(base, { title: 'Done already', done: true });
    const mine = await bob.client.get<{ tasks: MyTask[]; reflectionEnding: { caseId: string }[] }>('/api/my-tasks');
    expect(mine.status).toBe(200);
    expect(mine.body.tasks.map((t) => t.entry.data.title)).toEqual(['Soon', 'Later']);
    expect(mine.body.tasks[0]?.caseNumber).toBe(kase.number);
    expect(mine.body.tasks[0]?.personName).toBe('Tasks Testova');
    expect(mine.body.reflectionEnding.map((r) => r.caseId)).toEqual([kase.id]);
    expect(kase.reflectionReminderOn).not.toBeNull();
    // Alice is assigned a task on a case she cannot read: it stays hidden from her.
    const alices = await alice.client.get<{ tasks: MyTask[] }>('/api/my-tasks');
    expect(alices.body.tasks.map((t) => t.entry.data.title)).not.toContain('For Alice');
    await bob.client.request('PUT', `${base}/${soon.body.id}`, { title: 'Soon', due: '2020-01-01', done: true, version: 0 });
    const after = await bob.client.get<{ tasks: MyTask[] }>('/api/my-tasks');
    expect(after.body.tasks.map((t) => t.entry.data.title)).toEqual(['Later']);
  });

  it('case settings: readable by case roles, changed by administrators only', async () => {
    expect((await alice.client.get<{ reflectionDays: number }>('/api/case-settings')).body.reflectionDays).toBe(30);
    expect((await alice.client.request('PUT', '/api/case-settings', { reflectionDays: 60, reminderDaysBefore: 10, retentionMonths: 24 })).status).toBe(403);
    const put = await admin.client.request<{ reflectionDays: number; retentionMonths: number }>('PUT', '/api/case-settings', { reflectionDays: 60, reminderDaysBefore: 10, retentionMonths: 24 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ reflectionDays: 60, retentionMonths: 24 });
    expect((await admin.client.request('PUT', '/api/case-settings', { reflectionDays: 0, reminderDaysBefore: 10, retentionMonths: null })).status).toBe(400);
  });
});
