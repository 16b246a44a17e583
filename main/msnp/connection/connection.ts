// One MSNP connection (NS or SB): a transport (TCP or the HTTP gateway), the codec, TrIDs and
// pending requests.
// reference: msnp8/README.md §3.2 (TrIDs and the pending map), §3.3 (asynchronous traffic),
// §3.4 (reader rules), errors.md §1 (error replies fail the request with that TrID)

import { EventEmitter } from 'node:events';
import type { MsnpCommand, MsnpProtocolError } from '../codec';
import { CommandParser, serializeCommand } from '../codec';
import { DisconnectedError, MsnpError, RequestTimeoutError } from './errors';
import { tcpDialer } from './tcp-transport';
import type { Dialer, Transport, TransportKind } from './transport';
import { TridCounter } from './trid-counter';

export interface ConnectionEvents {
  command: [MsnpCommand];
  protocolError: [MsnpProtocolError];
  close: [{ error?: Error }];
}

export interface ConnectOptions {
  /** Give up opening the socket after this long (default 15 s). */
  connectTimeoutMs?: number;
  /** Default per-request timeout (default 30 s, msnp8/README.md §3.2). */
  requestTimeoutMs?: number;
  /** How to reach the server (default: a TCP socket). */
  dialer?: Dialer;
  /** Which server this is, for the HTTP gateway's `Server=` (default NS). */
  server?: 'NS' | 'SB';
}

export interface RequestOptions {
  payload?: Buffer | string;
  /**
   * The reply's command name when it differs from the request's (default: the same), or the
   * names a reply may come under (USR TWN I is answered by XFR NS or USR TWN S: login.md §4).
   */
  replyName?: string | readonly string[];
  timeoutMs?: number;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

interface PendingRequest {
  name: string;
  replyNames: readonly string[];
  resolve: (command: MsnpCommand) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const ERROR_NAME = /^[0-9]{3}$/;

export class MsnpConnection extends EventEmitter<ConnectionEvents> {
  private readonly parser = new CommandParser();
  private readonly pending = new Map<number, PendingRequest>();
  private readonly trids = new TridCounter();
  private readonly inUse = (trid: number): boolean => this.pending.has(trid);
  private open = true;
  private activity = Date.now();

  constructor(
    private readonly transport: Transport,
    private readonly requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {
    super();
    transport.on('data', (chunk: Buffer) => this.onData(chunk));
    transport.once('close', ({ error }) => this.onClose(error));
  }

  /** Opens a connection (plain TCP by default: msnp8/README.md §1.1). Rejects with ConnectError. */
  static async connect(
    host: string,
    port: number,
    opts: ConnectOptions = {},
  ): Promise<MsnpConnection> {
    const dial = opts.dialer ?? tcpDialer;
    const transport = await dial(
      { host, port, server: opts.server ?? 'NS' },
      { connectTimeoutMs: opts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
    );
    return new MsnpConnection(transport, opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  }

  /** How this connection's bytes travel (the gateway carries no PNG: http-gateway.md §2). */
  get transportKind(): TransportKind {
    return this.transport.kind;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** When the last byte arrived (ms since the epoch), for keep-alive (msnp8/README.md §8). */
  get lastActivity(): number {
    return this.activity;
  }

  /** How many requests still wait for their reply. */
  get pendingRequests(): number {
    return this.pending.size;
  }

  /**
   * Sends `name` with a fresh TrID and settles on the first reply with that TrID named
   * `opts.replyName ?? name` (or any of them); an error code with that TrID rejects with MsnpError. Other
   * commands with the TrID (ILN after CHG, IRO before ANS) are emitted as 'command' events.
   */
  request(
    name: string,
    params: readonly string[],
    opts: RequestOptions = {},
  ): Promise<MsnpCommand> {
    if (!this.open) return Promise.reject(new DisconnectedError());
    const trid = this.trids.next(this.inUse);
    let bytes: Buffer;
    try {
      bytes = serializeCommand(name, trid, params, opts.payload);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const timeoutMs = opts.timeoutMs ?? this.requestTimeoutMs;
    return new Promise<MsnpCommand>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(trid);
        reject(new RequestTimeoutError(name, timeoutMs));
      }, timeoutMs);
      const replyNames = typeof opts.replyName === 'string' ? [opts.replyName] : opts.replyName;
      this.pending.set(trid, { name, replyNames: replyNames ?? [name], resolve, reject, timer });
      this.transport.write(bytes);
    });
  }

  /** Sends with a fresh TrID without waiting; the reply arrives as a 'command' event. */
  send(name: string, params: readonly string[], payload?: Buffer | string): number {
    if (!this.open) throw new DisconnectedError();
    const trid = this.trids.next(this.inUse);
    this.transport.write(serializeCommand(name, trid, params, payload));
    return trid;
  }

  /** Sends a command that carries no TrID (PNG, OUT: msnp8/README.md §3.2). */
  sendUntracked(name: string, params: readonly string[] = []): void {
    if (!this.open) throw new DisconnectedError();
    this.transport.write(serializeCommand(name, null, params));
  }

  /** Ends the socket; pending requests reject with DisconnectedError at once. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.rejectAll(new DisconnectedError('The connection was closed.'));
    this.transport.end();
  }

  private onData(chunk: Buffer): void {
    this.activity = Date.now();
    let listenerError: unknown;
    for (const event of this.parser.push(chunk)) {
      // A throwing listener must not make the rest of this chunk's commands disappear.
      try {
        if (event.kind === 'command') this.dispatch(event.command);
        else this.emit('protocolError', event.error);
      } catch (error) {
        listenerError ??= error;
      }
    }
    if (listenerError !== undefined) throw listenerError;
  }

  private dispatch(command: MsnpCommand): void {
    const waiting = command.trid === null ? undefined : this.pending.get(command.trid);
    if (waiting !== undefined && command.trid !== null) {
      if (ERROR_NAME.test(command.name)) {
        this.settle(command.trid, waiting);
        waiting.reject(new MsnpError(Number(command.name), waiting.name, command.trid));
        return;
      }
      if (waiting.replyNames.includes(command.name)) {
        this.settle(command.trid, waiting);
        waiting.resolve(command);
        return;
      }
    }
    this.emit('command', command);
  }

  private settle(trid: number, request: PendingRequest): void {
    clearTimeout(request.timer);
    this.pending.delete(trid);
  }

  private rejectAll(error: Error): void {
    const requests = [...this.pending.values()];
    this.pending.clear();
    for (const request of requests) {
      clearTimeout(request.timer);
      request.reject(error);
    }
  }

  private onClose(error: Error | undefined): void {
    this.open = false;
    this.parser.reset();
    this.rejectAll(
      new DisconnectedError(
        'The connection to the server was lost.',
        error ? { cause: error } : {},
      ),
    );
    this.emit('close', error ? { error } : {});
  }
}
