// Commands about the run itself: waiting for an event (for scripts), help, quit.
import type { MsnClient } from '../msnp';
import type { CommandSpec } from './command-spec';
import { syntaxOf } from './command-spec';
import { UsageError } from './errors';
import { CLI_EVENT_NAMES, isCliEventName } from './events';
import type { CliEventName } from './events';
import { secondsWord } from './words';

const DEFAULT_WAIT_MS = 60_000;

export const SESSION_COMMANDS: CommandSpec[] = [
  {
    name: 'wait',
    params: ['EVENT'],
    flags: { '--timeout': 'SECONDS' },
    rest: 'FIELD=VALUE...?',
    summary: `wait for the next EVENT whose fields match (default timeout ${DEFAULT_WAIT_MS / 1000} s)`,
    async run({ client }, { words: [name = ''], flags, rest }) {
      if (!isCliEventName(name))
        throw new UsageError(`unknown event '${name}' (one of ${CLI_EVENT_NAMES.join(' ')})`);
      const timeout = flags['--timeout'];
      const timeoutMs =
        typeof timeout === 'string' ? secondsWord(timeout, '--timeout') : DEFAULT_WAIT_MS;
      const data = await nextMatching(client, name, fieldMatches(rest), timeoutMs);
      return { event: name, data };
    },
  },
  {
    name: 'use',
    params: ['EMAIL'],
    summary: 'run the next commands as this --user (with several --user; the first by default)',
    run(ctx, { words: [email = ''] }) {
      const account = ctx.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
      if (!account) {
        const known = ctx.accounts.map((a) => a.email).join(' ');
        throw new UsageError(`'${email}' is not a --user of this run (${known})`);
      }
      ctx.account = account;
      ctx.client = account.client;
      ctx.refs = account.refs;
      return { account: account.email };
    },
  },
  {
    name: 'help',
    params: [],
    summary: 'list the commands',
    run: ({ commands }) => ({
      commands: commands.map((spec) => ({ syntax: syntaxOf(spec), summary: spec.summary })),
    }),
  },
  {
    name: 'quit',
    params: [],
    summary: 'wait for messages being sent and files being transferred, sign out and exit',
    run(ctx) {
      ctx.quit();
      return null;
    },
  },
];

/** `state=completed direction=in` → every named top-level field must print as that value. */
function fieldMatches(rest: string): (payload: unknown) => boolean {
  const pairs = rest
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new UsageError(`'${pair}' is not FIELD=VALUE`);
      return [pair.slice(0, eq), pair.slice(eq + 1)] as const;
    });
  return (payload) =>
    pairs.every(([field, value]) => {
      const actual = (payload as Record<string, unknown> | null)?.[field];
      return actual !== undefined && actual !== null && String(actual) === value;
    });
}

function nextMatching(
  client: MsnClient,
  name: CliEventName,
  matches: (payload: unknown) => boolean,
  timeoutMs: number,
): Promise<unknown> {
  const on = client.on.bind(client) as (n: string, l: (...a: unknown[]) => void) => unknown;
  const off = client.off.bind(client) as (n: string, l: (...a: unknown[]) => void) => unknown;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off(name, listener);
      reject(new Error(`no matching ${name} event within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const listener = (...args: unknown[]): void => {
      const payload = args[0] ?? null;
      if (!matches(payload)) return;
      clearTimeout(timer);
      off(name, listener);
      resolve(payload);
    };
    on(name, listener);
  });
}
