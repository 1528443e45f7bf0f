/**
 * CPU accounting for benchmarks on Linux (/proc): the whole machine, one process, and all
 * PostgreSQL processes, over a window. Shares are of one CPU (200% = both cores of a 2-core box).
 */
import fs from 'node:fs';
import os from 'node:os';

const TICKS = 100; // USER_HZ on Linux

function machine(): { busy: number; total: number } {
  const f = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: total - idle, total };
}

/** utime + stime of a process, and with `children` the times of its children that have exited (cutime + cstime). */
function ticksOf(pid: number, children = false): number {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]) + (children ? Number(f[13]) + Number(f[14]) : 0);
  } catch {
    return 0;
  }
}

/** CPU ticks of a PostgreSQL server: the postmaster and its children (not other servers on the machine). */
function postgresTicks(postmaster: number | undefined): number {
  if (!postmaster) return Number.NaN;
  // Backends come and go: those gone are counted in the postmaster's cutime/cstime, the living one by one.
  let n = ticksOf(postmaster, true);
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) n += ticksOf(Number(d));
    } catch {
      // gone
    }
  }
  return n;
}

/** The postmaster's pid from its data folder's lock file. */
export function postmasterPid(pgDir: string): number | undefined {
  try {
    return Number(fs.readFileSync(`${pgDir}/postmaster.pid`, 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

export interface CpuShares {
  /** Whole machine busy, % of all CPUs. */
  readonly machinePct: number;
  /** % of one CPU. */
  readonly serverPct: number;
  /** NaN when the database server is not ours (DATABASE_URL). */
  readonly postgresPct: number;
  readonly loadGeneratorPct: number;
  /** Everything else on the machine (other people's work on a shared box), % of one CPU. */
  readonly othersPct: number;
}

/** Starts a window; the returned function ends it and gives the shares. */
export function cpuWindow(serverPid: number, postmaster?: number): () => CpuShares {
  const m0 = machine();
  const s0 = ticksOf(serverPid);
  const p0 = postgresTicks(postmaster);
  const l0 = process.cpuUsage();
  const t0 = performance.now();
  return () => {
    const secs = (performance.now() - t0) / 1000;
    const m1 = machine();
    const l = process.cpuUsage(l0);
    const machinePct = (100 * (m1.busy - m0.busy)) / Math.max(1, m1.total - m0.total);
    const serverPct = (100 * (ticksOf(serverPid) - s0)) / TICKS / secs;
    const postgresPct = (100 * (postgresTicks(postmaster) - p0)) / TICKS / secs;
    const loadGeneratorPct = (100 * (l.user + l.system)) / 1e6 / secs;
    const ours = serverPct + (Number.isNaN(postgresPct) ? 0 : postgresPct) + loadGeneratorPct;
    return { machinePct, serverPct, postgresPct, loadGeneratorPct, othersPct: Math.max(0, machinePct * os.cpus().length - ours) };
  };
}
