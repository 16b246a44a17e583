// The JSON mode's lines, version 1 (README.md, "Command line" → "JSON lines"). Every line is
// one object with `schemaVersion`, `type`, `time` and `account`. Within a version, fields,
// events and commands may be added, never removed or changed in meaning: readers ignore
// what they do not know. Anything else is a new version.
import type { Failure } from '@shared/domain';
import type { ResultData } from './command-spec';
import type { ErrorKind } from './errors';
import type { CliEventData, CliEventName } from './events';
import type { ExitReason } from './exit-codes';

export const SCHEMA_VERSION = 1;

interface LineBase {
  schemaVersion: typeof SCHEMA_VERSION;
  /** When the line was written (epoch milliseconds). */
  time: number;
  /** The account the line is about (the --user address), so several can share one stream. */
  account: string;
}

/** An MsnClient event; `data` is its payload (shared/domain.ts types), or null. */
export type EventLine = {
  [K in CliEventName]: LineBase & { type: 'event'; event: K; data: CliEventData<K> };
}[CliEventName];

/** The outcome of one command, in the order the commands were given. */
export type ResultLine = LineBase & {
  type: 'result';
  /** The command's name (the first word of its line). */
  command: string;
  /** The line number in the script or on stdin (1 is the first line). */
  line: number;
} & ({ ok: true; data: ResultData } | { ok: false; error: { kind: ErrorKind; message: string } });

/** The last line of a run. */
export type ExitLine = LineBase & {
  type: 'exit';
  code: number;
  reason: ExitReason;
  /** Words for a person, when the run ended on a problem. */
  message?: string;
  /** Sign-in failures and lost connections: the core's own Failure. */
  failure?: Failure;
};

export type JsonLine = EventLine | ResultLine | ExitLine;
