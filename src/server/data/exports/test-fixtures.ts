import Papa from 'papaparse';
import { expect } from 'vitest';
import type { ExportJob } from '../../../core/data/exports/exports.js';
import { addOrganisation, addUser, type SignedInUser, setUp } from '../../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../../testing/harness.js';

/**
 * For the export tests of this folder: a server on its own database with an organisation of five users,
 * three cases (one restricted to its caseworker) and a second organisation; and the steps of a job
 * through the API (queue, wait, download). Each test file starts its own with `startExportsPlatform`.
 */

export interface ExportsPlatform {
  p: TestPlatform;
  admin: SignedInUser;
  supervisor: SignedInUser;
  caseworker: SignedInUser;
  analyst: SignedInUser;
  other: SignedInUser;
}

async function person(u: SignedInUser, given: string, family: string): Promise<string> {
  const res = await u.client.post<{ id: string }>('/api/persons', { names: [{ given, family }] });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function openCase(u: SignedInUser, personId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await u.client.post<{ id: string }>('/api/cases', { personId, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

export async function queue(u: SignedInUser, body: Record<string, unknown>): Promise<ExportJob> {
  const res = await u.client.post<ExportJob>('/api/exports', body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body;
}

export async function finished(u: SignedInUser, id: string, timeoutMs = 20_000): Promise<ExportJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await u.client.get<ExportJob>(`/api/exports/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    if (Date.now() > until) throw new Error(`export ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function download(u: SignedInUser, id: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${u.client.base}/api/exports/${id}/file`, { headers: { cookie: u.client.cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

export const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { delimiter: ',', newline: '\r\n' }).data;

export async function startExportsPlatform(): Promise<ExportsPlatform> {
  // A heartbeat every second: the tests of leases need not wait for the default 10 s.
  const p = await startTestPlatform({ env: { HAVEN_EXPORT_HEARTBEAT_SECONDS: '1' } });
  const admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  const supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  const caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  const analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  const other = await addOrganisation(admin.client, 'Other Org', 'ALB', 'admin-other@example.org');
  await openCase(supervisor, await person(supervisor, 'Olena', 'Kovalenko'));
  await openCase(supervisor, await person(supervisor, '=HYPERLINK("http://evil.example","x")', 'Formula'));
  // Restricted to the caseworker alone: the supervisor may not read it.
  await openCase(admin, await person(admin, 'Hidden', 'Person'), { restrictedTo: [caseworker.id], caseworkerId: caseworker.id });
  return { p, admin, supervisor, caseworker, analyst, other };
}
