// One run of the command line: sign in, print every event, run the commands (a script file or
// stdin) one after another, then let messages and files in flight finish and sign out.
// Everything it does to the account goes through MsnClient.
import { readFileSync } from 'node:fs';
import { MsnClient } from '../msnp';
import type { CliOptions } from './args';
import { clientOptions } from './client-options';
import type { CommandContext } from './command-spec';
import { COMMAND_TABLE, COMMANDS } from './command-table';
import { UsageError } from './errors';
import { CLI_EVENT_NAMES } from './events';
import { ExitCode } from './exit-codes';
import { linesFrom, linesOf, splitScript } from './line-source';
import type { LineSource } from './line-source';
import type { Output, RunEnd } from './output';
import { readPassword } from './password';
import { References } from './references';
import { runLine } from './run-line';
import { signInFailed, watchForEnd } from './run-end';
import { settled } from './settle';

/** What the command loop returns when the run already ended another way (ignored). */
const HALTED: RunEnd = { code: ExitCode.ok, reason: 'quit' };

/** How long the end of a run waits for messages and transfers in flight. */
export const SETTLE_TIMEOUT_MS = 30_000;

export async function run(options: CliOptions, output: Output): Promise<RunEnd> {
  const msnOptions = clientOptions(options);
  const script = options.script ? linesOf(readScript(options.script)) : null;
  let stdin: LineSource | null = null;
  const stdinLines = (): LineSource => (stdin ??= linesFrom(process.stdin));
  const password = await readPassword(options.user, options.passwordEnv, stdinLines);
  if (!password)
    throw new UsageError(
      options.passwordEnv ? `environment variable ${options.passwordEnv} is empty` : 'no password',
    );

  const client = new MsnClient(msnOptions);
  const refs = new References(client);
  for (const name of CLI_EVENT_NAMES) {
    client.on(name, (...args: unknown[]) => output.event(name, args[0] ?? null));
  }
  client.on('message', (m) => {
    if (m.direction === 'in') refs.use(m.conversationId);
  });
  try {
    await client.signIn({ email: options.user, password, status: options.status });
  } catch (error) {
    return signInFailed(error);
  }
  const watch = watchForEnd(client);
  // Once the run is ending, a command still queued must not run or print after the end.
  const halt = new AbortController();
  const end = await Promise.race([
    commandLoop(client, refs, script ?? stdinLines(), output, options.exitOnError, halt.signal),
    watch.ended,
  ]);
  halt.abort();
  watch.dispose();
  await client.signOut();
  return end;
}

async function commandLoop(
  client: MsnClient,
  refs: References,
  lines: LineSource,
  output: Output,
  exitOnError: boolean,
  halt: AbortSignal,
): Promise<RunEnd> {
  let quit = false;
  const ctx: CommandContext = { client, refs, commands: COMMANDS, quit: () => (quit = true) };
  let end: RunEnd | null = null;
  while (!end) {
    const line = await lines.next();
    if (halt.aborted) return HALTED;
    if (!line) {
      end = { code: ExitCode.ok, reason: 'endOfInput' };
      break;
    }
    const outcome = await runLine(ctx, COMMAND_TABLE, line);
    if (halt.aborted) return HALTED;
    if (!outcome) continue;
    output.result(outcome);
    if (!outcome.ok && exitOnError) {
      const usage = outcome.error.kind === 'usage';
      end = {
        code: usage ? ExitCode.usage : ExitCode.commandFailed,
        reason: usage ? 'usage' : 'commandFailed',
        message: `line ${line.number}: ${outcome.error.message}`,
      };
    } else if (quit) end = { code: ExitCode.ok, reason: 'quit' };
  }
  await settled(client, SETTLE_TIMEOUT_MS);
  return end;
}

function readScript(path: string): string[] {
  try {
    return splitScript(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the --script file: ${(error as Error).message}`);
  }
}
