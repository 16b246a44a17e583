// `npm run dev:web`: main's services in Node, the built renderer in your browser. The demo
// (the local MSNP8 network too, one page per demo account) is test/demo/web-demo.ts.
//   tsx main/web/cli.ts [--port N] [--user-data DIR]
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_PROFILE } from '../services/stores/profile-store';
import { startWebHarness } from './harness';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'user-data': { type: 'string' },
  },
});

const port = values.port ? Number(values.port) : undefined;
const stops: (() => Promise<void>)[] = [];

async function main(): Promise<void> {
  const harness = await startWebHarness({
    profile: DEFAULT_LOCAL_PROFILE,
    userDataDir: values['user-data'] ?? join(homedir(), '.tweener-web'),
    port,
  });
  stops.push(harness.stop);
  console.log(`Tweener (web) is at ${harness.url}`);
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
