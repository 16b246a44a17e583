// `npm run cli -- --server HOST:PORT --user EMAIL [...]`: the protocol core on the command line,
// for people and for scripts. Signs in, prints every event (text, or JSON lines with --json),
// runs commands from stdin or a --script file. `--help` lists everything; README.md, "Command
// line", documents the JSON lines and exit codes.
import { parseCliArgs } from './args';
import { UsageError } from './errors';
import { ExitCode } from './exit-codes';
import { JsonOutput } from './json-output';
import type { LineWriter, Output, RunEnd } from './output';
import { run } from './runner';
import { TextOutput } from './text-output';
import { usageText } from './usage';

// The exit line is the last line: nothing written after it (a late event) goes out.
let closed = false;
const writer: LineWriter = {
  out: (line) => void (closed || process.stdout.write(`${line}\n`)),
  diagnostic: (line) => void (closed || process.stderr.write(`${line}\n`)),
};

/** Exits once what was written to stdout has gone out (a pipe may still hold it). */
function exit(code: number): void {
  closed = true;
  process.stdout.write('', () => process.exit(code));
}

function usageEnd(error: UsageError): RunEnd {
  return { code: ExitCode.usage, reason: 'usage', message: error.message };
}

async function main(argv: string[]): Promise<void> {
  // A reader that went away (`| head`) ends the run; there is no one left to tell.
  process.stdout.on('error', () => process.exit(ExitCode.ok));
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    const output: Output = argv.includes('--json')
      ? new JsonOutput('', writer)
      : new TextOutput(writer);
    const end = usageEnd(error as UsageError);
    output.end({ ...end, message: `${end.message} (--help lists the options)` });
    return exit(end.code);
  }
  if (parsed.help) {
    writer.out(usageText());
    return exit(ExitCode.ok);
  }
  const { options } = parsed;
  const output = options.json
    ? new JsonOutput(options.users[0] ?? '', writer)
    : new TextOutput(writer);
  let end: RunEnd;
  try {
    end = await run(options, output);
  } catch (error) {
    // Anything unexpected ends the run with one plain line, never an unhandled rejection.
    end =
      error instanceof UsageError
        ? usageEnd(error)
        : {
            code: ExitCode.signInFailed,
            reason: 'signInFailed',
            message: `error: ${error instanceof Error ? error.message : String(error)}`,
          };
  }
  output.end(end);
  exit(end.code);
}

void main(process.argv.slice(2));
