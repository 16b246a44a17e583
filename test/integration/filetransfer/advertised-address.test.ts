// With no advertised address configured, the listener offers the ClientIP the NS reported
// (login.md §7) plus its LAN address as IP-Address-Internal; the receiver tries both at once
// and keeps the one that connects (switchboard.md §11.1 steps 3–4).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { chattingPair, transferState } from './helpers';
import type { Pair } from './helpers';

let pair: Pair;
beforeEach(async () => {
  // Loopback only (tests never listen beyond 127.0.0.1), but no advertisedHost.
  pair = await chattingPair({ fileTransfer: { bindHost: '127.0.0.1', timeoutMs: 10_000 } });
});
afterEach(() => pair.stop());

it('the profile ClientIP is advertised and the transfer completes', async () => {
  const { alice, bob, aliceConv, source } = pair;
  expect(alice.chat.profile?.clientIp).toBe('127.0.0.1');
  const data = randomBytes(30_000);
  const path = join(source, 'via-client-ip.bin');
  writeFileSync(path, data);
  const offered = transferState(bob, 'offered');
  const transferId = alice.chat.sendFile(aliceConv, path);
  const offer = await offered;
  const done = transferState(bob, 'completed');
  const sent = transferState(alice, 'completed', transferId);
  bob.chat.acceptFile(offer.id);
  const received = await done;
  await sent;
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
});
