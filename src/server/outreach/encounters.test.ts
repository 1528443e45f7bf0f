import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EncounterView, OutreachPersonView } from '../../core/outreach/encounter.js';
import type { HotlineStats } from '../../core/hotline/stats.js';
import { type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** Outreach through the real HTTP server: encounters pseudonymous and sealed, sent once, and the funnel. */

let p: TestPlatform;
let admin: SignedInUser;
let worker: SignedInUser;
let supervisor: SignedInUser;
let zoneId = '';

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Street Team Vilnius');
  worker = await addUser(admin.client, 'worker@example.org', ['outreach-worker']);
  supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  zoneId = (await worker.client.post<{ id: string }>('/api/outreach/zones', { name: 'Station district' })).body.id;
});

afterAll(async () => {
  await p?.close();
});

const today = () => new Date().toISOString().slice(0, 10);

describe('outreach encounters', () => {
  it('keep pseudonyms and descriptions sealed, areas and counts plain, and make each new person met identified', async () => {
    const res = await worker.client.post<EncounterView>('/api/encounters', {
      zoneId,
      team: 'Night team',
      peopleCount: 5,
      people: [
        { pseudonym: 'Tall man, green jacket', description: 'Speaks Romanian, works at the car wash', indicators: ['excessive-hours', 'documents-confiscated'], engaged: true, invited: true },
        { pseudonym: 'Young woman by the kiosk', indicators: ['under-strong-influence'] },
      ],
      materials: { leaflet: 5, 'hotline-card': 3 },
      otherInvitations: 1,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ zoneId, team: 'Night team', peopleCount: 5, invitations: 2, materials: { leaflet: 5, 'hotline-card': 3 } });
    expect(res.body.people.map((m) => m.pseudonym)).toEqual(['Tall man, green jacket', 'Young woman by the kiosk']);
    const raw = await p.db.owner.query<{ t: string }>(
      `SELECT (SELECT json_agg(e)::text FROM encounters e) || (SELECT json_agg(x)::text FROM encounter_people x) || (SELECT json_agg(o)::text FROM outreach_people o) AS t`,
    );
    expect(raw.rows[0]?.t).not.toMatch(/green jacket|Romanian|kiosk/);
    const people = await worker.client.get<{ items: OutreachPersonView[] }>('/api/outreach/people');
    const tall = people.body.items.find((x) => x.pseudonym === 'Tall man, green jacket');
    expect(tall?.stages).toEqual({ identified: today(), engaged: today(), visited: null, 'case-opened': null });
  });

  it('refuse coordinates, unknown indicators, and fewer people than described, naming the field', async () => {
    const coords = await worker.client.post<{ error: { field: string } }>('/api/encounters', { place: 'x', team: 't', peopleCount: 1, latitude: 54.68 });
    expect(coords.status).toBe(400);
    const noPlace = await worker.client.post<{ error: { field: string } }>('/api/encounters', { team: 't', peopleCount: 1 });
    expect(noPlace.body.error.field).toBe('place');
    const indicator = await worker.client.post<{ error: { field: string } }>('/api/encounters', {
      place: 'Old town',
      team: 't',
      peopleCount: 1,
      people: [{ pseudonym: 'a', indicators: ['made-up'] }],
    });
    expect(indicator.body.error.field).toBe('people.0.indicators.0');
    const count = await worker.client.post<{ error: { field: string } }>('/api/encounters', {
      place: 'Old town',
      team: 't',
      peopleCount: 0,
      people: [{ pseudonym: 'a' }],
    });
    expect(count.body.error.field).toBe('peopleCount');
  });

  it('are created once per Idempotency-Key, however often the device resends', async () => {
    const body = { place: 'Bus station', team: 'Day team', peopleCount: 1, people: [{ pseudonym: 'Boy with a red bag' }] };
    const key = { 'Idempotency-Key': crypto.randomUUID() };
    const sends = await Promise.all(Array.from({ length: 5 }, () => worker.client.request<EncounterView>('POST', '/api/encounters', body, key)));
    expect(sends.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    const { rows } = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM encounters WHERE place = 'Bus station'");
    expect(rows[0]?.n).toBe(1);
  });

  it('move a person met through the funnel, and the supervisor sees the funnel by zone and team', async () => {
    const people = await worker.client.get<{ items: OutreachPersonView[] }>('/api/outreach/people');
    const tall = people.body.items.find((x) => x.pseudonym === 'Tall man, green jacket')!;
    const visited = await worker.client.post<OutreachPersonView>(`/api/outreach/people/${tall.id}/stage`, { stage: 'visited' });
    expect(visited.status).toBe(200);
    expect(visited.body.stages.visited).toBe(today());
    // The first date counts: a second "visited" does not move it.
    await worker.client.post(`/api/outreach/people/${tall.id}/stage`, { stage: 'visited', at: '2020-01-01' });
    const again = await worker.client.get<{ items: OutreachPersonView[] }>('/api/outreach/people');
    expect(again.body.items.find((x) => x.id === tall.id)?.stages.visited).toBe(today());
    expect((await worker.client.post(`/api/outreach/people/${tall.id}/stage`, { stage: 'visited', at: '2999-01-01' })).status).toBe(400);

    const stats = await supervisor.client.get<HotlineStats>(`/api/hotline/stats?from=${today()}&to=${today()}`);
    expect(stats.status).toBe(200);
    expect(stats.body.funnel.all[0]).toMatchObject({ identified: 3, engaged: 1, visited: 1, caseOpened: 0 });
    expect(stats.body.funnel.byZone.find((r) => r.key === 'Station district')).toMatchObject({ identified: 2, engaged: 1, visited: 1 });
    expect(stats.body.funnel.byTeam.map((r) => r.key)).toEqual(['Day team', 'Night team']);
    expect(JSON.stringify(stats.body)).not.toMatch(/green jacket/);
  });

  it('are read back with the people met; a worker cannot reach the hotline', async () => {
    const list = await worker.client.get<{ items: EncounterView[] }>('/api/encounters?limit=10');
    expect(list.body.items.length).toBe(2);
    const one = await worker.client.get<EncounterView>(`/api/encounters/${list.body.items[1]!.id}`);
    expect(one.body.people[0]?.description).toBe('Speaks Romanian, works at the car wash');
    expect((await worker.client.post('/api/contacts', { channel: 'phone', summary: 'x' })).status).toBe(403);
  });
});
