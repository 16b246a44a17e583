// A TCP connection to host:port through a proxy. SOCKS uses the `socks` package (the client
// behind npm's own proxy support: SOCKS4, 4a and 5 with authentication); HTTP CONNECT is
// node:http's own CONNECT support. The proxy resolves host names (§5: "the host name is
// resolved by the proxy"). reference: http-gateway.md §5
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { SocksClient } from 'socks';
import { ProxyError } from './proxy-setting';
import type { ProxySetting } from './proxy-setting';

export interface TunnelTarget {
  host: string;
  port: number;
}

/** Opens a connection to `target` through `proxy`; rejects with ProxyError. */
export async function openTunnel(
  proxy: ProxySetting,
  target: TunnelTarget,
  timeoutMs: number,
): Promise<Socket> {
  return proxy.kind === 'http'
    ? httpConnect(proxy, target, timeoutMs)
    : socksConnect(proxy, target, timeoutMs);
}

async function socksConnect(
  proxy: ProxySetting,
  target: TunnelTarget,
  timeoutMs: number,
): Promise<Socket> {
  try {
    const { socket } = await SocksClient.createConnection({
      proxy: {
        host: proxy.host,
        port: proxy.port,
        type: proxy.kind === 'socks5' ? 5 : 4,
        ...(proxy.username ? { userId: proxy.username } : {}),
        ...(proxy.kind === 'socks5' && proxy.password ? { password: proxy.password } : {}),
      },
      command: 'connect',
      destination: { host: target.host, port: target.port },
      timeout: timeoutMs,
    });
    return socket;
  } catch (error) {
    const text = error instanceof Error ? error.message : '';
    const why = /auth/i.test(text)
      ? 'it did not accept the user name and password'
      : /timed? ?out/i.test(text)
        ? 'it did not answer in time'
        : /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(text)
          ? 'it could not be reached'
          : 'it refused the connection';
    throw new ProxyError(`The SOCKS proxy ${proxy.host}:${proxy.port} failed: ${why}.`, {
      cause: error,
    });
  }
}

function httpConnect(
  proxy: ProxySetting,
  target: TunnelTarget,
  timeoutMs: number,
): Promise<Socket> {
  const authority = `${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}`;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: authority };
    if (proxy.username) headers['Proxy-Authorization'] = basicAuth(proxy);
    const req = httpRequest({
      host: proxy.host,
      port: proxy.port,
      method: 'CONNECT',
      path: authority,
      headers,
      timeout: timeoutMs,
      agent: false,
    });
    const fail = (why: string, cause?: unknown) => {
      req.destroy();
      reject(
        new ProxyError(`The HTTP proxy ${proxy.host}:${proxy.port} failed: ${why}.`, { cause }),
      );
    };
    req.on('timeout', () => fail('it did not answer in time'));
    req.on('error', (error) => fail('it could not be reached', error));
    req.on('connect', (res, socket) => {
      if (res.statusCode === 200) {
        socket.setTimeout(0);
        resolve(socket);
        return;
      }
      socket.destroy();
      fail(
        res.statusCode === 407
          ? 'it did not accept the user name and password (407)'
          : `it answered ${res.statusCode ?? 'nothing'}`,
      );
    });
    req.end();
  });
}

/** The Proxy-Authorization value for Basic authentication (RFC 7617). */
export function basicAuth(proxy: ProxySetting): string {
  const pair = `${proxy.username ?? ''}:${proxy.password ?? ''}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}
