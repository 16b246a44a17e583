// Shared helpers for the notification engineer's integration tests: an MsnClient pointed at
// the local MSNP8 network, and bounded waits for events.
import type { EventEmitter } from 'node:events';
import { MsnClient } from '../../../main/msnp';
import type { MsnClientOptions } from '../../../main/msnp';
import type { AccountSeed, LocalNetwork } from '../../server';

export const PASSWORD = 'tweener';

export function clientFor(net: LocalNetwork, extra: Partial<MsnClientOptions> = {}): MsnClient {
  return new MsnClient({
    server: { host: net.host, port: net.dispatchPort },
    passport: { nexusUrl: net.nexusUrl, loginUrl: null, caCertPem: net.caCertPem },
    reconnect: { enabled: false },
    timeouts: { connectMs: 3_000, stepMs: 5_000 },
    ...extra,
  });
}

/** Resolves with the arguments of the first `name` event matching `match`, or rejects. */
export function nextEvent<T extends unknown[]>(
  emitter: EventEmitter,
  name: string,
  match: (...args: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      emitter.off(name, listener);
      reject(new Error(`no '${name}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (...args: unknown[]) => {
      if (!match(...(args as T))) return;
      clearTimeout(timer);
      emitter.off(name, listener);
      resolve(args as T);
    };
    emitter.on(name, listener);
  });
}

/** Polls `check` until true (bounded). */
export async function waitFor(
  check: () => boolean,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function seed(email: string, more: Partial<AccountSeed> = {}): AccountSeed {
  return { email, password: PASSWORD, friendlyName: email.split('@')[0], ...more };
}
