import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobOfferCheckResponse, jobOfferCheckResponse } from '../../../core/prevention/help.js';
import english from '../../../web/locales/en/help.json' with { type: 'json' };
import russian from '../../../web/locales/ru/help.json' with { type: 'json' };
import { ApiClient } from '../../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../../testing/harness.js';

/** The public job-offer check through the real HTTP server: no sign-in, the visitor's language, rate-limited. */

let p: TestPlatform;
let visitor: ApiClient;

beforeAll(async () => {
  p = await startTestPlatform();
  visitor = new ApiClient(p.url);
});

afterAll(async () => {
  await p?.close();
});

describe('POST /api/public/job-offer-check', () => {
  it('answers in Russian from Russian answers, without a session', async () => {
    const res = await visitor.post<JobOfferCheckResponse>('/api/public/job-offer-check', {
      lang: 'ru',
      answers: { 'worker-pays-fees': 'yes', 'documents-kept': 'yes', secrecy: 'yes', 'tourist-visa': 'unsure', 'pay-too-good': 'no' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(jobOfferCheckResponse.parse(res.body)).toEqual(res.body);
    expect(res.body.signs.map((s) => [s.id, s.title, s.from])).toEqual([
      ['worker-pays-fees', russian.signs['worker-pays-fees'].title, 'answer'],
      ['documents-kept', russian.signs['documents-kept'].title, 'answer'],
      ['secrecy', russian.signs.secrecy.title, 'answer'],
    ]);
    expect(res.body.signs[0]?.explanation).toBe(russian.signs['worker-pays-fees'].explanation);
    expect(res.body.unsure).toEqual([{ id: 'tourist-visa', title: russian.signs['tourist-visa'].title, check: russian.signs['tourist-visa'].check }]);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('reads the offer’s text alone, in English by default, quoting its words', async () => {
    const res = await visitor.post<JobOfferCheckResponse>('/api/public/job-offer-check', {
      text: 'Срочно! Работа в Польше, высокая зарплата. Паспорт будет храниться у работодателя.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.signs.map((s) => [s.id, s.title, s.from, s.evidence])).toEqual([
      ['documents-kept', english.signs['documents-kept'].title, 'text', ['Паспорт будет храниться у работодателя']],
      ['pay-too-good', english.signs['pay-too-good'].title, 'text', ['высокая зарплата']],
      ['pressure-to-decide', english.signs['pressure-to-decide'].title, 'text', ['Срочно']],
    ]);
    expect(res.body.unsure).toEqual([]);
  });

  it('refuses a bad language, unknown fields and over-long text, naming the field', async () => {
    const lang = await visitor.post<{ error: { code: string; field: string } }>('/api/public/job-offer-check', { lang: 'xx', text: 'hello' });
    expect(lang.status).toBe(400);
    expect(lang.body.error.field).toBe('lang');
    const answer = await visitor.post<{ error: { field: string } }>('/api/public/job-offer-check', { answers: { secrecy: 'maybe' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe('answers.secrecy');
    const long = await visitor.post<{ error: { field: string } }>('/api/public/job-offer-check', { text: 'a'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(long.body.error.field).toBe('text');
    const extra = await visitor.post('/api/public/job-offer-check', { text: 'x', name: 'Anna' });
    expect(extra.status).toBe(400);
  });

  it('stores nothing and refuses the 61st check within a minute with 429', async () => {
    const before = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await visitor.post('/api/public/job-offer-check', { text: 'Tell no one.' })).status);
    const limited = statuses.indexOf(429);
    expect(limited).toBeGreaterThan(0);
    const after = await visitor.post<{ error: { code: string } }>('/api/public/job-offer-check', { text: 'Tell no one.' });
    expect(after.status).toBe(429);
    expect(after.body.error.code).toBe('too_many_requests');
    expect(after.headers.get('retry-after')).toMatch(/^\d+$/);
    const audited = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    expect(audited.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});
