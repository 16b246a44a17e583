// A proxy between us and the servers: SOCKS5 (optionally with a user name and password,
// RFC 1928/1929), SOCKS4a, or an HTTP proxy (CONNECT, optionally with Basic authentication).
// reference: http-gateway.md §5

export type ProxyKind = 'socks5' | 'socks4a' | 'http';

export interface ProxySetting {
  kind: ProxyKind;
  host: string;
  port: number;
  username?: string | null;
  /** A secret like the account password: never logged, never in an error message. */
  password?: string | null;
}

/** Something went wrong at the proxy, in words for a person (no credentials in it). */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
}
