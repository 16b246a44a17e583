// One run of the command line: sign in (each --user: one client per account), print every
// event, run the commands (a script file or stdin) one after another, then let messages and
// files in flight finish and sign out.
// Everything it does to the account goes through MsnClient.
import { readFileSync } from 'node:fs';
import { MsnClient } from '../msnp';
import type { CliOptions } from './args';
import { clientOptions } from './client-options';
import type { CliAccount, CommandContext } from './command-spec';
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
  const passwords: string[] = [];
  for (const [index, user] of options.users.entries()) {
    const envName = options.passwordEnvs[index] ?? options.passwordEnvs[0] ?? null;
    const password = await readPassword(user, envName, stdinLines);
    if (!password)
      throw new UsageError(envName ? `environment variable ${envName} is empty` : 'no password');
    passwords.push(password);
  }

  // One client per --user; with several, every line says which account it is about.
  const several = options.users.length > 1;
  const accounts: CliAccount[] = options.users.map((email) => {
    const client = new MsnClient(msnOptions);
    const refs = new References(client);
    const tag = several ? email : undefined;
    for (const name of CLI_EVENT_NAMES) {
      client.on(name, (...args: unknown[]) => output.event(name, args[0] ?? null, tag));
    }
    client.on('message', (m) => {
      if (m.direction === 'in') refs.use(m.conversationId);
    });
    return { email, client, refs };
  });
  const signedIn: CliAccount[] = [];
  for (const [index, account] of accounts.entries()) {
    try {
      await account.client.signIn({
        email: account.email,
        password: passwords[index] ?? '',
        status: options.status,
      });
      signedIn.push(account);
    } catch (error) {
      // All or nothing: a run with several accounts starts only when each has signed in.
      await Promise.allSettled(signedIn.map((a) => a.client.signOut()));
      return signInFailed(error);
    }
  }
  // The run ends by itself only when every account is lost (one lost leaves the others); a
  // signal reaches every watch at once.
  const watches = accounts.map((account) => watchForEnd(account.client));
  const ended = Promise.all(watches.map((watch) => watch.ended)).then((ends) => ends.at(-1)!);
  // Once the run is ending, a command still queued must not run or print after the end.
  const halt = new AbortController();
  const end = await Promise.race([
    commandLoop(accounts, script ?? stdinLines(), output, options.exitOnError, halt.signal),
    ended,
  ]);
  halt.abort();
  for (const watch of watches) watch.dispose();
  await Promise.allSettled(accounts.map((account) => account.client.signOut()));
  return end;
}

async function commandLoop(
  accounts: CliAccount[],
  lines: LineSource,
  output: Output,
  exitOnError: boolean,
  halt: AbortSignal,
): Promise<RunEnd> {
  let quit = false;
  const first = accounts[0]!;
  const ctx: CommandContext = {
    account: first,
    accounts,
    client: first.client,
    refs: first.refs,
    commands: COMMANDS,
    quit: () => (quit = true),
  };
  const several = accounts.length > 1;
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
    output.result(outcome, several ? ctx.account.email : undefined);
    if (!outcome.ok && exitOnError) {
      const usage = outcome.error.kind === 'usage';
      end = {
        code: usage ? ExitCode.usage : ExitCode.commandFailed,
        reason: usage ? 'usage' : 'commandFailed',
        message: `line ${line.number}: ${outcome.error.message}`,
      };
    } else if (quit) end = { code: ExitCode.ok, reason: 'quit' };
  }
  await Promise.all(accounts.map((account) => settled(account.client, SETTLE_TIMEOUT_MS)));
  return end;
}

function readScript(path: string): string[] {
  try {
    return splitScript(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the --script file: ${(error as Error).message}`);
  }
}
