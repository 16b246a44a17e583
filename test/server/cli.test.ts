// `npm run demo:server` (tsx test/server/cli.ts): prints how to sign in, and the printed
// network really accepts a demo account; Ctrl-C stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from './helpers/sign-in';
import type { LocalNetwork } from './types';

const root = fileURLToPath(new URL('../..', import.meta.url));
let child: ChildProcess | null = null;

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
});

function readUntil(process: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in: ${output}`)), timeoutMs);
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
  });
}

describe('demo:server', () => {
  it('prints ports, nexus, CA file and accounts, serves them, and stops on SIGINT', async () => {
    // tsx as a loader, not its CLI: the CLI relays SIGINT and SIGKILLs a child that does not
    // acknowledge it within 60 ms — on a loaded machine that cut the OUT SSD off.
    child = spawn(process.execPath, ['--import', 'tsx', 'test/server/cli.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await readUntil(child, /Press Ctrl-C to stop\./, 15_000);
    const field = (label: string) => new RegExp(`${label}\\s+(\\S+)`).exec(output)?.[1] ?? '';
    const dispatch = field('dispatch server');
    const caFile = field('CA certificate \\(trust this\\)');
    expect(output).toMatch(/alice@tweener\.test\s+password: tweener/);
    expect(output).toMatch(/carol@tweener\.test\s+password: tweener/);

    const net = {
      dispatchPort: Number(dispatch.split(':')[1]),
      nexusUrl: field('Passport nexus'),
      caCertPem: readFileSync(caFile, 'utf8'),
    } as LocalNetwork;
    const { client, listing } = await signIn(net, 'alice@tweener.test');
    expect(listing).toContain('LST bob@tweener.test Bob 11 1');

    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGINT');
    await client.waitForLine(/^OUT SSD$/, 5000);
    expect(await exited).toBe(0);
  }, 30_000);

  it('--profile revival plays the revival variations (no dispatch server)', async () => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/server/cli.ts', '--profile', 'revival'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const output = await readUntil(child, /Press Ctrl-C to stop\./, 15_000);
    expect(output).toContain('Tweener local MSNP8 network (revival profile)');
    expect(output).toMatch(/notification server \(no dispatch\)\s+127\.0\.0\.1:\d+/);
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 30_000);
});
