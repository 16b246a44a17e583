// Builds the shell's services over fakes in a temporary user-data folder.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppEvent } from '@shared/ipc/events';
import { createAppServices } from '../../../../main/services/app-services';
import type { AppServices } from '../../../../main/services/app-services';
import { DEFAULT_LOCAL_PROFILE } from '../../../../main/services/stores/profile-store';
import { fakeClients } from './fake-client';
import { FakeSecretStore, recordingDesktop } from './fakes';

export const tempDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'tweener-shell-'));

export interface TestServices {
  services: AppServices;
  clients: ReturnType<typeof fakeClients>;
  desktop: ReturnType<typeof recordingDesktop>;
  secrets: FakeSecretStore;
  /** Every event delivered so far, flattened; flushes the batcher first. */
  events(): AppEvent[];
  idle: { seconds: number };
  /** The services' wall clock, in ms; tests move it by hand. */
  clock: { now: number };
  /** Runs one auto-away poll of every account, as their intervals would. */
  tickAutoAway(): Promise<void>;
}

export async function makeServices(userDataDir: string, password = 'right'): Promise<TestServices> {
  const clients = fakeClients(password);
  const desktop = recordingDesktop();
  const secrets = new FakeSecretStore();
  const delivered: AppEvent[][] = [];
  const idle = { seconds: 0 };
  const clock = { now: 1_000_000 };
  let flush = (): void => undefined;
  // One auto-away poll per signed-in account (each account has its own).
  const polls = new Set<() => void>();
  const services = await createAppServices({
    userDataDir,
    platform: 'web',
    localProfile: DEFAULT_LOCAL_PROFILE,
    secrets,
    desktop,
    clients,
    idle: { idleSeconds: () => idle.seconds },
    deliver: (events) => delivered.push(events),
    now: () => clock.now,
    // Manual timers: the test decides when a batch is delivered.
    batchTimer: {
      set: (callback) => {
        flush = callback;
        return 1;
      },
      clear: () => undefined,
    },
    clock: {
      setInterval: (callback) => {
        polls.add(callback);
        return callback;
      },
      clearInterval: (handle) => void polls.delete(handle as () => void),
    },
  });
  return {
    services,
    clients,
    desktop,
    secrets,
    idle,
    clock,
    tickAutoAway: async () => {
      for (const poll of polls) poll();
      await new Promise((resolve) => setImmediate(resolve));
    },
    events: () => {
      flush();
      return delivered.flat();
    },
  };
}

export const signInArgs = {
  email: 'me@tweener.test',
  password: 'right',
  status: 'NLN' as const,
  profileId: 'local-demo',
  rememberMe: true,
  rememberPassword: true,
  signInAutomatically: false,
};
