// The TCP side of MSNFTP: one listener per transfer (the sender, normally) and the
// connecting peer. reference: switchboard.md §11.1 steps 3–5
import { createServer, connect } from 'node:net';
import type { Server, Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { MsnftpError } from './msnftp-stream';

export interface FileTransferNetworkOptions {
  /**
   * Address the listener binds. Default: the advertised address (or, when that is not on this
   * machine, the LAN address beside it); never all interfaces unless asked.
   */
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
  /**
   * Opens our connection to the other side's listener; default a direct TCP connection.
   * Behind a proxy it goes through the proxy like every other connection (http-gateway.md §5).
   */
  connectPeer?: PeerConnector;
}

/** Opens a TCP connection to host:port; rejects when it cannot. */
export type PeerConnector = (host: string, port: number, timeoutMs: number) => Promise<Socket>;

export function defaultAdvertisedHost(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** Connections a listener takes before giving up: a stranger cannot keep it open for ever. */
export const MAX_LISTENER_CONNECTIONS = 16;
/** Connections in their opening at once; more are closed at once. */
const MAX_OPENING_AT_ONCE = 4;

export interface PeerListener {
  /** The address bound: the advertised one (or the LAN one it stands for), never 0.0.0.0. */
  host: string;
  port: number;
  /**
   * The first connection `verify` resolves for. A connection it rejects (a wrong AuthCookie)
   * is closed and the listener keeps waiting, up to MAX_LISTENER_CONNECTIONS and the timeout.
   */
  accept<T>(verify: (socket: Socket) => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Listens on `hosts[0]`, or the next one when that address is not on this machine (a public
 * address behind a router that forwards to the LAN one). reference: switchboard.md §11.1 step 3
 */
export async function listenForPeer(
  hosts: readonly string[],
  options: FileTransferNetworkOptions,
): Promise<PeerListener> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let server: Server | null = null;
  let host = '';
  for (const candidate of hosts) {
    try {
      server = await bind(candidate, options.port ?? 0);
      host = candidate;
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw error;
    }
  }
  if (!server) throw new MsnftpError('no local address to listen on', 'closed');
  const listening = server;
  const address = listening.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let pending: Accepting<unknown> | null = null;
  return {
    host,
    port,
    accept<T>(verify: (socket: Socket) => Promise<T>): Promise<T> {
      pending ??= acceptVerified(listening, verify, timeoutMs);
      return pending.accepted as Promise<T>;
    },
    close: () => (pending ? pending.stop() : listening.close()),
  };
}

function bind(host: string, port: number): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

interface Accepting<T> {
  accepted: Promise<T>;
  /** Closes the listener and every connection still in its opening. */
  stop(): void;
}

function acceptVerified<T>(
  server: Server,
  verify: (socket: Socket) => Promise<T>,
  timeoutMs: number,
): Accepting<T> {
  const opening = new Set<Socket>();
  let taken = 0;
  let settled = false;
  let stop = (): void => undefined;
  const accepted = new Promise<T>((resolve, reject) => {
    const end = (): void => {
      settled = true;
      clearTimeout(timer);
      server.close();
      for (const socket of opening) socket.destroy();
      opening.clear();
    };
    const fail = (error: MsnftpError): void => {
      if (settled) return;
      end();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new MsnftpError('the peer never connected', 'timeout')),
      timeoutMs,
    );
    server.on('connection', (socket) => {
      if (settled || opening.size >= MAX_OPENING_AT_ONCE) return void socket.destroy();
      taken++;
      opening.add(socket);
      socket.on('error', () => undefined);
      verify(socket).then(
        (value) => {
          opening.delete(socket);
          if (settled) return void socket.destroy();
          end();
          resolve(value);
        },
        () => {
          opening.delete(socket);
          socket.destroy();
          if (taken >= MAX_LISTENER_CONNECTIONS && opening.size === 0) {
            fail(new MsnftpError('too many connections with a wrong cookie', 'auth'));
          }
        },
      );
      if (taken >= MAX_LISTENER_CONNECTIONS) server.close(); // no more after these
    });
    stop = () => fail(new MsnftpError('the listener closed', 'closed'));
    server.on('close', stop);
  });
  return { accepted, stop: () => stop() };
}

/**
 * Tries every address at once and keeps the first connection (switchboard.md §11.1 step 4:
 * "when two address/port pairs are offered, try both at once and keep the first").
 */
export async function connectToFirst(
  hosts: readonly string[],
  port: number,
  timeoutMs = 20_000,
  connectPeer: PeerConnector = connectTo,
): Promise<Socket> {
  const attempts = [...new Set(hosts)].map((host) => connectPeer(host, port, timeoutMs));
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
