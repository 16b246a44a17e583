// One command line → one outcome (or nothing for a blank line or a comment). Errors become
// outcomes too, so a run goes on after a failed command unless asked to stop.
import type { CommandContext, CommandSpec } from './command-spec';
import { parseCommand } from './command-spec';
import { errorKind, errorMessage } from './errors';
import type { NumberedLine } from './line-source';
import type { CommandOutcome } from './output';

/** Echoed back in results; an unknown command's name is cut to this length. */
const MAX_NAME_CHARS = 64;

export async function runLine(
  ctx: CommandContext,
  table: ReadonlyMap<string, CommandSpec>,
  line: NumberedLine,
): Promise<CommandOutcome | null> {
  const name = (/^\s*(\S*)/.exec(line.text)?.[1] ?? '').slice(0, MAX_NAME_CHARS);
  try {
    const parsed = parseCommand(line.text, table);
    if (!parsed) return null;
    const data = await parsed.spec.run(ctx, parsed.input);
    return { command: parsed.spec.name, line: line.number, ok: true, data };
  } catch (error) {
    return {
      command: name,
      line: line.number,
      ok: false,
      error: { kind: errorKind(error), message: errorMessage(error) },
    };
  }
}
