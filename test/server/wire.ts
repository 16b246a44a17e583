// One client connection on any of the MSNP listeners: framing in, ordered (optionally
// delayed) writes out, and a single close path so stop() can always tear it down.
import type { Socket } from 'node:net';
import { commandLine, FramingError, payloadCommand, ServerFramer, type Frame } from './framer';

export interface WireOptions {
  /** Current reply delay in ms (faults.delayReplies); read at each write. */
  delayMs: () => number;
  payloadLimit?: (name: string) => number;
}

export class Wire {
  private readonly framer: ServerFramer;
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private closed = false;
  private readonly closeListeners: (() => void)[] = [];

  constructor(
    readonly socket: Socket,
    private readonly options: WireOptions,
    onFrame: (frame: Frame) => void,
  ) {
    this.framer = new ServerFramer(options.payloadLimit);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (this.closed) return;
      let frames: Frame[];
      try {
        frames = this.framer.push(chunk);
      } catch (error) {
        // Oversize payloads and garbage make real servers drop the client (msnp8/README.md §9.3).
        if (error instanceof FramingError) this.destroy();
        else throw error;
        return;
      }
      for (const frame of frames) {
        if (this.closed) return;
        try {
          onFrame(frame);
        } catch (error) {
          // A bug in the local network must not take the test process down with it.
          process.emitWarning(
            `local MSNP8 network: ${frame.name} handler failed: ${String(error)}`,
          );
          this.destroy();
        }
      }
    });
    socket.on('error', () => this.destroy());
    socket.on('close', () => this.markClosed());
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  send(name: string, ...params: (string | number)[]): void {
    this.write(commandLine(name, params));
  }

  sendPayload(name: string, params: (string | number)[], payload: Buffer | string): void {
    this.write(payloadCommand(name, params, payload));
  }

  /** Writes bytes in order after the configured delay. */
  write(data: Buffer | string): void {
    this.enqueue(() => {
      if (!this.socket.destroyed) this.socket.write(data);
    });
  }

  /** Flushes what was queued, then half-closes: the client sees the data and then EOF. */
  end(): void {
    this.enqueue(() => {
      this.socket.end();
      // A client that never closes its side must not keep the socket alive for long.
      setTimeout(() => this.socket.destroy(), 1000).unref();
      this.markClosed();
    });
  }

  /** Destroys the socket once everything queued so far has reached it (faults.dropConnection). */
  destroyAfterWrites(): void {
    this.enqueue(() => {
      if (this.socket.destroyed) return this.markClosed();
      this.socket.write('', () => this.destroy());
    });
  }

  /** Immediate teardown; pending writes are dropped. */
  destroy(): void {
    this.socket.destroy();
    this.markClosed();
  }

  private enqueue(action: () => void): void {
    if (this.closed) return;
    const delay = this.options.delayMs();
    if (delay <= 0 && this.queued === 0) {
      action();
      return;
    }
    // Each write is due `delay` ms after it was made (not after the previous one): a burst
    // of lines arrives together, late, and in order.
    const due = Date.now() + delay;
    this.queued++;
    this.chain = this.chain
      .then(() => sleep(due - Date.now()))
      .then(() => {
        this.queued--;
        if (!this.closed) action();
      });
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners.splice(0)) listener();
  }
}

function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
