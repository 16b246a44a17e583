// A tiny raw TCP peer for connection tests: accepts on 127.0.0.1 (ephemeral port), records
// the lines it receives and lets the test write any bytes back. Waits are bounded so that a
// missing line fails the test with a message instead of hanging until the test timeout.
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach } from 'vitest';
import { MsnpConnection } from '../../../main/msnp/connection';

const WAIT_MS = 5_000;

/** Resolves through `register(resolve)`, or rejects with `what` after WAIT_MS. */
function bounded<T>(what: string, register: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`raw server: no ${what}`)), WAIT_MS);
    register((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export interface RawPeer {
  socket: Socket;
  /** Resolves with the next complete line received (without CR LF). */
  nextLine(): Promise<string>;
  write(text: string | Buffer): void;
}

export interface RawServer {
  port: number;
  /** Resolves with the next accepted connection. */
  accept(): Promise<RawPeer>;
  close(): Promise<void>;
}

function peerOf(socket: Socket): RawPeer {
  let buffered = '';
  const lines: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  socket.setEncoding('utf8');
  socket.on('data', (text: string) => {
    buffered += text;
    let lf = buffered.indexOf('\r\n');
    while (lf >= 0) {
      const line = buffered.slice(0, lf);
      buffered = buffered.slice(lf + 2);
      const waiter = waiters.shift();
      if (waiter) waiter(line);
      else lines.push(line);
      lf = buffered.indexOf('\r\n');
    }
  });
  socket.on('error', () => undefined);
  return {
    socket,
    nextLine: () => {
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      return bounded('line within 5 s', (resolve) => waiters.push(resolve));
    },
    write: (data) => {
      socket.write(data);
    },
  };
}

export async function startRawServer(): Promise<RawServer> {
  const accepted: RawPeer[] = [];
  const waiters: ((peer: RawPeer) => void)[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const peer = peerOf(socket);
    const waiter = waiters.shift();
    if (waiter) waiter(peer);
    else accepted.push(peer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    accept: () => {
      const peer = accepted.shift();
      if (peer) return Promise.resolve(peer);
      return bounded('connection within 5 s', (resolve) => waiters.push(resolve));
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Connected {
  server: RawServer;
  conn: MsnpConnection;
  peer: RawPeer;
}

/**
 * Per test: `connect()` starts a raw server, opens an MsnpConnection to it and accepts it;
 * both are closed after the test.
 */
export function useConnectedPeer(): (
  options?: Parameters<typeof MsnpConnection.connect>[2],
) => Promise<Connected> {
  const opened: Connected[] = [];
  afterEach(async () => {
    for (const { conn, server } of opened.splice(0)) {
      conn.close();
      await server.close();
    }
  });
  return async (options) => {
    const server = await startRawServer();
    const conn = await MsnpConnection.connect('127.0.0.1', server.port, options);
    const peer = await server.accept();
    opened.push({ server, conn, peer });
    return { server, conn, peer };
  };
}
