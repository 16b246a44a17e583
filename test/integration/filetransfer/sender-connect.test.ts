// The sender cannot accept connections (`Connectivity: N`): the receiver listens and answers
// with `Sender-Connect: TRUE`; the sender connects (switchboard.md §11.1 step 2b, §11.2).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chattingPair, transferState } from './helpers';
import type { Pair } from './helpers';

let pair: Pair;
beforeEach(async () => {
  pair = await chattingPair({
    fileTransfer: { canListen: false, bindHost: '127.0.0.1', advertisedHost: '127.0.0.1' },
  });
});
afterEach(() => pair.stop());

it('the file arrives byte-identical with the roles of the TCP connection reversed', async () => {
  const { alice, bob, aliceConv, source } = pair;
  const data = randomBytes(50_000);
  const path = join(source, 'reversed.bin');
  writeFileSync(path, data);
  const offered = transferState(bob, 'offered');
  const transferId = alice.chat.sendFile(aliceConv, path);
  const offer = await offered;
  const bobDone = transferState(bob, 'completed');
  const aliceDone = transferState(alice, 'completed', transferId);
  bob.chat.acceptFile(offer.id);
  const received = await bobDone;
  await aliceDone;
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
});
