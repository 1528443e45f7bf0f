#!/usr/bin/env node
// The `haven` command. Builds the server and the web app on first run (or when
// the sources changed), then hands over to the compiled CLI.
import { ensureBuilt } from '../scripts/ensure-built.mjs';

try {
  await ensureBuilt();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
