// What a hostile or broken server can make the client hold, against the local network: an
// oversized contact list fails the sign-in with words, a contact's group ids are capped, and
// a flood of RNGs opens only as many conversations as the ring rate and the cap allow, with
// one notice for the rest, and a flood of "added you" pushes stops at the list cap. (main/msnp/limits.ts; memory figures: test/bench/dos-memory.bench.ts)
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInError } from '../../../main/msnp';
import {
  LIST_FULL_TEXT,
  LIST_TOO_LARGE_TEXT,
  MAX_GROUP_IDS_PER_CONTACT,
  MAX_LIST_ENTRIES,
  RING_BURST,
  RINGS_REFUSED_TEXT,
} from '../../../main/msnp/limits';
import { nextEvent } from '../conversations/helpers/events';
import { rejectionOf, seed, sleep } from '../signin/harness';
import { useAccounts } from '../support/accounts';

const ME = 'me@tweener.test';

describe('an oversized contact list', () => {
  const many = Array.from({ length: MAX_LIST_ENTRIES + 1 }, (_, i) => ({
    email: `fan${i}@tweener.test`,
    lists: 8,
  }));
  const accounts = useAccounts([seed(ME, { contacts: many })]);

  it(`more than ${MAX_LIST_ENTRIES} LST lines end the sign-in with a plain message`, async () => {
    const client = accounts.client();
    const error = await rejectionOf(
      client.signIn({ email: ME, password: 'tweener', status: 'NLN' }),
      SignInError,
    );
    expect(error.failure).toEqual({ kind: 'protocol', message: LIST_TOO_LARGE_TEXT });
    expect(client.snapshot.contacts.length).toBe(0);
    expect(client.snapshot.session.phase).not.toBe('online');
  });
});

describe('a contact in thousands of groups', () => {
  const groups = Array.from({ length: 3000 }, (_, i) => i);
  const accounts = useAccounts([
    seed(ME, { contacts: [{ email: 'bob@tweener.test', lists: 1 | 2, groups }] }),
    seed('bob@tweener.test'),
  ]);

  it(`keeps at most ${MAX_GROUP_IDS_PER_CONTACT} distinct group ids`, async () => {
    const client = await accounts.signIn(ME);
    const bob = client.snapshot.contacts.find((c) => c.email === 'bob@tweener.test');
    expect(bob?.groupIds).toEqual(groups.slice(0, MAX_GROUP_IDS_PER_CONTACT));
  });
});

/** A switchboard that lets anyone in: each ANS gets one IRO naming a different caller. */
async function welcomingSwitchboard(): Promise<{ port: number; answered: () => number }> {
  let answered = 0;
  const server = createServer((socket: Socket) => {
    socket.on('error', () => undefined);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (let lf = buffer.indexOf('\r\n'); lf >= 0; lf = buffer.indexOf('\r\n')) {
        const [name, trid, , , sessionId] = buffer.slice(0, lf).split(' ');
        buffer = buffer.slice(lf + 2);
        if (name !== 'ANS') continue;
        answered += 1;
        socket.write(
          `IRO ${trid} 1 1 caller${sessionId}@tweener.test Caller\r\nANS ${trid} OK\r\n`,
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { port: (server.address() as { port: number }).port, answered: () => answered };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('a flood of RNGs', () => {
  const accounts = useAccounts([seed(ME)]);

  it('300 invitations open at most the ring burst of conversations, and say so once', async () => {
    const sb = await welcomingSwitchboard();
    const client = await accounts.signIn(ME);
    const opened: string[] = [];
    const notices: string[] = [];
    client.on('conversation', (c) => {
      if (!opened.includes(c.id)) opened.push(c.id);
    });
    client.on('systemMessage', ({ text }) => notices.push(text));
    const refused = nextEvent<{ text: string }>(client, 'systemMessage');
    const rings = Array.from(
      { length: 300 },
      (_, i) => `RNG ${i} 127.0.0.1:${sb.port} CKI ${i}.1 caller${i}@tweener.test Caller\r\n`,
    );
    accounts.net.faults.sendRaw(ME, rings.join(''));
    expect((await refused).text).toBe(RINGS_REFUSED_TEXT);
    await expect.poll(() => opened.length, { timeout: 5000 }).toBe(RING_BURST);
    // Checking that nothing more happens: no event announces "no further conversation".
    await sleep(300);
    expect(sb.answered()).toBe(RING_BURST);
    expect(opened.length).toBe(RING_BURST);
    expect(notices).toEqual([RINGS_REFUSED_TEXT]);
  });
});

describe('a flood of "added you" pushes', () => {
  const accounts = useAccounts([seed(ME)]);

  it(`${MAX_LIST_ENTRIES + 500} pushes in one go: the list stops at ${MAX_LIST_ENTRIES}, one notice, every line in order`, async () => {
    const client = await accounts.signIn(ME);
    const notices: string[] = [];
    const asked = new Set<string>();
    client.on('systemMessage', ({ text }) => notices.push(text));
    client.on('addedBy', ({ email }) => asked.add(email));
    const pushes = Array.from(
      { length: MAX_LIST_ENTRIES + 500 },
      (_, i) => `ADD 0 RL ${i + 1} fan${i}@tweener.test Fan%20${i}\r\n`,
    );
    // In the same read: one of them takes it back (REM 0 RL), then adds again, then leaves;
    // applied in arrival order, fan1 ends up gone and fan2 ends up on the list.
    const last = MAX_LIST_ENTRIES + 500;
    const lines = [
      ...pushes.slice(0, 10),
      `REM 0 RL ${last + 1} fan1@tweener.test\r\n`,
      `REM 0 RL ${last + 2} fan2@tweener.test\r\n`,
      `ADD 0 RL ${last + 3} fan2@tweener.test Fan%202\r\n`,
      ...pushes.slice(10),
    ];
    const full = nextEvent<{ text: string }>(client, 'systemMessage');
    accounts.net.faults.sendRaw(ME, lines.join(''));
    expect((await full).text).toBe(LIST_FULL_TEXT);
    // Everyone who got a place was asked about: fan0 … fan10000 (fan1 left one).
    await expect.poll(() => asked.size, { timeout: 10_000 }).toBe(MAX_LIST_ENTRIES + 1);
    const emails = new Set(client.snapshot.contacts.map((c) => c.email));
    expect(emails.size).toBe(MAX_LIST_ENTRIES);
    expect(emails.has('fan1@tweener.test')).toBe(false);
    expect(emails.has('fan2@tweener.test')).toBe(true);
    expect(emails.has(`fan${MAX_LIST_ENTRIES}@tweener.test`)).toBe(true); // fan1 left a place
    expect(emails.has(`fan${MAX_LIST_ENTRIES + 1}@tweener.test`)).toBe(false);
    expect(notices).toEqual([LIST_FULL_TEXT]);
  });
});
