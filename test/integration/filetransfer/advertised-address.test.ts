// With no advertised address configured, the listener offers the ClientIP the NS reported
// (login.md §7) plus its LAN address as IP-Address-Internal; the receiver tries both at once
// and keeps the one that connects (switchboard.md §11.1 steps 3–4).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { acceptToCompletion, offerFile, useChattingPair } from './helpers';

// Loopback only (tests never listen beyond 127.0.0.1), but no advertisedHost.
const pair = useChattingPair({ fileTransfer: { bindHost: '127.0.0.1', timeoutMs: 10_000 } });

it('the profile ClientIP is advertised and the transfer completes', async () => {
  expect(pair.alice.chat.profile?.clientIp).toBe('127.0.0.1');
  const data = randomBytes(30_000);
  const { transferId, offer } = await offerFile(pair, 'via-client-ip.bin', data);
  const received = await acceptToCompletion(pair, transferId, offer);
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
});
