// A `host:port` address: as a person types it in Options → Connection (e.g. the switchboard
// address some networks need overridden: XFR SB and RNG name host names that may not resolve
// from here, msnp8 reference msnp8/README.md §11), and as servers send it (XFR NS, XFR SB, RNG).
// The one parser: the IPC schema, the client factory and the protocol core all use it.

/** Host names, IPv4, or a bracketed IPv6 literal (`[::1]:1864`); the port may be absent. */
const HOST_PORT =
  /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9._-]{0,252}[A-Za-z0-9])?)(?::(\d{1,5}))?$/;

/** The notification server's port when a server names none (msnp8 reference msnp8/README.md §1.1). */
export const DEFAULT_PORT = 1863;

export interface HostPort {
  host: string;
  port: number;
}

/**
 * `host:port` → parts, or null when it is not one (port 1–65535, no spaces, no scheme). What a
 * person types needs the port; what a server sends may omit it (`defaultPort` then).
 */
export function parseHostPort(text: string | undefined, defaultPort?: number): HostPort | null {
  if (text === undefined) return null;
  const match = HOST_PORT.exec(text.trim());
  if (!match) return null;
  const [, rawHost = '', rawPort] = match;
  const port = rawPort === undefined ? defaultPort : Number(rawPort);
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  // Brackets are URL syntax only: net.connect wants the bare IPv6 literal.
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
  return { host, port };
}
