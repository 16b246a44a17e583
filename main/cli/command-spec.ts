// What a command looks like (its words, options and free text) and how a line is matched
// against it. The commands themselves are in *-commands.ts.
import type { MsnClient } from '../msnp';
import { UsageError } from './errors';
import type { References } from './references';
import { nextWord, restOfLine } from './tokenize';

/** One signed-in --user. */
export interface CliAccount {
  email: string;
  client: MsnClient;
  refs: References;
}

export interface CommandContext {
  /** The account commands act on (`use` changes it); client and refs are its. */
  account: CliAccount;
  /** Every signed-in --user, in the order given. */
  accounts: readonly CliAccount[];
  client: MsnClient;
  refs: References;
  /** Every command, for `help`. */
  commands: readonly CommandSpec[];
  /** Ends the run after this command (as the end of input does). */
  quit(): void;
}

export interface CommandInput {
  /** The words named by `params`, in order (a trailing `NAME...` takes all the rest). */
  words: string[];
  /** Options given: `--bold` → true, `--font X` → 'X'. */
  flags: Record<string, string | true>;
  /** The free text (`rest`), or '' when absent. */
  rest: string;
}

/** Result data of a command: plain JSON (domain objects), or null when there is nothing to say. */
export type ResultData = Record<string, unknown> | null;

export interface CommandSpec {
  name: string;
  /** Required words; the last may end in `...` (one or more). */
  params: string[];
  /** Options, each with the name of its value, or null for an on/off option. */
  flags?: Record<string, string | null>;
  /** The free text at the end of the line; `?` at the end of the name makes it optional. */
  rest?: string;
  summary: string;
  run(ctx: CommandContext, input: CommandInput): ResultData | Promise<ResultData>;
}

/** `say CONV [--font NAME] [--bold] TEXT`, for help and usage errors. */
export function syntaxOf(spec: CommandSpec): string {
  const parts = [spec.name, ...spec.params];
  for (const [flag, value] of Object.entries(spec.flags ?? {}))
    parts.push(value ? `[${flag} ${value}]` : `[${flag}]`);
  if (spec.rest) parts.push(spec.rest.endsWith('?') ? `[${spec.rest.slice(0, -1)}]` : spec.rest);
  return parts.join(' ');
}

/** Two lines per command for a person: its syntax, then what it does. */
export function commandLines(commands: { syntax: string; summary: string }[]): string[] {
  return commands.flatMap((c) => [`  ${c.syntax}`, `      ${c.summary}`]);
}

export interface ParsedCommand {
  spec: CommandSpec;
  input: CommandInput;
}

/** The command on `line`, or null for a blank line or a `#` comment. */
export function parseCommand(
  line: string,
  table: ReadonlyMap<string, CommandSpec>,
): ParsedCommand | null {
  const first = nextWord(line, 0);
  if (!first || first.text.startsWith('#')) return null;
  const spec = table.get(first.text);
  if (!spec) throw new UsageError(`unknown command '${first.text}' (type help for the list)`);
  const fail = (what: string): never => {
    throw new UsageError(`${what}; usage: ${syntaxOf(spec)}`);
  };
  let at = first.end;
  const words: string[] = [];
  for (const param of spec.params) {
    const many = param.endsWith('...');
    const word = nextWord(line, at);
    if (!word) fail(`missing ${many ? param.slice(0, -3) : param}`);
    words.push(word!.text);
    at = word!.end;
    for (let more = many ? nextWord(line, at) : null; more; more = nextWord(line, at)) {
      words.push(more.text);
      at = more.end;
    }
  }
  const flags: Record<string, string | true> = {};
  for (let word = nextWord(line, at); word && spec.flags; word = nextWord(line, at)) {
    if (word.text === '--') {
      at = word.end;
      break;
    }
    if (!word.text.startsWith('--')) break;
    if (!(word.text in spec.flags)) fail(`unknown option ${word.text} (end options with --)`);
    at = word.end;
    if (spec.flags[word.text] === null) flags[word.text] = true;
    else {
      const value = nextWord(line, at);
      if (!value) fail(`${word.text} needs a value`);
      flags[word.text] = value!.text;
      at = value!.end;
    }
  }
  const rest = restOfLine(line, at);
  if (!spec.rest && rest) fail(`unexpected '${rest}'`);
  if (spec.rest && !spec.rest.endsWith('?') && !rest) fail(`missing ${spec.rest}`);
  return { spec, input: { words, flags, rest } };
}
