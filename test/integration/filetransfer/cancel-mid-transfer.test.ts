// Cancelling while the bytes flow: the receiver sends CCL, the sender a 01 header
// (switchboard.md §11.2); both sides end "cancelled" and no partial file is left.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { nextEvent, until } from '../conversations/helpers/events';
import { offerFile, transferState, useChattingPair } from './helpers';

const pair = useChattingPair();

const BIG = 8_000_000;

async function startBigTransfer(name: string) {
  const { bob } = pair;
  const { transferId, offer } = await offerFile(pair, name, randomBytes(BIG));
  const flowing = nextEvent<FileTransfer>(
    bob.chat,
    'fileTransfer',
    (t) => t.state === 'transferring' && t.transferred > 0,
    10_000,
  );
  bob.chat.acceptFile(offer.id);
  await flowing;
  return { transferId, offerId: offer.id };
}

it('the receiver cancels: both sides end cancelled, no partial file stays', async () => {
  const { alice, bob } = pair;
  const { transferId, offerId } = await startBigTransfer('big-a.bin');
  const aliceCancelled = transferState(alice, 'cancelled', transferId);
  const bobCancelled = transferState(bob, 'cancelled', offerId);
  bob.chat.cancelFile(offerId);
  await bobCancelled;
  expect((await aliceCancelled).transferred).toBeLessThan(BIG);
  await until(() => readdirSync(bob.downloadDir).length === 0, 5000, 'the partial file to go');
});

it('the sender cancels: the receiver learns it and removes the partial file', async () => {
  const { alice, bob } = pair;
  const { transferId, offerId } = await startBigTransfer('big-b.bin');
  const bobCancelled = transferState(bob, 'cancelled', offerId);
  alice.chat.cancelFile(transferId);
  expect(await bobCancelled).toMatchObject({ state: 'cancelled' });
  await until(() => readdirSync(bob.downloadDir).length === 0, 5000, 'the partial file to go');
  expect(alice.chat.conversations.transfers.find((t) => t.id === transferId)?.state).toBe(
    'cancelled',
  );
});
