/**
 * What the encounter form remembers on this device between visits: the organisation's zones (read
 * when online, so that the zone list works with no connection) and the team the worker went out
 * with last.
 */
import { z } from 'zod';
import { zoneView } from '../../core/outreach/encounter.js';
import { type KeyValueStore, readJson, writeJson } from '../offline/storage.js';

const ZONES_KEY = 'haven.outreach.zones';
const TEAM_KEY = 'haven.outreach.team';

export type Zone = z.infer<typeof zoneView>;

export function readZones(store: KeyValueStore): Zone[] {
  const parsed = z.array(zoneView).safeParse(readJson(store, ZONES_KEY));
  return parsed.success ? parsed.data : [];
}

export function keepZones(store: KeyValueStore, zones: readonly Zone[]): void {
  writeJson(store, ZONES_KEY, zones);
}

export function readTeam(store: KeyValueStore): string {
  const value = readJson(store, TEAM_KEY);
  return typeof value === 'string' ? value : '';
}

export function keepTeam(store: KeyValueStore, team: string): void {
  writeJson(store, TEAM_KEY, team.trim());
}
