// One fresh local network per test, started before and stopped after it, so every test file
// says only what it tests. Fresh per test: no state (lists, sessions, faults) leaks between
// tests, and stop() releases every port even when a test fails.
import { afterEach, beforeEach } from 'vitest';
import { startNetwork } from '../network';
import type { LocalNetwork, NetworkOptions } from '../types';
import { demoAccounts } from './accounts';

/**
 * Registers beforeEach/afterEach and returns a handle that always points at the current
 * test's network (so `net.faults…` and `signIn(net, …)` read like a plain variable).
 */
export function useNetwork(
  options: () => NetworkOptions = () => ({ accounts: demoAccounts() }),
): LocalNetwork {
  let current: LocalNetwork | null = null;
  beforeEach(async () => {
    current = await startNetwork(options());
  });
  afterEach(async () => {
    const net = current;
    current = null;
    await net?.stop();
  });
  return new Proxy({} as LocalNetwork, {
    get(_target, key) {
      if (!current) throw new Error('the local network exists only inside a test');
      return Reflect.get(current, key) as unknown;
    },
  });
}
