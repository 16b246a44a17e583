// Builds the real MsnClient for a network profile, with the on-disk contact list cache.
import type { NetworkProfile } from '@shared/domain';
import { parseHostPort } from '@shared/host-port';
import { MsnClient } from '../../msnp/client';
import type { ConnectionSetting } from '../../msnp/gateway/connection-setting';
import type { PassportConfig } from '../../msnp/passport/ticket';
import type { ClientFactory } from './account-service';
import type { AccountClient } from './client-port';
import { FileContactListCache } from '../stores/contact-list-cache';
import type { CorruptFileListener } from '../stores/json-file';

export interface ClientFactoryOptions {
  userDataDir: string;
  /** Where received files go unless the person chose a folder. */
  downloadDir: () => string;
  onCorrupt: CorruptFileListener;
  /** The network's proxy password, kept apart like account passwords (proxy-secrets.ts). */
  proxyPassword?: (profileId: string) => string | null;
}

export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  return {
    create(profile: NetworkProfile): AccountClient {
      return new MsnClient({
        server: { host: profile.host, port: profile.port },
        passport: passportConfigFor(profile),
        cache: new FileContactListCache(options.userDataDir, profile.id, options.onCorrupt),
        reconnect: { enabled: true },
        connection: connectionSetting(profile, options.proxyPassword?.(profile.id) ?? null),
        // Some networks name a switchboard host that does not resolve from here (msnp8/README.md §11).
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

/** The network's Passport addresses and trust (its CA, its pin, its other hosts). */
export function passportConfigFor(profile: NetworkProfile): PassportConfig {
  return {
    nexusUrl: profile.nexusUrl,
    loginUrl: profile.loginUrl,
    caCertPem: profile.caCertPem,
    pinnedCertSha256: profile.pinnedCertSha256,
    passportHosts: profile.passportHosts ?? null,
  };
}

/** The profile's connection choice as the core takes it (msnp8 http-gateway.md §4, §5). */
export function connectionSetting(
  profile: NetworkProfile,
  proxyPassword: string | null,
): ConnectionSetting {
  const chosen = profile.connection;
  const gateway = chosen?.gateway ? parseHostPort(chosen.gateway, 80) : null;
  const proxy = chosen?.proxy;
  return {
    mode: chosen?.mode ?? 'automatic',
    ...(gateway ? { gateway: { host: gateway.host, port: gateway.port } } : {}),
    proxy: proxy
      ? {
          kind: proxy.kind,
          host: proxy.host,
          port: proxy.port,
          username: proxy.username ?? null,
          password: proxyPassword,
        }
      : null,
  };
}

const isLoopback = (host: string): boolean =>
  host === '127.0.0.1' || host === 'localhost' || host === '::1';
