/**
 * The network's help settings (issue 8): one row, the settings as JSON checked by the shared schema
 * on every write and on every read (a row written by an older schema gets today's defaults), and a
 * version for concurrent edits. Everyone reads it (the public page in an anonymous transaction);
 * row-level security lets only network administrators write it.
 */
import type pg from 'pg';
import { type HelpSettings, type HelpSettingsRequest, helpSettings } from '../../../core/prevention/help.js';
import { HttpError } from '../../http/errors.js';

/** The settings as stored, or the defaults (version 0) when never set. */
export async function readHelpSettings(c: pg.PoolClient, lock = false): Promise<HelpSettings> {
  const { rows } = await c.query<{ settings: unknown; version: number }>(
    `SELECT settings, version FROM help_settings WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
  );
  const row = rows[0];
  const parsed = helpSettings.safeParse({ ...(row?.settings as object | undefined), version: row?.version ?? 0 });
  // A row the schema no longer accepts: show the defaults rather than fail the public page.
  return parsed.success ? parsed.data : helpSettings.parse({ version: row?.version ?? 0 });
}

/** The organisations named as hotlines (the default, then each country's), each with the field that names it. */
export function namedOrganisations(r: Pick<HelpSettingsRequest, 'hotlineOrgId' | 'countries'>): { field: string; id: string }[] {
  const named: { field: string; id: string }[] = [];
  if (r.hotlineOrgId) named.push({ field: 'hotlineOrgId', id: r.hotlineOrgId });
  r.countries.forEach((c, i) => {
    if (c.hotlineOrgId) named.push({ field: `countries.${i}.hotlineOrgId`, id: c.hotlineOrgId });
  });
  return named;
}

/** Refuses (400, naming the field) a hotline organisation that is not one of the network's. */
export async function checkOrganisations(c: pg.PoolClient, r: Pick<HelpSettingsRequest, 'hotlineOrgId' | 'countries'>): Promise<void> {
  const named = namedOrganisations(r);
  if (named.length === 0) return;
  const { rows } = await c.query<{ id: string }>('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [[...new Set(named.map((n) => n.id))]]);
  const known = new Set(rows.map((x) => x.id));
  const bad = named.find((n) => !known.has(n.id));
  if (bad) throw new HttpError(400, 'validation_failed', `${bad.field}: no such organisation in the network.`, bad.field);
}

/** Writes the settings if the version is still `r.version`; answers them as stored, or null when stale. */
export async function writeHelpSettings(c: pg.PoolClient, r: HelpSettingsRequest): Promise<HelpSettings | null> {
  const { version, ...settings } = r;
  const { rows } =
    version === 0
      ? await c.query<{ version: number }>(
          `INSERT INTO help_settings (id, settings, version) VALUES (1, $1, 1) ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings,
             version = help_settings.version + 1, updated_at = now() WHERE help_settings.version = 0 RETURNING version`,
          [JSON.stringify(settings)],
        )
      : await c.query<{ version: number }>(
          'UPDATE help_settings SET settings = $1, version = version + 1, updated_at = now() WHERE id = 1 AND version = $2 RETURNING version',
          [JSON.stringify(settings), version],
        );
  const stored = rows[0];
  return stored ? { ...settings, version: stored.version } : null;
}
