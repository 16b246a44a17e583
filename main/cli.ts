// `npm run cli -- --server HOST:PORT --user EMAIL [...]`: signs in with the protocol core
// (no Electron) and prints every event as one line; then reads simple commands from stdin.
// The password comes from an environment variable or a prompt, never from argv.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { MsnClient, SignInError } from './msnp';
import type { MsnClientEvents } from './msnp';
import { NOTIFICATION_EVENT_NAMES } from './msnp/client-events';
import { isSettableStatus } from './msnp/presence/status';
import { parseHostPort } from '../shared/host-port';

const USAGE = `usage: npm run cli -- --server HOST[:PORT] --user EMAIL [options]

  --password-env VAR   read the password from environment variable VAR (else: prompt)
  --nexus URL          Passport nexus (default https://HOST/rdr/pprdr.asp)
  --login-url URL      fixed Passport login URL (no nexus)
  --ca FILE            extra trusted CA certificate (PEM) for Passport
  --pin SHA256         pinned SHA-256 fingerprint of the Passport certificate
  --switchboard H:P    connect to this switchboard instead of the one the server names
  --status CODE        first status: NLN BSY IDL BRB AWY PHN LUN HDN (default NLN)
  --no-reconnect       do not reconnect after a lost connection

commands on stdin once signed in:
  status CODE | name TEXT | add EMAIL [GROUP] | remove EMAIL | block EMAIL | unblock EMAIL
  allow EMAIL | group-add NAME | group-rename ID NAME | group-remove ID | blp AL|BL | gtc A|N
  phone home|work|mobile [NUMBER] | url SERVICE | contacts | quit`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Reads a password from the terminal without echoing it. */
function promptPassword(question: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stderr.write(question);
    let value = '';
    input.setRawMode(true);
    input.resume();
    const onData = (buf: Buffer) => {
      for (const ch of buf.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
  });
}

const EVENTS: (keyof MsnClientEvents)[] = ['session', ...NOTIFICATION_EVENT_NAMES];

async function runCommand(client: MsnClient, line: string): Promise<boolean> {
  const [cmd, ...args] = line.trim().split(/\s+/);
  const rest = line
    .trim()
    .slice((cmd ?? '').length)
    .trim();
  const a0 = args[0] ?? '';
  switch (cmd) {
    case undefined:
    case '':
      return true;
    case 'quit':
      return false;
    case 'status':
      if (!isSettableStatus(a0)) throw new Error('unknown status');
      await client.setStatus(a0);
      break;
    case 'name':
      await client.setFriendlyName(rest);
      break;
    case 'add':
      await client.addContact(a0, args[1] ? Number(args[1]) : undefined);
      break;
    case 'remove':
      await client.removeContact(a0);
      break;
    case 'block':
      await client.block(a0);
      break;
    case 'unblock':
      await client.unblock(a0);
      break;
    case 'allow':
      await client.allow(a0);
      break;
    case 'group-add':
      console.log(`group ${JSON.stringify(await client.addGroup(rest))}`);
      break;
    case 'group-rename':
      await client.renameGroup(Number(a0), args.slice(1).join(' '));
      break;
    case 'group-remove':
      await client.removeGroup(Number(a0));
      break;
    case 'blp':
      await client.setPrivacy({ blp: a0 === 'BL' ? 'BL' : 'AL' });
      break;
    case 'gtc':
      await client.setPrivacy({ gtc: a0 === 'N' ? 'N' : 'A' });
      break;
    case 'phone':
      await client.setPhone(a0 as 'home' | 'work' | 'mobile', args.slice(1).join(' ') || null);
      break;
    case 'url':
      console.log(`url ${await client.requestUrl(a0)}`);
      break;
    case 'contacts':
      for (const c of client.snapshot.contacts) console.log(`contact ${JSON.stringify(c)}`);
      break;
    default:
      console.log('unknown command (see --help)');
  }
  return true;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        server: { type: 'string' },
        user: { type: 'string' },
        'password-env': { type: 'string' },
        nexus: { type: 'string' },
        'login-url': { type: 'string' },
        ca: { type: 'string' },
        pin: { type: 'string' },
        switchboard: { type: 'string' },
        status: { type: 'string', default: 'NLN' },
        'no-reconnect': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return console.log(USAGE);
  if (!values.server || !values.user) fail(USAGE);
  const m = /^([^:]+)(?::(\d+))?$/.exec(values.server);
  if (!m?.[1]) fail('--server must be HOST or HOST:PORT');
  const host = m[1];
  const port = m[2] ? Number(m[2]) : 1863;
  const status = values.status;
  if (!isSettableStatus(status)) fail(`unknown status ${status}`);
  let caCertPem: string | null = null;
  try {
    caCertPem = values.ca ? readFileSync(values.ca, 'utf8') : null;
  } catch (error) {
    fail(`cannot read the --ca file: ${(error as Error).message}`);
  }
  // README.md §11: some networks name a switchboard host that does not resolve from here.
  const switchboardAddress = values.switchboard ? parseHostPort(values.switchboard) : null;
  if (values.switchboard && !switchboardAddress) fail('--switchboard must be HOST:PORT');
  const loginUrl = values['login-url'] ?? null;
  const nexusUrl = loginUrl
    ? (values.nexus ?? null)
    : (values.nexus ?? `https://${host}/rdr/pprdr.asp`);
  const envName = values['password-env'];
  // Without a terminal, the first stdin line is the password and the rest are commands:
  // one line reader for both, so no buffered line is lost between them.
  let lines: AsyncIterator<string> | null = null;
  let password: string | undefined;
  if (envName) password = process.env[envName];
  else if (process.stdin.isTTY) password = await promptPassword(`Password for ${values.user}: `);
  else {
    lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
    const first = await lines.next();
    password = first.done ? undefined : first.value;
  }
  if (!password) fail(envName ? `environment variable ${envName} is empty` : 'no password');

  const client = new MsnClient({
    server: { host, port },
    passport: { nexusUrl, loginUrl, caCertPem, pinnedCertSha256: values.pin ?? null },
    reconnect: { enabled: !values['no-reconnect'] },
    switchboardAddress,
  });
  for (const name of EVENTS) {
    client.on(name, (...args: unknown[]) => {
      console.log(args.length ? `${name} ${JSON.stringify(args[0])}` : name);
    });
  }
  try {
    await client.signIn({ email: values.user, password, status });
  } catch (error) {
    const failure =
      error instanceof SignInError ? error.failure : { kind: 'protocol', message: String(error) };
    console.error(`sign-in failed: ${failure.kind}: ${failure.message}`);
    process.exit(1);
  }
  lines ??= createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    try {
      if (!(await runCommand(client, next.value))) break;
    } catch (error) {
      console.log(`error ${(error as Error).message}`);
    }
  }
  await client.signOut();
  process.exit(process.exitCode ?? 0);
}

// Anything unexpected ends the harness with one plain line, never an unhandled rejection.
main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
