// `npm run demo`: the local MSNP8 network with the demo accounts, and the Electron app
// pointed at it (demo accounts remembered, so the sign-in screen is filled in), plus a web
// page for each of the other accounts so there is someone to talk to.
// Needs the Electron binary; without it, use `npm run demo:web`.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_ENV, demoElectronCommand } from '../../main/launch-env';
import { startDemoNetwork } from './demo-network';
import { startWebHarness } from '../../main/web/harness';
import type { WebHarness } from '../../main/web/harness';

async function main(): Promise<void> {
  const demo = await startDemoNetwork();
  const userData = await mkdtemp(join(tmpdir(), 'tweener-demo-'));
  const appData = join(userData, 'app');
  console.log(`Local MSNP8 network on 127.0.0.1:${demo.network.dispatchPort}`);
  const [first, ...others] = demo.accounts;
  console.log(`In the Tweener window: ${first?.email ?? ''} (password: ${first?.password ?? ''})`);
  const pages: WebHarness[] = [];
  for (const account of others) {
    const page = await startWebHarness({
      profile: demo.profile,
      userDataDir: join(userData, 'web', account.email),
      demoAccounts: [account],
    });
    pages.push(page);
    console.log(
      `In your browser:       ${account.email} at ${page.url} (password: ${account.password})`,
    );
  }
  const root = resolve(import.meta.dirname, '../..');
  const electron = demoElectronCommand(root);
  const child = spawn(electron.command, electron.args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      [DEMO_ENV.profile]: JSON.stringify(demo.profile),
      [DEMO_ENV.accounts]: JSON.stringify(first ? [first] : []),
      [DEMO_ENV.userData]: appData,
    },
  });
  const stop = async (code: number): Promise<void> => {
    for (const page of pages) await page.stop().catch(() => undefined);
    await demo.network.stop().catch(() => undefined);
    await rm(userData, { recursive: true, force: true }).catch(() => undefined);
    process.exit(code);
  };
  child.on('exit', (code) => {
    if (code) console.error('Electron did not start or failed. Without Electron: npm run demo:web');
    void stop(code ?? 0);
  });
  child.on('error', (error) => {
    console.error(`Could not start Electron (${error.message}). Try: npm run demo:web`);
    void stop(1);
  });
  process.on('SIGINT', () => child.kill('SIGINT'));
  process.on('SIGTERM', () => child.kill('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
