import { expect } from 'vitest';
import { ApiClient, PASSWORD, type SignedInUser, enrol } from '../testing/client.js';
import type { TestPlatform } from '../testing/harness.js';

/** For the tests of this folder: organisations, persons and cases through the real API. */

/** A second organisation of the network, with its own enrolled administrator. */
export async function secondOrganisation(admin: ApiClient, email: string, name: string): Promise<SignedInUser> {
  const created = await admin.post<{ id: string; inviteUrl: string }>('/api/organisations', {
    name,
    country: 'ALB',
    type: 'ngo',
    adminEmail: email,
    adminName: 'Other Admin',
  });
  expect(created.status).toBe(201);
  const client = new ApiClient(admin.base);
  const acc = await client.post<{ user: { id: string } }>(`/api/invitations/${created.body.inviteUrl.split('/invite/')[1]}/accept`, { password: PASSWORD });
  expect(acc.status).toBe(200);
  const { secret } = await enrol(client);
  return { client, id: acc.body.user.id, email, orgId: created.body.id, totpSecret: secret };
}

export async function createPerson(client: ApiClient, body: Record<string, unknown>): Promise<string> {
  const res = await client.post<{ id: string }>('/api/persons', body);
  if (res.status !== 201) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function openCase(client: ApiClient, personId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post<{ id: string }>('/api/cases', { personId, ...extra });
  if (res.status !== 201) throw new Error(`case: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function addEntry(client: ApiClient, caseId: string, path: string, body: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const res = await client.post<{ id: string; version: number }>(`/api/cases/${caseId}/${path}`, body);
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Closes a case through the API, then moves its closing moment `ago` into the past (a PostgreSQL interval). */
export async function closeCase(p: TestPlatform, client: ApiClient, caseId: string, ago: string | null): Promise<void> {
  const current = await client.get<{ version: number }>(`/api/cases/${caseId}`);
  if (current.status !== 200) throw new Error(`case: ${current.status} ${JSON.stringify(current.body)}`);
  const res = await client.patch(`/api/cases/${caseId}`, {
    version: current.body.version,
    status: 'closed',
    closure: { reason: 'goals-achieved', closedOn: '2024-01-15' },
  });
  if (res.status !== 200) throw new Error(`close: ${res.status} ${JSON.stringify(res.body)}`);
  if (ago) await p.db.owner.query('UPDATE cases SET closed_at = now() - $2::interval WHERE id = $1', [caseId, ago]);
}
