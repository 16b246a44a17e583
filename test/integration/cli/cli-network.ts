// Fixture for command-line tests: the demo network for the whole file (alice, bob, carol;
// password `tweener`), its CA in a temporary folder, and CLI processes that are killed after
// each test whatever happened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { LocalNetwork } from '../../server';
import { forward } from '../../server/helpers/per-test';
import { startDemoNetwork } from '../conversations/helpers/peers';
import { CliProcess } from './cli-process';

export const PASSWORD_ENV = 'TWEENER_CLI_TEST_PW';
export const DEMO_PASSWORD = 'tweener';

export interface CliNetwork {
  net: LocalNetwork;
  /** A fresh temporary folder, removed after the file. */
  folder(): string;
  /** The options that sign `email` in on this network (password from PASSWORD_ENV). */
  args(email: string): string[];
  /** A CLI in JSON mode signed in as `email`, with `extra` options. */
  cli(email: string, extra?: string[], env?: Record<string, string>): CliProcess;
}

export function useCliNetwork(): CliNetwork {
  let net: LocalNetwork | null = null;
  let caFile = '';
  const folders: string[] = [];
  const running: CliProcess[] = [];
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'tweener-cli-'));
    folders.push(dir);
    return dir;
  };
  beforeAll(async () => {
    net = await startDemoNetwork();
    caFile = join(folder(), 'ca.pem');
    writeFileSync(caFile, net.caCertPem);
  });
  afterEach(async () => {
    for (const cli of running.splice(0)) {
      cli.kill();
      await cli.exited;
    }
  });
  afterAll(async () => {
    await net?.stop();
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const args = (email: string): string[] => {
    if (!net) throw new Error('the local network exists only while a test runs');
    return [
      ...['--server', `${net.host}:${net.dispatchPort}`, '--user', email],
      ...['--password-env', PASSWORD_ENV, '--nexus', net.nexusUrl, '--ca', caFile],
      // One machine: file transfers listen on loopback and say so (switchboard.md §11.1).
      ...['--file-bind', '127.0.0.1', '--file-advertise', '127.0.0.1'],
    ];
  };
  return {
    net: forward(() => net, 'the local network'),
    folder,
    args,
    cli(email, extra = [], env = { [PASSWORD_ENV]: DEMO_PASSWORD }) {
      const cli = new CliProcess(['--json', ...args(email), ...extra], env);
      running.push(cli);
      return cli;
    },
  };
}
