// Node project set-up: a promise rejection nobody handles fails the test during which it
// happened (and its file), named, instead of a warning or a silent exit. In the app an
// unhandled rejection ends the Node harness and is only a warning in Electron: none may exist.
import { afterAll, afterEach } from 'vitest';

const unhandled: unknown[] = [];
const record = (reason: unknown): void => void unhandled.push(reason);
process.on('unhandledRejection', record);

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  return String(reason);
}

/** Throws when a rejection went unhandled since the last check. */
async function failOnUnhandled(when: string): Promise<void> {
  // Node reports an unhandled rejection after the microtask queue drains: let it.
  await new Promise((resolve) => setImmediate(resolve));
  if (unhandled.length === 0) return;
  const reasons = unhandled.splice(0).map(describeReason);
  throw new Error(`unhandled promise rejection ${when}:\n${reasons.join('\n---\n')}`);
}

afterEach(() => failOnUnhandled('during this test'));
afterAll(async () => {
  try {
    await failOnUnhandled('after the last test of this file');
  } finally {
    process.off('unhandledRejection', record);
  }
});
