// The benchmark's side of support/harness-process.ts: fork it, wait until it serves, ask it
// for its memory, stop it. Every wait is bounded.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FromHarness, HarnessConfig } from './harness-process';

const WAIT_MS = 60_000;

export interface HarnessChild {
  url: string;
  /** Process start → harness ready to serve the window, measured in the child. */
  readyMs: number;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  stop(): Promise<void>;
}

function next<T extends FromHarness['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromHarness, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`the harness never sent ${type}`)), WAIT_MS);
    const onMessage = (message: FromHarness): void => {
      if (message.type === type) done(null, message as Extract<FromHarness, { type: T }>);
    };
    const onExit = (code: number | null): void =>
      done(new Error(`the harness process ended (${code}) before ${type}`));
    const done = (error: Error | null, value?: Extract<FromHarness, { type: T }>): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value!);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export async function forkHarness(config: HarnessConfig): Promise<HarnessChild> {
  const child = fork(join(import.meta.dirname, 'harness-process.ts'), [JSON.stringify(config)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const ready = await next(child, 'ready');
    return {
      url: ready.url,
      readyMs: ready.readyMs,
      async memory() {
        const answer = next(child, 'memory');
        child.send('memory');
        const { heapUsed, rss } = await answer;
        return { heapUsed, rss };
      },
      async stop() {
        if (child.exitCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.send('stop');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
