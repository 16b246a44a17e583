// `npm run dev:web` / `npm run demo:web`: main's services in Node, the built renderer in
// your browser. With --demo: the local MSNP8 network too, and one page per demo account.
//   tsx main/web/cli.ts [--demo [--profile spec|revival]] [--port N] [--user-data DIR]
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isProfileName } from '../../test/server/variations';
import { DEFAULT_LOCAL_PROFILE } from '../services/profile-store';
import { startDemoNetwork } from './demo-network';
import { startWebHarness } from './harness';
import type { WebHarness } from './harness';

const { values } = parseArgs({
  options: {
    demo: { type: 'boolean', default: false },
    port: { type: 'string' },
    'user-data': { type: 'string' },
    /** The demo network's server variations: spec (default) or revival. */
    profile: { type: 'string', default: 'spec' },
  },
});

const port = values.port ? Number(values.port) : undefined;
const stops: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  if (!values.demo) {
    const harness = await startWebHarness({
      profile: DEFAULT_LOCAL_PROFILE,
      userDataDir: values['user-data'] ?? join(homedir(), '.tweener-web'),
      port,
    });
    stops.push(harness.stop);
    console.log(`Tweener (web) is at ${harness.url}`);
    return;
  }
  if (!isProfileName(values.profile)) throw new Error('--profile must be spec or revival');
  const demo = await startDemoNetwork(values.profile);
  stops.push(() => demo.network.stop());
  const base = await mkdtemp(join(tmpdir(), 'tweener-demo-'));
  stops.push(() => rm(base, { recursive: true, force: true }));
  console.log(
    `Local MSNP8 network (${values.profile} profile) on 127.0.0.1, port`,
    demo.network.dispatchPort,
  );
  console.log('Open one page per account (each page is one signed-in person):');
  let nextPort = port;
  for (const account of demo.accounts) {
    const harness: WebHarness = await startWebHarness({
      profile: demo.profile,
      userDataDir: join(base, account.email),
      port: nextPort,
      demo: true,
      demoAccounts: [account],
    });
    stops.unshift(harness.stop);
    if (nextPort !== undefined) nextPort += 1;
    console.log(`  ${account.email.padEnd(22)} ${harness.url}   (password: ${account.password})`);
  }
  console.log('Press Ctrl+C to stop.');
}

async function stop(): Promise<void> {
  for (const step of stops.splice(0)) await step().catch(() => undefined);
  process.exit(0);
}

process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop().then(() => process.exit(1));
});
