import type pg from 'pg';
import { type HotlineSettings, hotlineSettings } from '../../core/hotline/contact.js';

const DEFAULTS: HotlineSettings = { customReasons: [], hiddenReasons: [] };

/** The organisation's hotline settings (the defaults until an administrator changes them). */
export async function readHotlineSettings(c: pg.PoolClient, orgId: string): Promise<HotlineSettings> {
  const { rows } = await c.query<{ custom_reasons: unknown; hidden_reasons: string[] }>(
    'SELECT custom_reasons, hidden_reasons FROM hotline_settings WHERE org_id = $1',
    [orgId],
  );
  const row = rows[0];
  if (!row) return DEFAULTS;
  const parsed = hotlineSettings.safeParse({ customReasons: row.custom_reasons, hiddenReasons: row.hidden_reasons });
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function writeHotlineSettings(c: pg.PoolClient, orgId: string, s: HotlineSettings): Promise<void> {
  await c.query(
    `INSERT INTO hotline_settings (org_id, custom_reasons, hidden_reasons) VALUES ($1, $2, $3)
     ON CONFLICT (org_id) DO UPDATE SET custom_reasons = EXCLUDED.custom_reasons, hidden_reasons = EXCLUDED.hidden_reasons, updated_at = now()`,
    [orgId, JSON.stringify(s.customReasons), s.hiddenReasons],
  );
}
