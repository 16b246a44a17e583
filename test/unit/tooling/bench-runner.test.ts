// `npm run bench` never hangs (test/bench/index.ts, support/runner.ts), run as a real process
// over the stand-in benchmarks of test/fixtures/bench-runner (no real benchmark runs here):
// with Chromium missing, a browser benchmark is one "skipped" line and the others still run;
// one that hangs is cut at its time limit and one that throws is reported, and the run ends.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function bench(chromium: string): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [TSX, join(ROOT, 'test/bench/index.ts')],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          BENCH_DIR: join(ROOT, 'test/fixtures/bench-runner'),
          BENCH_TIMEOUT_MS: '1500',
          TWEENER_CHROMIUM: chromium,
        },
        // Far beyond what the run needs; reaching it means the runner hung.
        timeout: 45_000,
      },
      (error, stdout, stderr) =>
        done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

describe('the benchmark runner', { timeout: 60_000 }, () => {
  it('with Chromium missing: one skipped line, the rest run, a hang is cut, and it exits', async () => {
    const missing = join(ROOT, 'no-such-folder/chromium');
    const out = await bench(missing);
    expect(out.stdout).toContain(
      `=== a-needs-browser.bench.ts === skipped: Chromium not found at ${missing}\n`,
    );
    expect(out.stdout).not.toContain('needs-browser ran');
    expect(out.stderr).toMatch(/b-hangs\.bench\.ts failed: Error: timed out after 1\.5 s/);
    expect(out.stderr).toMatch(/c-throws\.bench\.ts failed: Error: broken benchmark/);
    expect(out.stdout).toContain('plain ran');
    // It ended on its own (not killed by the timeout above), reporting the failures.
    expect(out.code).toBe(1);
  });
});
