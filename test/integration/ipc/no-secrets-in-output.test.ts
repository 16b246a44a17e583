// A sign-in through the web harness, failed then successful, puts the password (and the
// Passport ticket) nowhere a person or a log could read it: not in the console, not in any
// event or reply the page receives.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LocalNetwork } from '../../server';
import { minimalRendererDir, startDemoAccountsNetwork, startPeer } from './support/harness-peer';
import type { HarnessPeer } from './support/harness-peer';

const PASSWORD = 'Zq7-unmistakable-Pa55';
let network: LocalNetwork;
let zoe: HarnessPeer;

beforeAll(async () => {
  network = await startDemoAccountsNetwork();
  network.addAccount({ email: 'zoe@tweener.test', password: PASSWORD, friendlyName: 'Zoe' });
  zoe = await startPeer(
    network,
    await mkdtemp(join(tmpdir(), 'tweener-zoe-')),
    await minimalRendererDir(),
  );
});

afterAll(async () => {
  await zoe.stop();
  await network.stop();
});

describe('no secrets in output', () => {
  it('the password and the ticket appear in no console line, event or reply', async () => {
    const printed: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      }),
    );
    const replies: unknown[] = [];
    try {
      const attempt = (password: string) =>
        zoe.bridge.request('session:signIn', {
          email: 'zoe@tweener.test',
          password,
          status: 'NLN',
          profileId: 'local-demo',
          rememberMe: true,
          rememberPassword: true,
          signInAutomatically: false,
        });
      // An Error's message is not enumerable: keep it as plain data for the search below.
      replies.push(
        await attempt(`${PASSWORD}-wrong`).then(
          () => 'signed in?',
          (error: Error & { code?: string }) => ({ code: error.code, message: error.message }),
        ),
      );
      await attempt(PASSWORD);
      await zoe.waitFor((e) => e.type === 'session' && e.session.phase === 'online', 20_000);
      replies.push(await zoe.bridge.request('app:snapshot', undefined));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const everything = JSON.stringify({ printed, replies, events: zoe.events });
    expect(everything).toContain('zoe@tweener.test');
    expect(everything).toMatch(/"code":"failed","message":"[^"]+"/);
    expect(everything).not.toContain(PASSWORD);
    // Passport tickets are t=…&p=… strings (login.md): none reaches the page.
    expect(everything).not.toMatch(/\bt=[^"&\s]{8,}/);
  });
});
