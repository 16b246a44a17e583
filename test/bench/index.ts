// `npm run bench [filter]`: runs every test/bench/*.bench.ts in name order, or only those
// whose file name contains the filter (test/bench/support/runner.ts). BENCH_DIR and
// BENCH_TIMEOUT_MS (per benchmark) exist for the runner's own test.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBenchmarks } from './support/runner';

const failures = await runBenchmarks({
  dir: process.env['BENCH_DIR'] ?? dirname(fileURLToPath(import.meta.url)),
  filter: process.argv[2],
  timeoutMs: Number(process.env['BENCH_TIMEOUT_MS']) || 10 * 60_000,
});
// A benchmark that overran may still hold sockets or a browser open: leave anyway.
process.exit(failures > 0 ? 1 : 0);
