// A raw MSNP line client for the local network's own tests: it writes exactly what the test
// says and reads the server's output line by line (payloads of MSG/NOT/IPG attached), with
// timeouts so a test fails instead of hanging. Deliberately independent of main/.
import { connect, type Socket } from 'node:net';

/** Server→client payload commands (msnp8/README.md §3.4). */
const PAYLOAD_COMMANDS = new Set(['MSG', 'NOT', 'IPG']);

export interface Received {
  line: string;
  payload: Buffer | null;
}

export class RawClient {
  private buffer = Buffer.alloc(0);
  private readonly received: Received[] = [];
  private waiters: (() => void)[] = [];
  private trid = 0;
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Our side's port, as the server sees it on 127.0.0.1. */
  get localPort(): number {
    return this.socket.localPort ?? 0;
  }

  /** The next TrID of this connection (msnp8/README.md §3.2: per-connection counter from 1). */
  nextTrid(): number {
    this.trid += 1;
    return this.trid;
  }

  /** Sends one line; CR LF is appended. */
  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  /** Sends `<line> <byte length>\r\n<payload>` (msnp8/README.md §3.4). */
  sendPayload(line: string, payload: string | Buffer): void {
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    this.socket.write(Buffer.concat([Buffer.from(`${line} ${body.length}\r\n`), body]));
  }

  sendRaw(data: string | Buffer): void {
    this.socket.write(data);
  }

  /** The very next line must match `pattern` (strict order). */
  async expectLine(
    pattern: RegExp,
    timeoutMs = 3000,
  ): Promise<Received & { match: RegExpExecArray }> {
    const next = await this.take(timeoutMs, `a line matching ${pattern}`);
    const match = pattern.exec(next.line);
    if (!match) throw new Error(`expected ${pattern}, got ${JSON.stringify(next.line)}`);
    return { ...next, match };
  }

  /** Skips lines until one matches `pattern`. */
  async waitForLine(
    pattern: RegExp,
    timeoutMs = 3000,
  ): Promise<Received & { match: RegExpExecArray }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const next = await this.take(
        Math.max(1, deadline - Date.now()),
        `a line matching ${pattern}`,
      );
      const match = pattern.exec(next.line);
      if (match) return { ...next, match };
    }
  }

  /** Asserts nothing arrives for `ms` (for connections that cannot PNG: switchboards). */
  async expectSilence(ms = 200): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    const extra = this.received.shift();
    if (extra) throw new Error(`expected silence, got ${JSON.stringify(extra.line)}`);
  }

  /**
   * NS only: sends PNG and returns every line that came before the QNG. The server answers in
   * order (msnp8/README.md §8), so this is exactly what it had sent so far — no sleep, no guess.
   */
  async drain(timeoutMs = 3000): Promise<Received[]> {
    this.send('PNG');
    const before: Received[] = [];
    for (;;) {
      const next = await this.take(timeoutMs, 'QNG');
      if (next.line === 'QNG') return before;
      before.push(next);
    }
  }

  /** NS only: asserts the server has sent nothing unread so far (a PNG round trip). */
  async expectNothingPending(timeoutMs = 3000): Promise<void> {
    const extra = await this.drain(timeoutMs);
    if (extra.length > 0) {
      throw new Error(`expected nothing pending, got ${JSON.stringify(extra.map((r) => r.line))}`);
    }
  }

  /** Puts lines back, in order, in front of what is still unread. */
  unread(lines: Received[]): void {
    this.received.unshift(...lines);
  }

  /** Resolves when the server has closed the connection (after any remaining lines). */
  async expectClose(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('expected the server to close the connection');
      await this.wait(deadline - Date.now());
    }
  }

  /** Lines received but not consumed yet. */
  pending(): string[] {
    return this.received.map((r) => r.line);
  }

  close(): void {
    this.socket.destroy();
  }

  private async take(timeoutMs: number, what: string): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const next = this.received.shift();
      if (next) return next;
      if (this.closed) throw new Error(`connection closed while waiting for ${what}`);
      if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}`);
      await this.wait(deadline - Date.now());
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      this.waiters.push(done);
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  private parse(): void {
    for (;;) {
      const lf = this.buffer.indexOf(0x0a);
      if (lf < 0) break;
      const line = this.buffer.subarray(0, lf).toString('utf8').replace(/\r$/, '');
      const name = line.slice(0, 3);
      if (PAYLOAD_COMMANDS.has(name)) {
        const length = Number(line.split(' ').at(-1));
        if (this.buffer.length < lf + 1 + length) break; // wait for the whole payload
        const payload = Buffer.from(this.buffer.subarray(lf + 1, lf + 1 + length));
        this.buffer = this.buffer.subarray(lf + 1 + length);
        this.received.push({ line, payload });
      } else {
        this.buffer = this.buffer.subarray(lf + 1);
        this.received.push({ line, payload: null });
      }
    }
    this.wake();
  }
}
