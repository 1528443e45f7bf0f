// Entry point for running the CLI from source (tests, development): `tsx src/cli/run.ts <command>`.
import { main } from './main.js';

await main(process.argv);
