// The sender cannot accept connections (`Connectivity: N`): the receiver listens and answers
// with `Sender-Connect: TRUE`; the sender connects (switchboard.md §11.1 step 2b, §11.2).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { acceptToCompletion, offerFile, useChattingPair } from './helpers';

const pair = useChattingPair({
  fileTransfer: { canListen: false, bindHost: '127.0.0.1', advertisedHost: '127.0.0.1' },
});

it('the file arrives byte-identical with the roles of the TCP connection reversed', async () => {
  const data = randomBytes(50_000);
  const { transferId, offer } = await offerFile(pair, 'reversed.bin', data);
  const received = await acceptToCompletion(pair, transferId, offer);
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
});
