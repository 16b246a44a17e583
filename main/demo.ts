// `npm run demo`: the local MSNP8 network with the demo accounts, and the Electron app
// pointed at it (demo accounts remembered, so the sign-in screen is filled in).
// Needs the Electron binary; without it, use `npm run demo:web`.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ENV } from './launch-env';
import { startDemoNetwork } from './web/demo-network';

async function main(): Promise<void> {
  const demo = await startDemoNetwork();
  const userData = await mkdtemp(join(tmpdir(), 'tweener-demo-'));
  console.log(`Local MSNP8 network on 127.0.0.1:${demo.network.dispatchPort}`);
  for (const account of demo.accounts) {
    console.log(`  ${account.email}  password: ${account.password}`);
  }
  const child = spawn('npx', ['electron-vite', 'preview'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      [DEMO_ENV.profile]: JSON.stringify(demo.profile),
      [DEMO_ENV.accounts]: JSON.stringify(demo.accounts),
      [DEMO_ENV.userData]: userData,
    },
  });
  const stop = async (code: number): Promise<void> => {
    await demo.network.stop().catch(() => undefined);
    await rm(userData, { recursive: true, force: true }).catch(() => undefined);
    process.exit(code);
  };
  child.on('exit', (code) => void stop(code ?? 0));
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
