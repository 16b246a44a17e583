// A `host:port` address as a person types it in Options → Connection, e.g. the switchboard
// address some networks need overridden (msnp8 README.md §11: XFR SB and RNG name host names
// that may not resolve from here). Pure, shared by the IPC schema and the client factory.

/** Host names, IPv4, or a bracketed IPv6 literal (`[::1]:1864`). */
const HOST_PORT =
  /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?):(\d{1,5})$/;

export interface HostPort {
  host: string;
  port: number;
}

/** `host:port` → parts, or null when it is not one (port 1–65535, no spaces, no scheme). */
export function parseHostPort(text: string): HostPort | null {
  const match = HOST_PORT.exec(text.trim());
  if (!match) return null;
  const [, rawHost = '', rawPort = ''] = match;
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  // Brackets are URL syntax only: net.connect wants the bare IPv6 literal.
  const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
  return { host, port };
}
