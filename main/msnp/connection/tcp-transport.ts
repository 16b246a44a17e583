// The direct transport: one TCP socket (reference: msnp8/README.md §1.1, plain TCP on port 1863).
import { EventEmitter } from 'node:events';
import { connect as netConnect } from 'node:net';
import type { Socket } from 'node:net';
import { ConnectError } from './errors';
import type { ConnectTarget, Dialer, Transport, TransportEvents } from './transport';

/** end(): how long buffered bytes (OUT) may take to flush before the socket is destroyed. */
export const CLOSE_FLUSH_GRACE_MS = 2_000;

export class TcpTransport extends EventEmitter<TransportEvents> implements Transport {
  readonly kind = 'tcp';
  private closeError: Error | undefined;

  constructor(private readonly socket: Socket) {
    super();
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.emit('data', chunk));
    socket.on('error', (error) => {
      this.closeError ??= error;
    });
    socket.once('close', () => {
      const error = this.closeError;
      this.emit('close', error ? { error } : {});
    });
  }

  write(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  end(): void {
    // Flush what was written (e.g. OUT), then release the socket without waiting for the peer.
    // A peer that stopped reading would keep a full buffer from ever flushing: destroy anyway.
    this.socket.end(() => this.socket.destroy());
    setTimeout(() => this.socket.destroy(), CLOSE_FLUSH_GRACE_MS).unref();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** Opens a TCP connection; rejects with ConnectError (refused, unreachable or timed out). */
export const tcpDialer: Dialer = (target: ConnectTarget, { connectTimeoutMs }) =>
  new Promise((resolve, reject) => {
    const { host, port } = target;
    const socket = netConnect({ host, port });
    const fail = (cause: Error): void => {
      clearTimeout(timer);
      socket.destroy();
      reject(new ConnectError(host, port, { cause }));
    };
    const timer = setTimeout(
      () => fail(new Error(`connect timed out after ${connectTimeoutMs} ms`)),
      connectTimeoutMs,
    );
    socket.once('error', fail);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      resolve(new TcpTransport(socket));
    });
  });
