// Shared set-up for file-transfer tests: Alice and Bob signed in and chatting, a folder of
// files to send, and the offer → accept → done steps every transfer goes through.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { ChatMessage, FileTransfer } from '@shared/domain';
import type { MsnClientOptions } from '../../../main/msnp';
import type { LocalNetwork } from '../../server';
import { forward } from '../../server/helpers/per-test';
import { nextEvent } from '../conversations/helpers/events';
import type { Peer } from '../conversations/helpers/peers';
import { useSignedInPair } from '../support/people';

export interface Pair {
  net: LocalNetwork;
  alice: Peer;
  bob: Peer;
  aliceConv: string;
  bobConv: string;
  /** A folder for files to send. */
  source: string;
}

/** Before each test: Alice (with `aliceExtra` options) and Bob in one conversation. */
export function useChattingPair(aliceExtra: Partial<MsnClientOptions> = {}): Pair {
  const { net, alice, bob } = useSignedInPair({ alice: aliceExtra });
  let current: Pair | null = null;
  beforeEach(async () => {
    const aliceConv = alice.chat.openConversation([bob.email]);
    const got = nextEvent<ChatMessage>(bob.chat, 'message');
    alice.chat.sendMessage(aliceConv, 'sending you a file', null);
    const bobConv = (await got).conversationId;
    const source = mkdtempSync(join(tmpdir(), 'tweener-src-'));
    current = { net, alice, bob, aliceConv, bobConv, source };
  });
  afterEach(() => {
    if (current) rmSync(current.source, { recursive: true, force: true });
    current = null;
  });
  return forward(() => current, 'the chatting pair');
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

/** Alice writes `content` to `name` and sends it; resolves once Bob has the offer. */
export async function offerFile(
  pair: Pair,
  name: string,
  content: string | Buffer,
): Promise<{ transferId: string; offer: FileTransfer }> {
  const path = join(pair.source, name);
  writeFileSync(path, content);
  const offered = transferState(pair.bob, 'offered');
  const transferId = pair.alice.chat.sendFile(pair.aliceConv, path);
  return { transferId, offer: await offered };
}

/** Bob accepts; resolves with his completed transfer once both sides completed. */
export async function acceptToCompletion(
  pair: Pair,
  transferId: string,
  offer: FileTransfer,
): Promise<FileTransfer> {
  const received = transferState(pair.bob, 'completed', offer.id);
  const sent = transferState(pair.alice, 'completed', transferId);
  pair.bob.chat.acceptFile(offer.id);
  const [done] = await Promise.all([received, sent]);
  return done;
}
