// A file offered with text/x-msmsgsinvite and carried over MSNFTP arrives byte-identical
// (switchboard.md §11.1 normal case: the sender listens, the receiver connects; §11.2).
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { collect, nextEvent } from '../conversations/helpers/events';
import { ALICE } from '../conversations/helpers/peers';
import { acceptToCompletion, offerFile, transferState, useChattingPair } from './helpers';

const pair = useChattingPair();

it('a 200 KB file is sent and received byte-identical, with progress', async () => {
  const { alice, bob, bobConv } = pair;
  const data = randomBytes(200_000);
  const aliceUpdates = collect<FileTransfer>(alice.chat, 'fileTransfer');
  const bobUpdates = collect<FileTransfer>(bob.chat, 'fileTransfer');
  const { transferId, offer } = await offerFile(pair, 'photo.bin', data);
  expect(offer).toMatchObject({
    conversationId: bobConv,
    direction: 'in',
    peer: ALICE,
    fileName: 'photo.bin',
    size: 200_000,
  });

  const received = await acceptToCompletion(pair, transferId, offer);
  expect(received.savedPath).toBe(join(bob.downloadDir, 'photo.bin'));
  expect(readFileSync(received.savedPath!).equals(data)).toBe(true);
  expect(received.transferred).toBe(200_000);
  const progress = bobUpdates.filter((t) => t.state === 'transferring').map((t) => t.transferred);
  expect(progress.length).toBeGreaterThan(2);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(aliceUpdates.map((t) => t.state)).toEqual(
    expect.arrayContaining(['offered', 'accepted', 'connecting', 'transferring', 'completed']),
  );
  const snapshot = alice.chat.conversations.transfers.find((t) => t.id === transferId);
  expect(snapshot?.state).toBe('completed');
});

it('a second file with the same name is saved beside the first, not over it', async () => {
  const { alice, bob, aliceConv, source } = pair;
  const path = join(source, 'notes.txt');
  writeFileSync(path, 'hello world');
  for (let round = 0; round < 2; round++) {
    const offered = transferState(bob, 'offered');
    const transferId = alice.chat.sendFile(aliceConv, path);
    await acceptToCompletion(pair, transferId, await offered);
  }
  expect(readdirSync(bob.downloadDir).sort()).toEqual(['notes (1).txt', 'notes.txt']);
  expect(readFileSync(join(bob.downloadDir, 'notes (1).txt'), 'utf8')).toBe('hello world');
});

it('an unreadable file fails at once, visibly', async () => {
  const { alice, aliceConv, source } = pair;
  const failed = nextEvent<FileTransfer>(alice.chat, 'fileTransfer');
  const id = alice.chat.sendFile(aliceConv, join(source, 'does-not-exist.bin'));
  expect(await failed).toMatchObject({ id, state: 'failed', error: 'The file could not be read.' });
});
