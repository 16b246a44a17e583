// Memory a hostile server or contact can make the client hold, one scenario at a time (the
// issue-14 list): heap + external bytes retained after the flood, the garbage collected.
// The local network runs in this process; each figure is the growth across the scenario,
// the network's own accounts already built before the first measurement.
// Caps: main/msnp/limits.ts. Run: `npm run bench dos-memory`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FileTransferManager } from '../../main/msnp/filetransfer/file-transfer-manager';
import { buildFileInvite, parseInvitation } from '../../main/msnp/messages/invite';
import { parseMime } from '../../main/msnp/messages/mime';
import { AddedByPrompts } from '../../main/services/account/added-by-prompts';
import { FileContactListCache } from '../../main/services/stores/contact-list-cache';
import { clientFor, PASSWORD, seed } from '../integration/signin/harness';
import { startNetwork } from '../server';
import type { AccountSeed } from '../server';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function retainedMb(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return (m.heapUsed + m.external) / 2 ** 20;
}

const ME = 'me@tweener.test';

async function signInScenario(label: string, me: AccountSeed): Promise<void> {
  const net = await startNetwork({ accounts: [me] });
  const client = clientFor(net);
  try {
    const before = await retainedMb();
    const outcome = await client.signIn({ email: ME, password: PASSWORD, status: 'NLN' }).then(
      () => `signed in, ${client.snapshot.contacts.length} contacts`,
      (error: unknown) => `sign-in failed: ${(error as Error).message.slice(0, 60)}…`,
    );
    const after = await retainedMb();
    console.log(`${label.padEnd(44)} +${(after - before).toFixed(1).padStart(6)} MB  (${outcome})`);
  } finally {
    await client.signOut().catch(() => undefined);
    await net.stop();
  }
}

async function ringScenario(): Promise<void> {
  // A switchboard that lets every invitation in, each with a different caller.
  const sb = createServer((socket: Socket) => {
    socket.on('error', () => undefined);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (let lf = buffer.indexOf('\r\n'); lf >= 0; lf = buffer.indexOf('\r\n')) {
        const [name, trid, , , sid] = buffer.slice(0, lf).split(' ');
        buffer = buffer.slice(lf + 2);
        if (name === 'ANS')
          socket.write(`IRO ${trid} 1 1 c${sid}@tweener.test Caller\r\nANS ${trid} OK\r\n`);
      }
    });
  });
  await new Promise<void>((resolve) => sb.listen(0, '127.0.0.1', resolve));
  const port = (sb.address() as { port: number }).port;
  const net = await startNetwork({ accounts: [seed(ME)] });
  const client = clientFor(net);
  try {
    await client.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
    const opened = new Set<string>();
    client.on('conversation', (c) => opened.add(c.id));
    const before = await retainedMb();
    const rings = Array.from(
      { length: 300 },
      (_, i) => `RNG ${i} 127.0.0.1:${port} CKI ${i}.1 c${i}@tweener.test Caller\r\n`,
    );
    net.faults.sendRaw(ME, rings.join(''));
    // Settle: until no new conversation for a second (bounded at 20 s).
    for (let quiet = 0, seen = -1, i = 0; quiet < 10 && i < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      quiet = opened.size === seen ? quiet + 1 : 0;
      seen = opened.size;
    }
    const after = await retainedMb();
    console.log(
      `${'300 RNGs'.padEnd(44)} +${(after - before).toFixed(1).padStart(6)} MB  (${opened.size} conversations opened)`,
    );
  } finally {
    await client.signOut().catch(() => undefined);
    await net.stop();
    sb.close();
  }
}

async function offerScenario(): Promise<void> {
  const files = new FileTransferManager({
    selfEmail: () => ME,
    sendInvitation: () => undefined,
    emit: () => undefined,
  });
  const offers = Array.from({ length: 5000 }, (_, i) => {
    const payload = buildFileInvite({
      cookie: String(i + 1),
      fileName: 'x.txt',
      size: 1,
      canListen: true,
    });
    return parseInvitation(parseMime(payload))!;
  });
  const before = await retainedMb();
  for (const offer of offers) files.onInvitation('c1', 'eve@tweener.test', 'Eve', offer);
  const after = await retainedMb();
  const waiting = files.list().filter((t) => t.state === 'offered').length;
  console.log(
    `${'5,000 file offers'.padEnd(44)} +${(after - before).toFixed(1).padStart(6)} MB  (${waiting} waiting)`,
  );
  files.cancelAll();
}

async function promptScenario(): Promise<void> {
  const prompts = new AddedByPrompts();
  const before = await retainedMb();
  for (let i = 0; i < 2000; i++) prompts.offer(`fan${i}@tweener.test`);
  const after = await retainedMb();
  console.log(
    `${'2,000 "added you" prompts (main\'s queue)'.padEnd(44)} +${(after - before).toFixed(2).padStart(6)} MB  (${2000 - prompts.overflow} queued)`,
  );
}

/**
 * 10,500 "added you" pushes (ADD 0 RL) after sign-in, with the list cache on disk: the CPU
 * time until the client has them all and its cache is written, and what stays held.
 */
async function addedByFloodScenario(): Promise<void> {
  const PUSHES = 10_500;
  const dir = mkdtempSync(join(tmpdir(), 'tweener-bench-cache-'));
  const net = await startNetwork({ accounts: [seed(ME)] });
  const client = clientFor(net, { cache: new FileContactListCache(dir, 'bench', () => undefined) });
  try {
    await client.signIn({ email: ME, password: PASSWORD, status: 'NLN' });
    const before = await retainedMb();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const lines = Array.from(
      { length: PUSHES },
      (_, i) => `ADD 0 RL ${i + 2} fan${i}@tweener.test Fan%20${i}\r\n`,
    ).join('');
    net.faults.sendRaw(ME, lines);
    // Bounded: the client has the capped list (10,000) within a minute, or the figure says so.
    let added = 0;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 60_000);
      client.on('contact', () => {
        added += 1;
        if (added < 10_000) return;
        clearTimeout(timer);
        resolve();
      });
    });
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const after = await retainedMb();
    console.log(
      `${`${PUSHES.toLocaleString('en')} "added you" pushes (list cache on disk)`.padEnd(44)} +${(after - before).toFixed(1).padStart(6)} MB  (${client.snapshot.contacts.length} contacts in ${(elapsed / 1000).toFixed(1)} s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s incl. the server)`,
    );
  } finally {
    await client.signOut().catch(() => undefined);
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const contacts = (n: number, groups?: number[]) =>
  Array.from({ length: n }, (_, i) => ({
    email: `c${i}@tweener.test`,
    lists: groups ? 1 | 2 : 8,
    ...(groups ? { groups } : {}),
  }));
const thousands = Array.from({ length: 3000 }, (_, i) => i);

const SCENARIOS: Record<string, () => Promise<void>> = {
  lst: () => signInScenario('200,000 LST lines', seed(ME, { contacts: contacts(200_000) })),
  groups: () =>
    signInScenario(
      '3,000 group ids on each of 300 contacts',
      seed(ME, { contacts: contacts(300, thousands) }),
    ),
  rng: ringScenario,
  offers: offerScenario,
  prompts: promptScenario,
  addedBy: addedByFloodScenario,
};

// Each scenario runs in a fresh process, so one's garbage is not another's figure.
export default async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  for (const name of Object.keys(SCENARIOS)) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', self], {
      env: { ...process.env, DOS_SCENARIO: name },
      encoding: 'utf8',
    });
    process.stdout.write(out);
  }
  await Promise.resolve();
}

const only = process.env.DOS_SCENARIO;
if (only !== undefined) {
  const scenario = SCENARIOS[only];
  if (!scenario) throw new Error(`no scenario ${only}`);
  await scenario();
}
