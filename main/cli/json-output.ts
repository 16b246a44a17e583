// JSON mode: one object per line on stdout (json-lines.ts), nothing else on stdout.
import type { CliEventName } from './events';
import { escapeControls } from './escape';
import type { EventLine, JsonLine } from './json-lines';
import { SCHEMA_VERSION } from './json-lines';
import type { CommandOutcome, LineWriter, Output, RunEnd } from './output';

export class JsonOutput implements Output {
  constructor(
    private readonly account: string,
    private readonly writer: LineWriter,
    private readonly now: () => number = Date.now,
  ) {}

  event(name: CliEventName, data: unknown): void {
    this.write({ ...this.base(), type: 'event', event: name, data: data ?? null } as EventLine);
  }

  result(outcome: CommandOutcome): void {
    this.write({ ...this.base(), type: 'result', ...outcome });
  }

  end({ code, reason, message, failure }: RunEnd): void {
    this.write({
      ...this.base(),
      type: 'exit',
      code,
      reason,
      ...(message !== undefined ? { message } : {}),
      ...(failure !== undefined ? { failure } : {}),
    });
  }

  private base() {
    return { schemaVersion: SCHEMA_VERSION, time: this.now(), account: this.account } as const;
  }

  private write(line: JsonLine): void {
    this.writer.out(escapeControls(JSON.stringify(line)));
  }
}
