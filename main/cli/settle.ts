// Before signing out at the end of a run: wait (bounded) until every message being sent is
// delivered or failed and every file being transferred has finished, so `say` then `quit`
// does not cut the message off. Watches MsnClient's events; decides nothing itself.
import type { FileTransferState } from '@shared/domain';
import type { MsnClient } from '../msnp';

const MOVING: readonly FileTransferState[] = ['accepted', 'connecting', 'transferring'];
const WATCHED = ['message', 'messageDelivered', 'messageFailed', 'fileTransfer'] as const;

function busy(client: MsnClient): boolean {
  const { messages, transfers } = client.conversations;
  return (
    messages.some((m) => m.direction === 'out' && m.state === 'sending') ||
    transfers.some((t) => MOVING.includes(t.state))
  );
}

/** Resolves when nothing is in flight, or after `timeoutMs` whatever is left. */
export function settled(client: MsnClient, timeoutMs: number): Promise<void> {
  if (!busy(client)) return Promise.resolve();
  return new Promise((resolve) => {
    const check = (): void => {
      if (!busy(client)) done();
    };
    const done = (): void => {
      clearTimeout(timer);
      for (const name of WATCHED) client.off(name, check);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    for (const name of WATCHED) client.on(name, check);
  });
}
