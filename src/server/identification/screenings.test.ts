import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../core/identification/instruments/index.js';
import type { ScreeningView } from '../../core/identification/screening.js';
import { type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { countScreenings } from './store.js';

/** Screenings through the real HTTP server: computed on save, kept, sealed, audited, visible to the right people. */

let p: TestPlatform;
let admin: SignedInUser;
let caseworker: SignedInUser;
let other: SignedInUser;
let operator: SignedInUser;

/** Every indicator of these dimensions answered yes. */
function yesTo(instrumentId: keyof typeof INSTRUMENTS, dims: string[]): Record<string, 'yes'> {
  const def = INSTRUMENTS[instrumentId];
  return Object.fromEntries(def.dimensions.filter((d) => dims.includes(d.id)).flatMap((d) => d.indicators.map((i) => [i.id, 'yes' as const])));
}

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  other = await addUser(admin.client, 'other@example.org', ['caseworker']);
  operator = await addUser(admin.client, 'operator@example.org', ['hotline-operator']);
});

afterAll(async () => {
  await p?.close();
});

describe('screenings', () => {
  it('are evaluated on save and answered with their explained result', async () => {
    const answers = yesTo('adult-labour', ['deceptive-recruitment', 'exploitative-conditions', 'coercion-at-destination']);
    const res = await caseworker.client.post<ScreeningView>('/api/screenings', { instrumentId: 'adult-labour', answers });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.instrumentVersion).toBe(INSTRUMENTS['adult-labour'].version);
    expect(res.body.result.presumedVictim).toBe(true);
    expect(res.body.result.dimensions['exploitative-conditions']?.present).toBe(true);
    expect(res.body.result.nextSteps).toContain('refer-to-nrm');
    const child = await caseworker.client.post<ScreeningView>('/api/screenings', {
      instrumentId: 'child-labour',
      answers: yesTo('child-labour', ['deceptive-recruitment', 'exploitative-conditions']),
    });
    expect(child.body.result.presumedVictim).toBe(true);
  });

  it('refuse an indicator the instrument does not have, and an answer that is not yes, no or unknown', async () => {
    const bad = await caseworker.client.post<{ error: { field: string } }>('/api/screenings', {
      instrumentId: 'adult-labour',
      answers: { 'made-up-indicator': 'yes' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('answers.made-up-indicator');
    const maybe = await caseworker.client.post<{ error: { field: string } }>('/api/screenings', { instrumentId: 'adult-labour', answers: { x: 'maybe' } });
    expect(maybe.status).toBe(400);
    expect((await caseworker.client.post('/api/screenings', { instrumentId: 'adult-fishing', answers: {} })).status).toBe(400);
  });

  it('are created once per Idempotency-Key: a resend answers with the first screening, even when sent concurrently', async () => {
    const answers = yesTo('adult-labour', ['exploitative-conditions']);
    const body = { instrumentId: 'adult-labour', answers };
    const key = { 'Idempotency-Key': crypto.randomUUID() };
    const first = await caseworker.client.request<ScreeningView>('POST', '/api/screenings', body, key);
    expect(first.status).toBe(201);
    // The same request again, its keys in another order: the same screening, nothing new.
    const again = await caseworker.client.request<ScreeningView>('POST', '/api/screenings', { answers, instrumentId: 'adult-labour' }, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    // The same key for another request is refused, naming the header.
    const other = await caseworker.client.request<{ error: { code: string; field: string } }>(
      'POST',
      '/api/screenings',
      { instrumentId: 'adult-labour', answers: {} },
      key,
    );
    expect(other.status).toBe(422);
    expect(other.body.error).toMatchObject({ code: 'idempotency_key_reused', field: 'Idempotency-Key' });
    // Another user's identical key is theirs: a new screening.
    expect((await admin.client.request('POST', '/api/screenings', body, key)).status).toBe(201);
    // Ten concurrent sends of one queued screening create one.
    const burstKey = { 'Idempotency-Key': `burst-${crypto.randomUUID()}` };
    const burst = await Promise.all(Array.from({ length: 10 }, () => caseworker.client.request<ScreeningView>('POST', '/api/screenings', body, burstKey)));
    expect(burst.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(burst.map((r) => r.body.id)).size).toBe(1);
    const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM screenings WHERE id = $1', [burst[0]!.body.id]);
    expect(rows[0]?.n).toBe(1);
    // A malformed key is a clear 400 on the header.
    const bad = await caseworker.client.request<{ error: { field: string } }>('POST', '/api/screenings', body, { 'Idempotency-Key': 'no spaces allowed' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('Idempotency-Key');
    // Only the key, a digest and the id are kept: never the answers.
    const kept = await p.db.owner.query<{ t: string }>('SELECT row_to_json(k)::text AS t FROM idempotency_keys k WHERE key = $1', [key['Idempotency-Key']]);
    expect(kept.rows[0]?.t).not.toMatch(/answers|excessive-hours|adult-labour/);
  });

  it('attach to a contact or an encounter of the organisation that the caller may read, and to nothing else', async () => {
    const contact = await operator.client.post<{ id: string }>('/api/contacts', { channel: 'phone', summary: 'Screened on the phone' });
    const linked = await operator.client.post<ScreeningView>('/api/screenings', { instrumentId: 'adult-labour', answers: {}, link: { type: 'contact', id: contact.body.id } });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    expect(linked.body.link).toEqual({ type: 'contact', id: contact.body.id });
    const unknown = await operator.client.post<{ error: { field: string } }>('/api/screenings', {
      instrumentId: 'adult-labour',
      answers: {},
      link: { type: 'encounter', id: crypto.randomUUID() },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('link.id');
    // A caseworker does not read the hotline's contacts: they cannot attach to one.
    expect((await caseworker.client.post('/api/screenings', { instrumentId: 'adult-labour', answers: {}, link: { type: 'contact', id: contact.body.id } })).status).toBe(400);
  });

  it('keep answers and result sealed; the outcome stays countable', async () => {
    const res = await caseworker.client.post<ScreeningView>('/api/screenings', { instrumentId: 'adult-sexual', answers: {} });
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(s)::text AS t FROM screenings s WHERE id = $1', [res.body.id]);
    expect(raw.rows[0]?.t).not.toMatch(/dimensions|answers|presumedVictim/);
    const counts = await p.db.tenant({ orgId: admin.orgId }, (c) =>
      countScreenings(c, admin.orgId, new Date(Date.now() - 60_000), new Date(Date.now() + 60_000)),
    );
    expect(counts).toEqual(expect.arrayContaining([{ instrumentId: 'adult-sexual', presumedVictim: false, count: 1 }]));
  });

  it('are read by whoever made them and whoever reads their case; the read is recorded; others get 404', async () => {
    const person = await caseworker.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Screened', family: 'Person' }] });
    const kase = await caseworker.client.post<{ id: string }>('/api/cases', { personId: person.body.id });
    const byOperator = await operator.client.post<ScreeningView>('/api/screenings', { instrumentId: 'adult-labour', answers: {} });
    expect(byOperator.status).toBe(201);
    // The hotline operator cannot attach a screening to a case they cannot read.
    expect((await operator.client.post('/api/screenings', { instrumentId: 'adult-labour', answers: {}, caseId: kase.body.id })).status).toBe(400);
    const onCase = await caseworker.client.post<ScreeningView>('/api/screenings', {
      instrumentId: 'adult-labour',
      answers: {},
      personId: person.body.id,
      caseId: kase.body.id,
    });
    expect(onCase.status).toBe(201);
    expect((await operator.client.get(`/api/screenings/${byOperator.body.id}`)).status).toBe(200);
    expect((await operator.client.get(`/api/screenings/${onCase.body.id}`)).status).toBe(404);
    expect((await other.client.get(`/api/screenings/${onCase.body.id}`)).status).toBe(404);
    expect((await admin.client.get(`/api/screenings/${onCase.body.id}`)).status).toBe(200);
    const list = await caseworker.client.get<{ items: ScreeningView[] }>(`/api/screenings?caseId=${kase.body.id}`);
    expect(list.body.items.map((s) => s.id)).toEqual([onCase.body.id]);
    const { rows } = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'screening.read' AND record_id = $1", [
      onCase.body.id,
    ]);
    expect(rows[0]?.n).toBe(1);
  });

  it('the instruments are readable with their texts', async () => {
    const res = await operator.client.get<{
      instruments: {
        id: string;
        title: string;
        dimensions: { id: string; title: string; indicators: { id: string; strength: string; text: string; question: string }[] }[];
      }[];
    }>('/api/instruments');
    expect(res.status).toBe(200);
    expect(res.body.instruments.map((i) => i.id)).toEqual(['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual']);
    for (const i of res.body.instruments) {
      expect(i.title).not.toBe('');
      for (const d of i.dimensions) for (const x of d.indicators) expect(x.text && x.question).toBeTruthy();
    }
  });
});
