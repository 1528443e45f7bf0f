import { spawn } from 'node:child_process';
import path from 'node:path';

/** What a run of the `haven` command printed and how it ended. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Runs the `haven` command from source in a child process, for the command-line tests. `env` is
 * added to the current environment; a variable set to undefined is removed from it.
 */
export function runHaven(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/run.ts'), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
