// The command line's options → a checked CliOptions, or a UsageError saying what is wrong.
// Pure: nothing is read here (the --ca and --script files are read by whoever uses them).
import { parseArgs } from 'node:util';
import type { SettableStatus } from '@shared/domain';
import { SETTABLE_STATUSES } from '@shared/domain';
import { parseHostPort } from '@shared/host-port';
import { UsageError } from './errors';
import { choiceWord, integerWord } from './words';

export interface CliOptions {
  host: string;
  port: number;
  /** Every --user, in order (several: one process, one client per account, issue 18). */
  users: string[];
  /**
   * Environment variables holding the passwords, one per --user in order (one given: the
   * same for every user); empty: prompt, or the next stdin line for each user.
   */
  passwordEnvs: string[];
  nexusUrl: string | null;
  loginUrl: string | null;
  caFile: string | null;
  pin: string | null;
  switchboard: { host: string; port: number } | null;
  status: SettableStatus;
  reconnect: boolean;
  json: boolean;
  /** Commands come from this file instead of stdin. */
  script: string | null;
  exitOnError: boolean;
  downloadDir: string | null;
  fileTransfer: { bindHost?: string; advertisedHost?: string; port?: number };
}

export type ParsedArgs = { help: true } | { help: false; options: CliOptions };

const OPTIONS = {
  server: { type: 'string' },
  user: { type: 'string', multiple: true },
  'password-env': { type: 'string', multiple: true },
  nexus: { type: 'string' },
  'login-url': { type: 'string' },
  ca: { type: 'string' },
  pin: { type: 'string' },
  switchboard: { type: 'string' },
  status: { type: 'string', default: 'NLN' },
  'no-reconnect': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  script: { type: 'string' },
  'exit-on-error': { type: 'boolean', default: false },
  'download-dir': { type: 'string' },
  'file-bind': { type: 'string' },
  'file-advertise': { type: 'string' },
  'file-port': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCliArgs(argv: string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  if (!values.server) throw new UsageError('--server HOST[:PORT] is required');
  const users = values.user ?? [];
  if (users.length === 0) throw new UsageError('--user EMAIL is required');
  const lowered = users.map((user) => user.toLowerCase());
  if (new Set(lowered).size !== users.length) throw new UsageError('a --user is given twice');
  const passwordEnvs = values['password-env'] ?? [];
  if (passwordEnvs.length > 1 && passwordEnvs.length !== users.length)
    throw new UsageError('give one --password-env, or one per --user');
  // reference: msnp8/README.md §1 (the dispatch server listens on 1863 unless told otherwise)
  const server = parseHostPort(values.server) ?? parseHostPort(`${values.server}:1863`);
  if (!server) throw new UsageError('--server must be HOST or HOST:PORT');
  // msnp8/README.md §11: some networks name a switchboard host that does not resolve from here.
  const switchboard = values.switchboard ? parseHostPort(values.switchboard) : null;
  if (values.switchboard && !switchboard) throw new UsageError('--switchboard must be HOST:PORT');
  const loginUrl = values['login-url'] ?? null;
  const filePort = values['file-port'];
  // One listening port cannot serve several accounts' file transfers.
  if (filePort && users.length > 1)
    throw new UsageError('--file-port cannot be used with several --user');
  return {
    help: false,
    options: {
      host: server.host,
      port: server.port,
      users,
      passwordEnvs,
      nexusUrl: loginUrl ? (values.nexus ?? null) : (values.nexus ?? defaultNexus(server.host)),
      loginUrl,
      caFile: values.ca ?? null,
      pin: values.pin ?? null,
      switchboard,
      status: choiceWord(values.status, SETTABLE_STATUSES, '--status'),
      reconnect: !values['no-reconnect'],
      json: values.json,
      script: values.script ?? null,
      exitOnError: values['exit-on-error'],
      downloadDir: values['download-dir'] ?? null,
      fileTransfer: {
        ...(values['file-bind'] ? { bindHost: values['file-bind'] } : {}),
        ...(values['file-advertise'] ? { advertisedHost: values['file-advertise'] } : {}),
        ...(filePort ? { port: integerWord(filePort, '--file-port') } : {}),
      },
    },
  };
}

/** The nexus on the same host as the server, as revival servers serve it (reference: login.md §5.1). */
function defaultNexus(host: string): string {
  return `https://${host.includes(':') ? `[${host}]` : host}/rdr/pprdr.asp`;
}
