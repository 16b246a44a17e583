// `npm run demo:web`: the local MSNP8 network with the demo accounts, main's services in Node
// and one browser page per demo account (each page is one signed-in person).
//   tsx test/demo/web-demo.ts [--port N]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHarness } from '../../main/web/harness';
import type { WebHarness } from '../../main/web/harness';
import { startDemoNetwork } from './demo-network';

const { values } = parseArgs({ options: { port: { type: 'string' } } });

const port = values.port ? Number(values.port) : undefined;
const stops: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const demo = await startDemoNetwork();
  stops.push(() => demo.network.stop());
  const base = await mkdtemp(join(tmpdir(), 'tweener-demo-'));
  stops.push(() => rm(base, { recursive: true, force: true }));
  console.log('Local MSNP8 network on 127.0.0.1, port', demo.network.dispatchPort);
  console.log('Open one page per account (each page is one signed-in person):');
  let nextPort = port;
  for (const account of demo.accounts) {
    const harness: WebHarness = await startWebHarness({
      profile: demo.profile,
      userDataDir: join(base, account.email),
      port: nextPort,
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
