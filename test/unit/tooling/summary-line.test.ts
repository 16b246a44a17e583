// The test command's closing line (test/reporters/summary-line.ts), read from a real Vitest run
// over the files in test/fixtures/summary-line: a file that fails to load or whose setup fails
// counts as a failure, not as "0 failed".
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'test/fixtures/summary-line');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

async function closingLine(files: string): Promise<string> {
  const run = promisify(execFile)(
    process.execPath,
    [VITEST, 'run', '--config', join(FIXTURES, 'vitest.config.ts')],
    { cwd: ROOT, env: { ...process.env, SUMMARY_FIXTURES: files, NO_COLOR: '1' }, timeout: 60_000 },
  );
  // Vitest exits non-zero when something failed; the line is printed either way.
  const { stdout } = await run.catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  const line = stdout.split('\n').find((l) => l.startsWith('tests: '));
  if (!line) throw new Error(`no closing line in:\n${stdout}`);
  return line;
}

describe('the closing test-count line', { timeout: 90_000 }, () => {
  it('counts passed, failed and skipped tests', async () => {
    expect(await closingLine('{passing,failing-test}.fixture.ts')).toBe(
      'tests: 2 passed, 1 failed, 1 skipped',
    );
  });

  it('counts a file that fails to import as a failure', async () => {
    expect(await closingLine('{passing,broken-import}.fixture.ts')).toBe(
      'tests: 1 passed, 1 failed, 1 skipped',
    );
  });

  it('counts a file that throws while loading as a failure', async () => {
    expect(await closingLine('top-level-throw.fixture.ts')).toBe(
      'tests: 0 passed, 1 failed, 0 skipped',
    );
  });

  it('counts a file whose setup times out as a failure, its tests as skipped', async () => {
    expect(await closingLine('{passing,hook-timeout}.fixture.ts')).toBe(
      'tests: 1 passed, 1 failed, 3 skipped',
    );
  });
});
