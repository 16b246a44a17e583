// A small proxy for the tests: SOCKS5 (RFC 1928, optional user/password per RFC 1929), SOCKS4a,
// and HTTP (CONNECT tunnels and plain requests with absolute URIs, optional Basic auth). It
// records every connection it makes, so a test can assert that nothing bypassed it.
// reference: http-gateway.md §5
import { createServer, connect } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

export interface ProxyRecord {
  protocol: 'socks5' | 'socks4a' | 'http-connect' | 'http';
  /** host:port the proxy connected to for the client. */
  destination: string;
}

export interface TestProxy {
  port: number;
  records: ProxyRecord[];
  /** Connections refused for bad or missing credentials. */
  refused: number;
  stop(): Promise<void>;
}

export interface TestProxyOptions {
  /** Required credentials (SOCKS5 user/password, SOCKS4 user id, HTTP Basic); none by default. */
  credentials?: { username: string; password: string };
}

export async function startTestProxy(options: TestProxyOptions = {}): Promise<TestProxy> {
  const sockets = new Set<Socket>();
  const state: TestProxy = { port: 0, records: [], refused: 0, stop: async () => undefined };
  const creds = options.credentials;

  const pipeTo = (
    client: Socket,
    host: string,
    port: number,
    protocol: ProxyRecord['protocol'],
    ready: (ok: boolean) => void,
    head?: Buffer,
  ) => {
    const upstream = connect({ host, port });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.once('connect', () => {
      state.records.push({ protocol, destination: `${host}:${port}` });
      ready(true);
      if (head && head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    upstream.once('error', () => {
      ready(false);
      client.destroy();
    });
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let stage: 'start' | 'socks5-auth' | 'socks5-request' | 'done' = 'start';
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const before = stage;
        step();
        if (stage === 'done' || stage === before) return;
      }
    };
    const finish = () => {
      stage = 'done';
      client.off('data', onData);
    };
    const step = () => {
      if (stage === 'start') {
        const version = buffer[0];
        if (version === 5) {
          if (buffer.length < 2 || buffer.length < 2 + (buffer[1] ?? 0)) return;
          const methods = [...buffer.subarray(2, 2 + (buffer[1] ?? 0))];
          buffer = buffer.subarray(2 + (buffer[1] ?? 0));
          const wanted = creds ? 2 : 0;
          if (!methods.includes(wanted)) {
            state.refused += 1;
            client.end(Buffer.from([5, 0xff]));
            return finish();
          }
          client.write(Buffer.from([5, wanted]));
          stage = creds ? 'socks5-auth' : 'socks5-request';
        } else if (version === 4) {
          socks4(buffer);
        } else if (buffer.includes('\r\n\r\n')) {
          http();
        }
        return;
      }
      if (stage === 'socks5-auth') {
        const userLength = buffer[1];
        if (userLength === undefined || buffer.length < 3 + userLength) return;
        const passLength = buffer[2 + userLength];
        if (passLength === undefined || buffer.length < 3 + userLength + passLength) return;
        const user = buffer.subarray(2, 2 + userLength).toString();
        const pass = buffer.subarray(3 + userLength, 3 + userLength + passLength).toString();
        buffer = buffer.subarray(3 + userLength + passLength);
        if (user !== creds?.username || pass !== creds.password) {
          state.refused += 1;
          client.end(Buffer.from([1, 1]));
          return finish();
        }
        client.write(Buffer.from([1, 0]));
        stage = 'socks5-request';
        return;
      }
      if (stage === 'socks5-request') {
        if (buffer.length < 5) return;
        const type = buffer[3];
        let host: string;
        let offset: number;
        if (type === 1) {
          if (buffer.length < 10) return;
          host = [...buffer.subarray(4, 8)].join('.');
          offset = 8;
        } else if (type === 3) {
          const length = buffer[4] ?? 0;
          if (buffer.length < 5 + length + 2) return;
          host = buffer.subarray(5, 5 + length).toString();
          offset = 5 + length;
        } else {
          client.end(Buffer.from([5, 8, 0, 1, 0, 0, 0, 0, 0, 0]));
          return finish();
        }
        const port = buffer.readUInt16BE(offset);
        const head = buffer.subarray(offset + 2);
        finish();
        pipeTo(
          client,
          host,
          port,
          'socks5',
          (ok) => client.write(Buffer.from([5, ok ? 0 : 5, 0, 1, 0, 0, 0, 0, 0, 0])),
          head,
        );
      }
    };
    const socks4 = (data: Buffer) => {
      // VN CD DSTPORT DSTIP USERID NUL [HOST NUL] (SOCKS4a when DSTIP is 0.0.0.x)
      const userEnd = data.indexOf(0, 8);
      if (data.length < 9 || userEnd < 0) return;
      const port = data.readUInt16BE(2);
      const ip = [...data.subarray(4, 8)];
      const user = data.subarray(8, userEnd).toString();
      let host = ip.join('.');
      let end = userEnd + 1;
      if (ip[0] === 0 && ip[1] === 0 && ip[2] === 0 && ip[3] !== 0) {
        const hostEnd = data.indexOf(0, end);
        if (hostEnd < 0) return;
        host = data.subarray(end, hostEnd).toString();
        end = hostEnd + 1;
      }
      finish();
      if (creds && user !== creds.username) {
        state.refused += 1;
        client.end(Buffer.from([0, 0x5d, 0, 0, 0, 0, 0, 0]));
        return;
      }
      pipeTo(
        client,
        host,
        port,
        'socks4a',
        (ok) => client.write(Buffer.from([0, ok ? 0x5a : 0x5b, 0, 0, 0, 0, 0, 0])),
        data.subarray(end),
      );
    };
    const http = () => {
      const headEnd = buffer.indexOf('\r\n\r\n');
      const head = buffer.subarray(0, headEnd).toString('latin1');
      const rest = buffer.subarray(headEnd + 4);
      finish();
      const [requestLine = '', ...lines] = head.split('\r\n');
      const [method = '', target = '', version = 'HTTP/1.1'] = requestLine.split(' ');
      const auth = lines
        .find((l) => /^proxy-authorization:/i.test(l))
        ?.split(':')
        .slice(1)
        .join(':')
        .trim();
      const expected = creds
        ? `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`
        : undefined;
      if (expected && auth !== expected) {
        state.refused += 1;
        client.end(`${version} 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      if (method === 'CONNECT') {
        const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(target);
        if (!match) return void client.end(`${version} 400 Bad Request\r\n\r\n`);
        pipeTo(
          client,
          match[1] ?? '',
          Number(match[2]),
          'http-connect',
          (ok) =>
            client.write(
              ok
                ? `${version} 200 Connection established\r\n\r\n`
                : `${version} 502 Bad Gateway\r\n\r\n`,
            ),
          rest,
        );
        return;
      }
      // A plain request with an absolute URI: forward it with an origin-form request line.
      let url: URL;
      try {
        url = new URL(target);
      } catch {
        return void client.end(`${version} 400 Bad Request\r\n\r\n`);
      }
      const kept = lines.filter((l) => !/^proxy-authorization:/i.test(l));
      const forwarded = Buffer.concat([
        Buffer.from(
          `${method} ${url.pathname}${url.search} ${version}\r\n${kept.join('\r\n')}\r\n\r\n`,
          'latin1',
        ),
        rest,
      ]);
      pipeTo(client, url.hostname, Number(url.port || 80), 'http', () => undefined, forwarded);
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  state.port = (server.address() as AddressInfo).port;
  state.stop = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}
