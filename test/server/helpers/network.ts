// One fresh local network per test, started before and stopped after it, so every test file
// says only what it tests. Fresh per test: no state (lists, sessions, faults) leaks between
// tests, and stop() releases every port even when a test fails.
import { afterEach, beforeEach } from 'vitest';
import { startNetwork } from '../network';
import type { LocalNetwork, NetworkOptions } from '../types';
import { demoAccounts } from './accounts';
import { forward } from './per-test';

/** Registers beforeEach/afterEach; the result always is the current test's network. */
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
  return forward(() => current, 'the local network');
}
