// Rebuilds dist/ when it is missing or older than any source file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of fs.readdirSync(p)) {
    if (name.endsWith('.test.ts') || name.endsWith('.test.tsx')) continue;
    max = Math.max(max, newest(path.join(p, name)));
  }
  return max;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`haven: the build step "${path.basename(cmd)} ${args.join(' ')}" failed.`);
}

export async function ensureBuilt({ force = false } = {}) {
  const sources = Math.max(...['src', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json'].map((p) => newest(path.join(root, p))));
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (!force && built >= sources) return;
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  if (!fs.existsSync(bin('tsc')) || !fs.existsSync(bin('vite'))) {
    console.error('haven: dist/ is missing or out of date and the build tools are not installed: run `npm install` (with dev dependencies), or `npm run build` where they are.');
    process.exit(1);
  }
  process.stderr.write('haven: building the server and the web app (first run or changed sources)…\n');
  // Build beside dist/ and swap it in, so a running Haven (or a second build) never sees half a build.
  const tmp = path.join(root, `.build-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', tmp]);
    run(bin('vite'), ['build', '--logLevel', 'warn', '--outDir', path.join(tmp, 'web'), '--emptyOutDir']);
    fs.writeFileSync(path.join(tmp, '.build-stamp'), new Date().toISOString());
    const old = path.join(root, `.dist-old-${process.pid}`);
    if (fs.existsSync(path.join(root, 'dist'))) fs.renameSync(path.join(root, 'dist'), old);
    fs.renameSync(tmp, path.join(root, 'dist'));
    fs.rmSync(old, { recursive: true, force: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    await ensureBuilt({ force: process.argv.includes('--force') });
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
