// Shared helpers for the notification integration tests: an MsnClient pointed at the local
// MSNP8 network, and bounded waits for events.
import { MsnClient } from '../../../main/msnp';
import type { MsnClientOptions } from '../../../main/msnp';
import type { AccountSeed, LocalNetwork } from '../../server';

export {
  nextEmit as nextEvent,
  rejectionOf,
  sleep,
  until as waitFor,
} from '../conversations/helpers/events';

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

export function seed(email: string, more: Partial<AccountSeed> = {}): AccountSeed {
  return { email, password: PASSWORD, friendlyName: email.split('@')[0], ...more };
}

/** Seed groups with ids 0, 1, 2, … in order; the first is normally 'Other Contacts'. */
export function groups(...names: string[]): { id: number; name: string }[] {
  return names.map((name, id) => ({ id, name }));
}
