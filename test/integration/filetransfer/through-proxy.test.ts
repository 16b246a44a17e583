// Behind a proxy, file transfers go through it like every other connection: Alice never
// listens (her offers say `Connectivity: N`, so Bob listens) and her connection to Bob's
// listener is opened by the proxy, which records it.
// reference: http-gateway.md §5; switchboard.md §11.1 steps 2b and 4
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MsnClientOptions } from '../../../main/msnp';
import { startTestProxy } from '../../server/proxy';
import type { TestProxy } from '../../server/proxy';
import { acceptToCompletion, offerFile, transferState, useChattingPair } from './helpers';

let proxy: TestProxy;
// Filled in once the proxy is listening; the pair signs in after that (each test's set-up).
const aliceOptions: Partial<MsnClientOptions> = {};
beforeAll(async () => {
  proxy = await startTestProxy();
  aliceOptions.connection = {
    mode: 'direct',
    proxy: { kind: 'socks5', host: '127.0.0.1', port: proxy.port },
  };
});
afterAll(async () => {
  await proxy.stop();
});

const pair = useChattingPair(aliceOptions);

/** Where the proxy connected for Alice since record `from` (excluding the network's servers). */
const peerConnectionsSince = (from: number): string[] => {
  const { dispatchPort, nsPort, sbPort } = pair.net;
  const servers = new Set([dispatchPort, nsPort, sbPort].map(String));
  return proxy.records
    .slice(from)
    .map((record) => record.destination)
    .filter((destination) => !servers.has(destination.split(':').pop()!));
};

it('sending: Bob listens, and Alice reaches him through the proxy', async () => {
  const before = proxy.records.length;
  const data = randomBytes(40_000);
  const { transferId, offer } = await offerFile(pair, 'via-proxy.bin', data);
  const received = await acceptToCompletion(pair, transferId, offer);
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
  expect(peerConnectionsSince(before)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/)]);
});

it('receiving: Alice connects to Bob through the proxy', async () => {
  const before = proxy.records.length;
  const data = randomBytes(40_000);
  const path = join(pair.source, 'from-bob.bin');
  writeFileSync(path, data);
  const offered = transferState(pair.alice, 'offered');
  const bobId = pair.bob.chat.sendFile(pair.bobConv, path);
  const offer = await offered;
  const received = transferState(pair.alice, 'completed', offer.id);
  const sent = transferState(pair.bob, 'completed', bobId);
  pair.alice.chat.acceptFile(offer.id);
  const [done] = await Promise.all([received, sent]);
  expect(readFileSync(done.savedPath!).equals(data)).toBe(true);
  expect(peerConnectionsSince(before)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/)]);
});
