// The command-line harness signs in with the real core and prints events as lines; the
// password comes from the environment and never appears in the output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNetwork } from '../../server';
import type { LocalNetwork } from '../../server';
import { seed } from './harness';
import { runCli } from './run-cli';

const PASSWORD = 'S3cret,pw!';

describe('command-line harness', () => {
  let net: LocalNetwork;
  let dir: string;
  beforeAll(async () => {
    net = await startNetwork({
      accounts: [seed('cli@tweener.test', { friendlyName: 'Cli', password: PASSWORD })],
    });
    dir = mkdtempSync(join(tmpdir(), 'tweener-cli-'));
    writeFileSync(join(dir, 'ca.pem'), net.caCertPem);
  });
  afterAll(async () => {
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs in, prints events, runs a command, signs out', async () => {
    const args = [
      '--server',
      `${net.host}:${net.dispatchPort}`,
      '--user',
      'cli@tweener.test',
      '--password-env',
      'TWEENER_TEST_PW',
      '--nexus',
      net.nexusUrl,
      '--ca',
      join(dir, 'ca.pem'),
      '--status',
      'BSY',
      '--no-reconnect',
    ];
    const { out, code } = await runCli(args, 'status AWY\nquit\n', { TWEENER_TEST_PW: PASSWORD });
    expect(code).toBe(0);
    expect(out).toContain('session online');
    expect(out).toContain('listSynced');
    expect(out).toMatch(/self \{[^\n]*"status":"AWY"/);
    expect(out).not.toContain(PASSWORD);
  }, 30_000);

  it('reports a wrong password with exit code 1', async () => {
    const args = [
      '--server',
      `${net.host}:${net.dispatchPort}`,
      '--user',
      'cli@tweener.test',
      '--nexus',
      net.nexusUrl,
      '--ca',
      join(dir, 'ca.pem'),
    ];
    // No terminal: the password is the first stdin line.
    const { out, code } = await runCli(args, 'not-the-password\n', {});
    expect(code).toBe(1);
    expect(out).toContain('sign-in failed: badCredentials');
    expect(out).not.toContain('not-the-password');
  }, 30_000);
});
