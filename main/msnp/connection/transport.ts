// The seam between an MSNP connection and how its bytes travel: a TCP socket, or the HTTP
// gateway (reference: http-gateway.md §1). The codec, TrIDs and sessions above see no difference.
import type { EventEmitter } from 'node:events';

export interface TransportEvents {
  data: [Buffer];
  close: [{ error?: Error }];
}

/** How a connection's bytes travel. */
export type TransportKind = 'tcp' | 'gateway';

export interface Transport extends Pick<
  EventEmitter<TransportEvents>,
  'on' | 'once' | 'off' | 'emit'
> {
  readonly kind: TransportKind;
  /** Queues bytes for the server, in order. */
  write(bytes: Buffer): void;
  /** Sends what is queued (an OUT, say), then closes; 'close' follows. */
  end(): void;
  /** Closes at once, dropping what is queued; 'close' follows. */
  destroy(): void;
}

/** Where a connection goes: the server it would reach directly, and which kind it is. */
export interface ConnectTarget {
  host: string;
  port: number;
  /** The notification server (and dispatch) or a switchboard (http-gateway.md §1, `Server=`). */
  server: 'NS' | 'SB';
}

/** Opens a transport to `target`; rejects with ConnectError when it cannot be opened. */
export type Dialer = (
  target: ConnectTarget,
  opts: { connectTimeoutMs: number },
) => Promise<Transport>;
