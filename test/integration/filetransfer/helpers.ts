// Shared set-up for file-transfer tests: Alice and Bob signed in and chatting.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatMessage, FileTransfer } from '../../../shared/domain';
import type { MsnClientOptions } from '../../../main/msnp';
import type { LocalNetwork } from '../../server';
import { nextEvent } from '../conversations/helpers/events';
import { ALICE, BOB, signInPeer, startDemoNetwork } from '../conversations/helpers/peers';
import type { Peer } from '../conversations/helpers/peers';

export interface Pair {
  net: LocalNetwork;
  alice: Peer;
  bob: Peer;
  aliceConv: string;
  bobConv: string;
  /** A folder for files to send. */
  source: string;
  stop(): Promise<void>;
}

export async function chattingPair(
  aliceExtra: Partial<MsnClientOptions> = {},
  bobExtra: Partial<MsnClientOptions> = {},
): Promise<Pair> {
  const net = await startDemoNetwork();
  const alice = await signInPeer(net, ALICE, aliceExtra);
  const bob = await signInPeer(net, BOB, bobExtra);
  const aliceConv = alice.chat.openConversation([BOB]);
  const got = nextEvent<ChatMessage>(bob.chat, 'message');
  alice.chat.sendMessage(aliceConv, 'sending you a file', null);
  const bobConv = (await got).conversationId;
  return {
    net,
    alice,
    bob,
    aliceConv,
    bobConv,
    source: mkdtempSync(join(tmpdir(), 'tweener-src-')),
    stop: async () => {
      alice.close();
      bob.close();
      await net.stop();
    },
  };
}

export function transferState(
  peer: Peer,
  state: FileTransfer['state'],
  id?: string,
): Promise<FileTransfer> {
  return nextEvent<FileTransfer>(
    peer.chat,
    'fileTransfer',
    (t) => t.state === state && (id === undefined || t.id === id),
    10_000,
  );
}
