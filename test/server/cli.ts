// `npm run demo:server`: the local MSNP8 network with the demo accounts, until Ctrl-C.
// Prints the ports, the nexus URL, the CA certificate file and how to sign in.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS_FILE } from './helpers/accounts';
import { startNetwork } from './network';
import type { AccountSeed } from './types';
import { isProfileName, PROFILE_NAMES } from './variations';

const USAGE = `usage: npm run demo:server -- [--accounts <file.json>] [--no-dispatch] [--profile <name>] [--ca-file <path>]

  --accounts     account seeds (default: test/fixtures/demo-accounts.json)
  --no-dispatch  no dispatch server: the NS answers USR TWN I itself, like Escargot
  --profile      server variations to play: ${PROFILE_NAMES.join(' or ')} (default spec;
                 see test/server/README.md)
  --ca-file      where to write the CA certificate (default: a fresh temporary directory)
  --block-tcp    close the public TCP ports (a firewall): only the HTTP gateway works`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      accounts: { type: 'string' },
      'no-dispatch': { type: 'boolean', default: false },
      'ca-file': { type: 'string' },
      'block-tcp': { type: 'boolean', default: false },
      profile: { type: 'string', default: 'spec' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const accountsFile = resolve(values.accounts ?? DEMO_ACCOUNTS_FILE);
  const accounts = JSON.parse(readFileSync(accountsFile, 'utf8')) as AccountSeed[];
  if (!isProfileName(values.profile)) {
    throw new Error(`--profile must be one of: ${PROFILE_NAMES.join(', ')}`);
  }
  const network = await startNetwork({
    accounts,
    profile: values.profile,
    ...(values['no-dispatch'] ? { dispatch: false } : {}),
    tcpBlocked: values['block-tcp'],
  });

  const tempDir = values['ca-file'] ? null : mkdtempSync(join(tmpdir(), 'tweener-demo-'));
  const caFile = resolve(values['ca-file'] ?? join(tempDir ?? '.', 'ca.pem'));
  writeFileSync(caFile, network.caCertPem);

  // Before anything is printed: whoever reads "Press Ctrl-C" may press it at once.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: OUT SSD to everyone signed in…');
    void network.faults.shutdown().finally(() => {
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const noDispatch = network.dispatchPort === network.nsPort;
  const entry = noDispatch ? 'notification server (no dispatch)' : 'dispatch server';
  console.log(`Tweener local MSNP8 network (${values.profile} profile)
  ${entry.padEnd(34)} ${network.host}:${network.dispatchPort}
  notification server                ${network.host}:${network.nsPort}
  switchboard server                 ${network.host}:${network.sbPort}
  HTTP gateway                       http://${network.host}:${network.gatewayPort}/gateway/gateway.dll${values['block-tcp'] ? '\n  (TCP ports blocked: only the gateway answers)' : ''}
  Passport nexus                     ${network.nexusUrl}
  Passport login                     ${network.loginUrl}
  CA certificate (trust this)        ${caFile}

Accounts (from ${accountsFile}):
${accounts.map((a) => `  ${a.email.padEnd(34)} password: ${a.password}`).join('\n')}

To sign in, point a client at server ${network.host}, port ${network.dispatchPort},
Passport nexus ${network.nexusUrl}, and trust the CA certificate above
(TLS stays verified). Everything is kept in memory: changes are gone when this stops.
Press Ctrl-C to stop.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
