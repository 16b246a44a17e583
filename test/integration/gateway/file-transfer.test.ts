// File transfer when one side is behind the HTTP gateway: it cannot listen (ClientPort 0), so
// it offers `Connectivity: N` and connects out itself; when neither side can listen the
// transfer fails at once with a plain reason. reference: http-gateway.md §2, switchboard.md §11.1
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ChatMessage, FileTransfer } from '@shared/domain';
import type { MsnClientOptions } from '../../../main/msnp';
import { CANNOT_CONNECT_TEXT } from '../../../main/msnp/filetransfer/file-transfer-manager';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';
import { useGatewayNetwork, viaGateway } from './gateway-peers';

const people = useGatewayNetwork({ tcpBlocked: false });

const state = (peer: Peer, wanted: FileTransfer['state']) =>
  nextEvent<FileTransfer>(peer.chat, 'fileTransfer', (t) => t.state === wanted, 10_000);

async function chatting(
  aliceExtra: Partial<MsnClientOptions>,
  bobExtra: Partial<MsnClientOptions>,
) {
  const alice = await people.signIn(ALICE, aliceExtra);
  const bob = await people.signIn(BOB, bobExtra);
  const aliceConv = alice.chat.openConversation([BOB]);
  const got = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'a file for you', null);
  const bobConv = (await got).conversationId;
  return { alice, bob, aliceConv, bobConv };
}

it('sending from behind the gateway: the receiver listens and the file arrives intact', async () => {
  const { alice, bob, aliceConv } = await chatting(viaGateway(people.net), {});
  expect(alice.chat.connectedVia).toBe('gateway');
  const data = randomBytes(40_000);
  const path = join(alice.downloadDir, 'from-gateway.bin');
  writeFileSync(path, data);
  const offered = state(bob, 'offered');
  const sent = state(alice, 'completed');
  alice.chat.sendFile(aliceConv, path);
  const offer = await offered;
  const received = state(bob, 'completed');
  bob.chat.acceptFile(offer.id);
  const [done] = await Promise.all([received, sent]);
  expect(readFileSync(done.savedPath!).equals(data)).toBe(true);
});

it('receiving behind the gateway: we connect to the sender', async () => {
  const { alice, bob, bobConv } = await chatting(viaGateway(people.net), {});
  const data = randomBytes(30_000);
  const path = join(bob.downloadDir, 'to-gateway.bin');
  writeFileSync(path, data);
  const offered = state(alice, 'offered');
  bob.chat.sendFile(bobConv, path);
  const offer = await offered;
  const received = state(alice, 'completed');
  alice.chat.acceptFile(offer.id);
  expect(readFileSync((await received).savedPath!).equals(data)).toBe(true);
});

it('both behind the gateway: the transfer fails at once and says why', async () => {
  const { alice, bob, aliceConv } = await chatting(viaGateway(people.net), viaGateway(people.net));
  const path = join(alice.downloadDir, 'nowhere.bin');
  writeFileSync(path, 'x');
  const offered = state(bob, 'offered');
  const aliceGaveUp = nextEvent<FileTransfer>(
    alice.chat,
    'fileTransfer',
    (t) => t.state === 'failed' || t.state === 'cancelled',
    10_000,
  );
  alice.chat.sendFile(aliceConv, path);
  const offer = await offered;
  const bobFailed = state(bob, 'failed');
  bob.chat.acceptFile(offer.id);
  expect((await bobFailed).error).toBe(CANNOT_CONNECT_TEXT);
  expect((await aliceGaveUp).state).not.toBe('completed');
});
