// Passport as one step of the sign-in: nexus (cached) → login server → ticket.
// reference: login.md §5 (Passport 1.4), §5.5 (timing)
import { PassportError, PASSPORT_UNAVAILABLE } from './errors';
import type { TlsTrust } from './https';
import { requestTicket } from './login';
import { defaultNexusCache, fetchLoginUrl } from './nexus';
import type { NexusCache } from './nexus';

export interface PassportConfig extends TlsTrust {
  /** The nexus (`…/rdr/pprdr.asp`), or null when the network has a fixed login URL. */
  nexusUrl: string | null;
  /** Fixed login URL, used when nexusUrl is null. */
  loginUrl: string | null;
  /** Other hosts the network's Passport uses (redirects, a login server on another host). */
  passportHosts?: readonly string[] | null;
}

/** The network's own Passport hosts: where its CA and pin apply and redirects may go. */
export function passportNetworkHosts(config: PassportConfig): string[] {
  const hosts = new Set<string>();
  for (const url of [config.nexusUrl, config.loginUrl]) {
    if (!url) continue;
    try {
      hosts.add(new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase());
    } catch {
      // An invalid address fails later, with its own message.
    }
  }
  for (const host of config.passportHosts ?? []) hosts.add(host.toLowerCase());
  return [...hosts];
}

export interface TicketRequest {
  account: string;
  password: string;
  /** The policy parameter of `USR … TWN S` (login.md §4.2), appended verbatim. */
  policy: string;
  timeoutMs?: number;
  cache?: NexusCache;
  /** Aborts the HTTPS requests (sign-out during sign-in). */
  signal?: AbortSignal;
}

export async function passportTicket(options: PassportConfig, req: TicketRequest): Promise<string> {
  const config = {
    ...options,
    networkHosts: options.networkHosts ?? passportNetworkHosts(options),
  };
  const cache = req.cache ?? defaultNexusCache;
  const ask = (loginUrl: string) =>
    requestTicket(
      loginUrl,
      req.account,
      req.password,
      req.policy,
      config,
      req.timeoutMs,
      req.signal,
    );
  const nexus = (nexusUrl: string) => fetchLoginUrl(nexusUrl, config, req.timeoutMs, req.signal);
  if (config.nexusUrl === null) {
    if (!config.loginUrl) {
      throw new PassportError({
        kind: 'protocol',
        message: `${PASSPORT_UNAVAILABLE} (no sign-in address is configured)`,
      });
    }
    return ask(config.loginUrl);
  }
  const cached = cache.get(config.nexusUrl);
  const loginUrl = cached ?? (await nexus(config.nexusUrl));
  cache.set(config.nexusUrl, loginUrl);
  try {
    return await ask(loginUrl);
  } catch (error) {
    // login.md §5.1: refetch the nexus if the cached login server cannot be reached.
    const kind = error instanceof PassportError ? error.failure.kind : null;
    if (cached === undefined || (kind !== 'unreachable' && kind !== 'serverBusy')) throw error;
    cache.forget(config.nexusUrl);
    const fresh = await nexus(config.nexusUrl);
    cache.set(config.nexusUrl, fresh);
    if (fresh === cached) throw error;
    return ask(fresh);
  }
}
