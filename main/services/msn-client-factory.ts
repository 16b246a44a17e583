// Builds the real MsnClient for a network profile, with the on-disk contact list cache.
import type { NetworkProfile } from '../../shared/domain';
import { parseHostPort } from '../../shared/host-port';
import { MsnClient } from '../msnp/client';
import type { ClientFactory } from './account-service';
import type { AccountClient } from './client-port';
import { FileContactListCache } from './contact-list-cache';
import type { CorruptFileListener } from './json-file';

export interface ClientFactoryOptions {
  userDataDir: string;
  /** Where received files go unless the person chose a folder. */
  downloadDir: () => string;
  onCorrupt: CorruptFileListener;
}

export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  return {
    create(profile: NetworkProfile): AccountClient {
      return new MsnClient({
        server: { host: profile.host, port: profile.port },
        passport: {
          nexusUrl: profile.nexusUrl,
          loginUrl: profile.loginUrl,
          caCertPem: profile.caCertPem,
          pinnedCertSha256: profile.pinnedCertSha256,
          passportHosts: profile.passportHosts ?? null,
        },
        cache: new FileContactListCache(options.userDataDir, profile.id, options.onCorrupt),
        reconnect: { enabled: true },
        // Some networks name a switchboard host that does not resolve from here (README.md §11).
        switchboardAddress: profile.switchboardAddress
          ? parseHostPort(profile.switchboardAddress)
          : null,
        downloadDir: options.downloadDir(),
        // A network on this machine (the demo): peers reach our file listener on loopback
        // (switchboard.md §11.1); elsewhere the core picks the address itself.
        ...(isLoopback(profile.host)
          ? { fileTransfer: { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1' } }
          : {}),
      });
    },
  };
}

const isLoopback = (host: string): boolean =>
  host === '127.0.0.1' || host === 'localhost' || host === '::1';
