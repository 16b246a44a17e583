// Which account and which of its sign-ins the stores hold (Snapshot.epoch, ../shared/DESIGN.md,
// State and IPC: every sign-in is an epoch). Several accounts may be signed in at once: the
// stores hold one of them (the main window: the shown one; a conversation window: its
// conversation's), the others are summed up in signedInAccounts.ts. Its own module: the
// request helpers and every store read it.
import type { AccountId } from '@shared/ipc/account-id';

/** The epoch while a switch to another account waits for that account's first word. */
export const SWITCHING = -1;

let current = 0;
let account: AccountId | null = null;

export function currentEpoch(): number {
  return current;
}

export function setEpoch(epoch: number): void {
  current = epoch;
}

/** The account the stores hold, or null before any sign-in. */
export function currentAccount(): AccountId | null {
  return account;
}

export function setCurrentAccount(next: AccountId | null): void {
  account = next;
}

/** Channels whose answer only means something within the sign-in that asked. */
export function belongsToSignIn(channel: string): boolean {
  return /^(conversations|files|contacts|groups|privacy|window):/.test(channel);
}
