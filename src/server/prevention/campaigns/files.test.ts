import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityView, ReachResponse } from '../../../core/prevention/campaign.js';
import type { DemoAccount } from '../../demo/accounts.js';
import { writeCampaignDemo } from '../../demo/campaigns.js';
import { addOrganisation, type SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';
import { samplePdf, samplePng } from '../../testing/sample-files.js';
import { addActivity, campaignWorld, create, type ErrorBody } from './test-campaigns.js';

/** Activity files through the real HTTP server (sealed, read by every member, checked, removed with their campaign), and the demo campaigns. */

let p: TestPlatform;
let admin: SignedInUser;
let trainer: SignedInUser;
let other: SignedInUser;

beforeAll(async () => {
  ({ p, admin, trainer, other } = await campaignWorld());
});

afterAll(async () => {
  await p?.close();
});

describe('activity files', () => {
  it('round-trip sealed, are read by every member, refuse a lying type, and go with their campaign', async () => {
    const c = await create(admin);
    const act = await addActivity(admin, c.id);
    const png = samplePng();
    const up = await admin.client.request<{ id: string; name: string; size: number; mediaType: string }>(
      'POST',
      `/api/campaigns/${c.id}/activities/${act.id}/files`,
      png,
      { 'content-type': 'image/png', 'x-file-name': encodeURIComponent('Seminar – Chișinău.png') },
    );
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ name: 'Seminar – Chișinău.png', size: png.length, mediaType: 'image/png' });

    // Sealed: the stored column is not the plain bytes.
    const stored = await p.db.owner.query<{ content: Buffer }>('SELECT content FROM campaign_activity_files WHERE id = $1', [up.body.id]);
    expect(stored.rows[0]?.content.includes(png.subarray(16, 48))).toBe(false);

    const listed = await other.client.get<{ items: ActivityView[] }>(`/api/campaigns/${c.id}/activities`);
    expect(listed.body.items[0]?.files.map((f) => f.id)).toEqual([up.body.id]);
    for (const who of [admin, other]) {
      const res = await fetch(`${p.url}/api/campaigns/${c.id}/activities/${act.id}/files/${up.body.id}`, { headers: { cookie: who.client.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    }

    const lying = await admin.client.request<ErrorBody>('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, samplePdf(), {
      'content-type': 'image/png',
      'x-file-name': 'leaflet.png',
    });
    expect([lying.status, lying.body.error.code]).toEqual([415, 'unsupported_file_type']);
    const notAllowed = await admin.client.request<ErrorBody>('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, 'hello', {
      'content-type': 'text/plain',
      'x-file-name': 'notes.txt',
    });
    expect(notAllowed.status).toBe(415);
    const noName = await admin.client.request<ErrorBody>('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, samplePdf(), {
      'content-type': 'application/pdf',
    });
    expect([noName.status, noName.body.error.field]).toEqual([400, 'name']);

    // Another organisation cannot remove it.
    expect((await other.client.delete(`/api/campaigns/${c.id}/activities/${act.id}/files/${up.body.id}`)).status).toBe(403);
    const second = await admin.client.request<{ id: string }>('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, samplePdf(), {
      'content-type': 'application/pdf',
      'x-file-name': 'attendance.pdf',
    });
    expect(second.status).toBe(201);
    expect((await admin.client.delete(`/api/campaigns/${c.id}/activities/${act.id}/files/${second.body.id}`)).status).toBe(200);
    expect((await admin.client.get(`/api/campaigns/${c.id}/activities/${act.id}/files/${second.body.id}`)).status).toBe(404);

    // Deleting the campaign takes its activities and files.
    expect((await admin.client.delete(`/api/campaigns/${c.id}`)).status).toBe(200);
    const left = await p.db.owner.query<{ a: number; f: number }>(
      'SELECT (SELECT count(*)::int FROM campaign_activities WHERE campaign_id = $1) AS a, (SELECT count(*)::int FROM campaign_activity_files WHERE campaign_id = $1) AS f',
      [c.id],
    );
    expect(left.rows[0]).toEqual({ a: 0, f: 0 });
    expect((await admin.client.get(`/api/campaigns/${c.id}`)).status).toBe(404);
    const actions = await p.db.owner.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'campaign.file-%' AND record_id = ANY($1) ORDER BY id",
      [[up.body.id, second.body.id]],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(['campaign.file-upload', 'campaign.file-upload', 'campaign.file-delete']);
  });

  it('keep at most 20 per activity', async () => {
    const c = await create(trainer);
    const act = await addActivity(trainer, c.id);
    for (let i = 0; i < 20; i++) {
      const res = await trainer.client.request('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, samplePng(), {
        'content-type': 'image/png',
        'x-file-name': `photo-${i}.png`,
      });
      expect(res.status).toBe(201);
    }
    const more = await trainer.client.request<ErrorBody>('POST', `/api/campaigns/${c.id}/activities/${act.id}/files`, samplePng(), {
      'content-type': 'image/png',
      'x-file-name': 'one-too-many.png',
    });
    expect([more.status, more.body.error.code]).toEqual([409, 'conflict']);
  });
});

describe('the demo campaigns', () => {
  it('are written in their organisation’s context and show on the dashboard', async () => {
    const demoOrg = await addOrganisation(admin.client, 'Demo Stegi', 'GRC', 'admin@demo-stegi.example.org');
    const summary = await writeCampaignDemo(
      p.db,
      {
        orgIds: new Map([['stegi', demoOrg.orgId]]),
        accounts: [{ id: demoOrg.id, orgKey: 'stegi', userKey: 'admin' } as DemoAccount],
      },
      { today: '2025-06-15' },
    );
    expect(summary.campaigns).toBe(1);
    const reach = await demoOrg.client.get<ReachResponse>('/api/campaigns/reach?from=2024-01-01&to=2025-06-30');
    expect(reach.body.total.activities).toBe(summary.activities);
    expect(reach.body.byCity.some((c) => c.city === 'Thessaloniki' && c.latitude !== null)).toBe(true);
  });
});
