// Which sign-in the stores hold (Snapshot.epoch, ../shared/DESIGN.md, State and IPC: every
// sign-in is an epoch). Its own module: the request helpers and every store read it.
let current = 0;

export function currentEpoch(): number {
  return current;
}

export function setEpoch(epoch: number): void {
  current = epoch;
}

/** Channels whose answer only means something within the sign-in that asked. */
export function belongsToSignIn(channel: string): boolean {
  return /^(conversations|files|contacts|groups|privacy|window):/.test(channel);
}
