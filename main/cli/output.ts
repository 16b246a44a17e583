// Where a run's events, command results and ending go: JSON lines or readable text.
import type { Failure } from '@shared/domain';
import type { ResultData } from './command-spec';
import type { ErrorKind } from './errors';
import type { CliEventName } from './events';
import type { ExitReason } from './exit-codes';

export type CommandOutcome = { command: string; line: number } & (
  { ok: true; data: ResultData } | { ok: false; error: { kind: ErrorKind; message: string } }
);

export interface RunEnd {
  code: number;
  reason: ExitReason;
  message?: string;
  failure?: Failure;
}

/**
 * `account`: which --user a line is about, given when several share the run (JSON lines
 * always name one: the first --user when none is given).
 */
export interface Output {
  event(name: CliEventName, data: unknown, account?: string): void;
  result(outcome: CommandOutcome, account?: string): void;
  end(end: RunEnd): void;
}

/** Writes one line; `out` is the program's output, `diagnostic` is for a person (stderr). */
export interface LineWriter {
  out(line: string): void;
  diagnostic(line: string): void;
}
