/**
 * What the database sessions of the platform are doing under load: samples pg_stat_activity every
 * 20 ms and counts, over the sessions busy with a request, running on a CPU, waiting on a lock (the
 * audit chain's advisory lock shows as Lock:advisory), on the WAL flush of a commit (IO:WALSync,
 * LWLock:WALWrite), or idle in a transaction (waiting for Node).
 */
import pg from 'pg';

export interface Waits {
  readonly samples: number;
  /** Mean number of sessions in each state per sample. */
  readonly mean: Record<string, number>;
}

export async function sampleWaits(url: string, appUser: string): Promise<() => Promise<Waits>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const counts: Record<string, number> = {};
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { rows } = await c.query<{ state: string | null; t: string | null; e: string | null }>(
        "SELECT state, wait_event_type AS t, wait_event AS e FROM pg_stat_activity WHERE usename = $1 AND backend_type = 'client backend' AND state <> 'idle'",
        [appUser],
      );
      samples++;
      for (const r of rows) {
        const k = r.state === 'active' ? (r.t ? `${r.t}:${r.e}` : 'running (CPU)') : (r.state ?? '?');
        counts[k] = (counts[k] ?? 0) + 1;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await c.end();
    return {
      samples,
      mean: Object.fromEntries(
        Object.entries(counts)
          .map(([k, n]) => [k, n / Math.max(1, samples)])
          .sort((a, b) => (b[1] as number) - (a[1] as number)),
      ),
    };
  };
}
