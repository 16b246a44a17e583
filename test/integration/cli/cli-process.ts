// The command line (main/cli/) as a child process in JSON mode, driven like a script would:
// commands written to its stdin, and waits that read its JSON lines until the expected one
// arrives (bounded), never for a fixed time. The bound is generous: each process compiles
// the CLI with tsx and signs in over TLS, which takes seconds on a busy 2-core machine.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { JsonLine } from '../../../main/cli/json-lines';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class CliProcess {
  /** Every stdout line, parsed, in order. */
  readonly lines: JsonLine[] = [];
  /** stdout lines that were not JSON (there must be none in JSON mode). */
  readonly notJson: string[] = [];
  stderr = '';
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiters = new Set<() => void>();
  private exit: Exit | null = null;

  constructor(args: string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdout }).on('line', (text) => {
      try {
        this.lines.push(JSON.parse(text) as JsonLine);
      } catch {
        this.notJson.push(text);
      }
      this.wake();
    });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code, signal) => {
        this.exit = { code, signal };
        this.wake();
        resolve(this.exit);
      });
    });
  }

  /** Writes command lines to stdin. */
  send(...commands: string[]): void {
    this.child.stdin.write(commands.map((c) => `${c}\n`).join(''));
  }

  /** Closes stdin: the end of input. */
  endInput(): void {
    this.child.stdin.end();
  }

  /** The index the next line will have (to wait only for lines after this point). */
  mark(): number {
    return this.lines.length;
  }

  /**
   * The first line at or after index `from` that `match` accepts: already received, or the
   * next to arrive. Fails after `timeoutMs`, or at once if the process exits first.
   */
  waitFor<T extends JsonLine>(
    match: (line: JsonLine) => line is T,
    { from = 0, timeoutMs = 30_000, what = 'a matching line' } = {},
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.lines.slice(from).find(match);
        if (found) {
          done();
          resolve(found);
          return true;
        }
        if (this.exit) {
          done();
          reject(new Error(`the CLI exited (${this.exit.code}) before ${what}\n${this.dump()}`));
          return true;
        }
        return false;
      };
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(onLine);
      };
      const onLine = (): void => void check();
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} within ${timeoutMs} ms\n${this.dump()}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(onLine);
    });
  }

  /** Ends the process if it is still running (test clean-up). */
  kill(): void {
    if (!this.exit) this.child.kill();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private dump(): string {
    const tail = this.lines.slice(-15).map((l) => JSON.stringify(l));
    return [`stderr: ${this.stderr}`, ...tail].join('\n');
  }
}

// Matchers for waitFor, narrowing the line's type.
type EventOf<K extends string> = Extract<JsonLine, { type: 'event'; event: K }>;
type ResultLine = Extract<JsonLine, { type: 'result' }>;
type ExitLine = Extract<JsonLine, { type: 'exit' }>;

export const event =
  <K extends EventOf<string>['event']>(
    name: K,
    test: (data: EventOf<K>['data']) => boolean = () => true,
  ) =>
  (line: JsonLine): line is EventOf<K> =>
    line.type === 'event' && line.event === name && test(line.data as EventOf<K>['data']);

export const result =
  (command: string) =>
  (line: JsonLine): line is ResultLine =>
    line.type === 'result' && line.command === command;

export const exitLine = (line: JsonLine): line is ExitLine => line.type === 'exit';
