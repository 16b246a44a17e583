// Declining an offered file: CANCEL with Cancel-Code REJECT (switchboard.md §11, P16).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Conversation } from '@shared/domain';
import { nextEvent, sleep } from '../conversations/helpers/events';
import { offerFile, transferState, useChattingPair } from './helpers';

const pair = useChattingPair();

it('a declined file ends declined on both sides and nothing is saved', async () => {
  const { alice, bob } = pair;
  const { transferId, offer } = await offerFile(pair, 'unwanted.txt', 'no thanks');
  const aliceDeclined = transferState(alice, 'declined', transferId);
  bob.chat.declineFile(offer.id);
  expect(await aliceDeclined).toMatchObject({ error: 'Bob declined the file.' });
  expect(bob.chat.conversations.transfers.find((t) => t.id === offer.id)?.state).toBe('declined');
  await sleep(50); // nothing to wait for: a file must never appear
  expect(readdirSync(bob.downloadDir)).toEqual([]);
});

it('the sender withdrawing an offer cancels it at the receiver', async () => {
  const { alice, bob } = pair;
  const { transferId, offer } = await offerFile(pair, 'oops.txt', 'wrong file');
  const bobCancelled = transferState(bob, 'cancelled', offer.id);
  alice.chat.cancelFile(transferId);
  expect(await bobCancelled).toMatchObject({ error: 'The other person cancelled the transfer.' });
});

it('closing the conversation withdraws its offers (OUTBANDCANCEL) and stays closed', async () => {
  const { alice, bob, aliceConv } = pair;
  const { transferId, offer } = await offerFile(pair, 'left-behind.txt', 'bye');
  const bobCancelled = transferState(bob, 'cancelled', offer.id);
  alice.chat.leave(aliceConv);
  expect(await bobCancelled).toMatchObject({ error: 'The other person closed the conversation.' });
  expect(alice.chat.conversations.transfers.find((t) => t.id === transferId)?.state).toBe(
    'cancelled',
  );
  await sleep(100); // "stays closed": nothing may reopen it in the meantime
  const conversation = alice.chat.conversations.conversations.find((c) => c.id === aliceConv);
  expect(conversation?.state).toBe('closed');
});

it('an offer to a contact who went offline fails visibly instead of waiting for ever', async () => {
  const { alice, bob, aliceConv, bobConv, source } = pair;
  const path = join(source, 'too-late.txt');
  writeFileSync(path, 'late');
  const idle = nextEvent<Conversation>(alice.chat, 'conversation', (c) => c.state === 'idle');
  bob.chat.leave(bobConv);
  await idle;
  await bob.chat.signOut(); // Bob is offline now: CAL gets 217
  const failed = transferState(alice, 'failed');
  const id = alice.chat.sendFile(aliceConv, path);
  expect(await failed).toMatchObject({
    id,
    error: 'Bob is offline or not accepting messages right now.',
  });
});
