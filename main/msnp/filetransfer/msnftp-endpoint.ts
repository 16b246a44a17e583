// The TCP side of MSNFTP: one listener per transfer (the sender, normally) and the
// connecting peer. reference: switchboard.md §11.1 steps 3–5
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { MsnftpError } from './msnftp-stream';

export interface FileTransferNetworkOptions {
  /** Address the listener binds. Default 0.0.0.0 (all interfaces). */
  bindHost?: string;
  /** IP written into IP-Address. Default: the first non-internal IPv4 address, else 127.0.0.1. */
  advertisedHost?: string;
  /** Port to listen on; 0 (default) picks a free one. Official clients used 6891–6900. */
  port?: number;
  /**
   * False when this machine cannot accept connections (behind NAT): offers then say
   * `Connectivity: N` and the receiver listens instead (switchboard.md §11.1 step 2b).
   */
  canListen?: boolean;
  /** How long to wait for the peer's connection and each step. Default 60 s. */
  timeoutMs?: number;
}

export function defaultAdvertisedHost(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

export interface OneShotListener {
  port: number;
  /** The first connection; later ones are refused. */
  accept(): Promise<Socket>;
  close(): void;
}

export async function listenOnce(options: FileTransferNetworkOptions): Promise<OneShotListener> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const server: Server = createServer();
  let first: Promise<Socket> | null = null;
  const accepted = new Promise<Socket>((resolve, reject) => {
    const timer = setTimeout(() => {
      server.close();
      reject(new MsnftpError('the peer never connected', 'timeout'));
    }, timeoutMs);
    server.on('connection', (socket) => {
      clearTimeout(timer);
      server.close(); // one transfer, one connection
      resolve(socket);
    });
    server.on('close', () => {
      clearTimeout(timer);
      reject(new MsnftpError('the listener closed', 'closed'));
    });
  });
  accepted.catch(() => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.bindHost ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    accept: () => (first ??= accepted),
    close: () => server.close(),
  };
}

/**
 * Tries every address at once and keeps the first connection (switchboard.md §11.1 step 4:
 * "when two address/port pairs are offered, try both at once and keep the first").
 */
export async function connectToFirst(
  hosts: readonly string[],
  port: number,
  timeoutMs = 20_000,
): Promise<Socket> {
  const attempts = [...new Set(hosts)].map((host) => connectTo(host, port, timeoutMs));
  const winner = await Promise.any(attempts).catch(() => {
    throw new MsnftpError('could not connect to the other computer', 'timeout');
  });
  for (const attempt of attempts) {
    void attempt.then(
      (socket) => socket !== winner && socket.destroy(),
      () => undefined,
    );
  }
  return winner;
}

export function connectTo(host: string, port: number, timeoutMs = 20_000): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new MsnftpError('could not connect to the sender', 'timeout'));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      reject(new MsnftpError('could not connect to the sender', 'closed'));
    });
  });
}
