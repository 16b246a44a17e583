// The command-line harness ends bad input with one plain line and exit code 2 — no stack
// trace from an unhandled rejection.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

function runCli(args: string[]): Promise<{ out: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/cli.ts', ...args], {
      env: { ...process.env, CLI_TEST_PW: 'not-used' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill(), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ out, code });
    });
    child.stdin.end();
  });
}

it('an unreadable --ca file is one plain line, exit code 2', async () => {
  const { out, code } = await runCli([
    '--server',
    '127.0.0.1:9',
    '--user',
    'alice@tweener.test',
    '--password-env',
    'CLI_TEST_PW',
    '--ca',
    '/nonexistent/ca.pem',
  ]);
  expect(code).toBe(2);
  expect(out).toMatch(/^cannot read the --ca file: /);
  expect(out).not.toMatch(/\n\s+at /); // no stack trace
  expect(out).not.toContain('not-used');
}, 20_000);
