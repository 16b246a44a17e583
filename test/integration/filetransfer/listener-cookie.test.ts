// The sender's file listener against real sockets on 127.0.0.1: it is bound to the address it
// advertises (not 0.0.0.0), a connection with a wrong AuthCookie is closed before FIL (no byte
// of the file moves) and the listener keeps waiting for the right one, a bounded number of
// times. reference: switchboard.md §11.1 step 3, §11.2
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { FileTransferManager } from '../../../main/msnp/filetransfer/file-transfer-manager';
import {
  MAX_LISTENER_CONNECTIONS,
  listenForPeer,
} from '../../../main/msnp/filetransfer/msnftp-endpoint';
import { receiveFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-receiver';
import { connectTo } from '../../../main/msnp/filetransfer/msnftp-endpoint';
import {
  buildReceiverAccept,
  parseInvitation,
  parseListenerAddress,
} from '../../../main/msnp/messages/invite';
import type { Invitation, ListenerAddress } from '../../../main/msnp/messages/invite';
import { parseMime } from '../../../main/msnp/messages/mime';

let dir = '';
let manager: FileTransferManager | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tweener-listener-'));
});
afterEach(() => {
  manager?.cancelAll();
  manager = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A sender-side manager whose invitations are captured instead of sent. */
function senderManager() {
  const sent: Invitation[] = [];
  const waiting: (() => void)[] = [];
  const states: FileTransfer[] = [];
  manager = new FileTransferManager(
    {
      selfEmail: () => 'alice@tweener.test',
      sendInvitation: (_conv, payload) => {
        const inv = parseInvitation(parseMime(payload));
        if (inv) sent.push(inv);
        waiting.splice(0).forEach((w) => w());
      },
      emit: (t) => states.push(t),
    },
    // An advertised address and no bindHost: the listener must bind that address only.
    { network: { advertisedHost: '127.0.0.1', timeoutMs: 5000 } },
  );
  async function nextInvitation(command: string): Promise<Invitation> {
    for (let i = 0; i < 100; i++) {
      const found = sent.find((inv) => inv.command === command);
      if (found) return found;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    throw new Error(`no ${command} invitation`);
  }
  return { manager, nextInvitation, states };
}

/** Offers `data` and accepts as the receiver would; resolves with the listener's address. */
async function offerAndAccept(data: Buffer) {
  const sender = senderManager();
  const path = join(dir, 'payslip.pdf');
  writeFileSync(path, data);
  sender.manager.sendFile('conv', 'bob@tweener.test', path);
  const invite = await sender.nextInvitation('INVITE');
  sender.manager.onInvitation(
    'conv',
    'bob@tweener.test',
    'Bob',
    parseInvitation(parseMime(buildReceiverAccept(invite.cookie)))!,
  );
  const address = parseListenerAddress(await sender.nextInvitation('ACCEPT'));
  expect(address).not.toBeNull();
  return { ...sender, address: address! };
}

/** Everything a raw connection receives until the other side closes it. */
function collectUntilClosed(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
  return new Promise((resolve) => socket.on('close', () => resolve(text)));
}

async function strangerWithWrongCookie(address: ListenerAddress): Promise<string> {
  const socket = await connectTo('127.0.0.1', address.port, 2000);
  const seen = collectUntilClosed(socket);
  socket.write('VER MSNFTP\r\nUSR mallory@evil.test 12345\r\nTFR\r\n');
  return seen;
}

function receiveRight(address: ListenerAddress, outPath: string, size: number) {
  return connectTo('127.0.0.1', address.port, 2000).then((socket) =>
    receiveFileOverMsnftp(socket, {
      opener: true,
      email: 'bob@tweener.test',
      authCookie: address.authCookie,
      expectedSize: size,
      outPath,
      timeoutMs: 5000,
    }),
  );
}

it('the AuthCookie comes from a secure generator: 1 to 2^31 − 1, different each time', async () => {
  const cookies = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const { address } = await offerAndAccept(randomBytes(10));
    expect(Number(address.authCookie)).toBeGreaterThanOrEqual(1);
    expect(Number(address.authCookie)).toBeLessThanOrEqual(2_147_483_647);
    cookies.add(address.authCookie);
    manager?.cancelAll();
  }
  expect(cookies.size).toBe(3);
});

it('listens on the advertised address only: another loopback address is refused', async () => {
  const { address } = await offerAndAccept(randomBytes(10));
  expect(address.ip).toBe('127.0.0.1');
  // 127.0.0.2 is this machine too: a listener on 0.0.0.0 would take this connection.
  await expect(connectTo('127.0.0.2', address.port, 2000)).rejects.toMatchObject({
    kind: 'closed',
  });
});

it('a wrong cookie is closed before FIL, and the right receiver then gets the file', async () => {
  const data = randomBytes(100_000);
  const { address, states } = await offerAndAccept(data);
  const seen = await strangerWithWrongCookie(address);
  expect(seen).toBe('VER MSNFTP\r\n'); // the opening only: no FIL, no block
  expect(states.at(-1)?.state).toBe('connecting');

  const out = join(dir, 'received.pdf');
  expect(await receiveRight(address, out, data.length)).toBe(data.length);
  expect(readFileSync(out).equals(data)).toBe(true);
});

it('gives up after MAX_LISTENER_CONNECTIONS wrong cookies, with the port closed', async () => {
  const listener = await listenForPeer(['127.0.0.1'], { timeoutMs: 10_000 });
  const accepted = listener.accept(async (socket) => {
    await new Promise((resolve) => socket.once('data', resolve));
    throw new Error('wrong cookie');
  });
  accepted.catch(() => undefined);
  for (let i = 0; i < MAX_LISTENER_CONNECTIONS; i++) {
    const socket = connect(listener.port, '127.0.0.1');
    const closed = collectUntilClosed(socket);
    socket.write('USR x 1\r\n');
    await closed;
  }
  await expect(accepted).rejects.toMatchObject({ kind: 'auth' });
  await expect(connectTo('127.0.0.1', listener.port, 2000)).rejects.toMatchObject({
    kind: 'closed',
  });
});

it('a stranger that connects and says nothing does not block the right receiver', async () => {
  const data = randomBytes(5000);
  const { address } = await offerAndAccept(data);
  const silent = await connectTo('127.0.0.1', address.port, 2000);
  const silentSeen = collectUntilClosed(silent);
  const out = join(dir, 'past-the-silent-one.pdf');
  expect(await receiveRight(address, out, data.length)).toBe(data.length);
  // Once the right receiver is in, connections still in their opening are dropped.
  expect(await silentSeen).toBe('');
});
