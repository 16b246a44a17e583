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

  event(name: CliEventName, data: unknown, account?: string): void {
    const line = { ...this.base(account), type: 'event', event: name, data: data ?? null };
    this.write(line as EventLine);
  }

  result(outcome: CommandOutcome, account?: string): void {
    this.write({ ...this.base(account), type: 'result', ...outcome });
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

  private base(account = this.account) {
    return { schemaVersion: SCHEMA_VERSION, time: this.now(), account } as const;
  }

  private write(line: JsonLine): void {
    this.writer.out(escapeControls(JSON.stringify(line)));
  }
}
