// The command-line harness ends bad input with one plain line and exit code 2 — no stack
// trace from an unhandled rejection.
import { expect, it } from 'vitest';
import { runCli } from './run-cli';

it('an unreadable --ca file is one plain line, exit code 2', async () => {
  const { out, code } = await runCli(
    [
      '--server',
      '127.0.0.1:9',
      '--user',
      'alice@tweener.test',
      '--password-env',
      'CLI_TEST_PW',
      '--ca',
      '/nonexistent/ca.pem',
    ],
    '',
    { CLI_TEST_PW: 'not-used' },
  );
  expect(code).toBe(2);
  expect(out).toMatch(/^cannot read the --ca file: /);
  expect(out).not.toMatch(/\n\s+at /); // no stack trace
  expect(out).not.toContain('not-used');
}, 20_000);
