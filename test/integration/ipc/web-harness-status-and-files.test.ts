// Through two web harnesses on the local network: status and name changes reach the other
// person; a file handed over by one page is accepted by the other and lands in the download
// folder.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '@shared/ipc/events';
import { startSignedInPair } from './support/harness-peer';
import type { HarnessPeer, SignedInPair } from './support/harness-peer';

const ALICE = 'alice@tweener.test';
const BOB = 'bob@tweener.test';

let pair: SignedInPair;
let alice: HarnessPeer;
let bob: HarnessPeer;

beforeEach(async () => {
  pair = await startSignedInPair();
  ({ alice, bob } = pair);
});

afterEach(() => pair.stop());

const contactIs =
  (email: string, check: (c: { status: string; friendlyName: string }) => boolean) =>
  (e: AppEvent): boolean =>
    e.type === 'contacts' && e.contacts.some((c) => c.email === email && check(c));

describe('status, name and files through the web harness', () => {
  it('a status and a friendly name set by Alice show on Bob’s list; Busy mutes Bob', async () => {
    await alice.bridge.request('session:setStatus', { status: 'BSY' });
    await bob.waitFor(contactIs(ALICE, (c) => c.status === 'BSY'));
    await alice.waitFor((e) => e.type === 'self' && e.self?.status === 'BSY');

    await alice.bridge.request('session:setFriendlyName', { name: 'Alice in Wonderland' });
    await bob.waitFor(contactIs(ALICE, (c) => c.friendlyName === 'Alice in Wonderland'));
    await alice.waitFor((e) => e.type === 'self' && e.self?.friendlyName === 'Alice in Wonderland');

    // Alice is Busy: Bob writing to her opens her conversation, but no toast or sound.
    const mark = alice.events.length; // Bob's own sign-in alerted Alice before she went Busy
    const { conversationId } = await bob.bridge.request('conversations:open', {
      contacts: [ALICE],
    });
    await bob.bridge.request('conversations:send', {
      conversationId,
      clientId: 'b1',
      text: 'you there?',
      format: null,
    });
    await alice.waitFor((e) => e.type === 'showConversation');
    await alice.waitFor((e) => e.type === 'message' && e.message.text === 'you there?');
    const after = alice.events.slice(mark);
    expect(after.filter((e) => e.type === 'toast' || e.type === 'sound')).toEqual([]);
  });

  it('Alice sends a file, Bob accepts it, and it arrives whole', async () => {
    const source = join(await mkdtemp(join(tmpdir(), 'tweener-src-')), 'notes.txt');
    const content = 'Meeting notes\n'.repeat(2000);
    await writeFile(source, content);
    // The page cannot name a download folder; main chooses (the harness: its own Downloads).
    await expect(
      bob.bridge.request('settings:update', { patch: { downloadFolder: tmpdir() } as never }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const downloads = await bob.bridge.request('settings:chooseDownloadFolder', undefined);
    expect(downloads).toMatch(/[\\/]Downloads$/);
    await bob.waitFor((e) => e.type === 'settings' && e.settings.downloadFolder === downloads);

    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    // A path named by the page is refused: the page hands over the bytes instead.
    await expect(
      alice.bridge.request('files:send', { conversationId, path: source }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const sent = await alice.bridge.request('files:sendData', {
      conversationId,
      fileName: 'notes.txt',
      data: (await readFile(source)).toString('base64'),
    });
    expect(sent).toMatchObject({ transferId: expect.any(String) });

    const offer = (await bob.waitFor(
      (e) =>
        e.type === 'transfer' && e.transfer.direction === 'in' && e.transfer.state === 'offered',
    )) as Extract<AppEvent, { type: 'transfer' }>;
    expect(offer.transfer).toMatchObject({
      fileName: 'notes.txt',
      size: Buffer.byteLength(content),
      peer: ALICE,
    });
    await bob.bridge.request('files:accept', { transferId: offer.transfer.id });

    const done = (await bob.waitFor(
      (e) =>
        e.type === 'transfer' &&
        e.transfer.id === offer.transfer.id &&
        e.transfer.state === 'completed',
      20_000,
    )) as Extract<AppEvent, { type: 'transfer' }>;
    await alice.waitFor(
      (e) =>
        e.type === 'transfer' && e.transfer.direction === 'out' && e.transfer.state === 'completed',
      20_000,
    );
    expect(done.transfer.savedPath?.startsWith(`${downloads ?? '?'}${sep}`)).toBe(true);
    expect(await readFile(done.transfer.savedPath ?? '', 'utf8')).toBe(content);
    const snapshot = await bob.bridge.request('app:snapshot', undefined);
    expect(snapshot.transfers.find((t) => t.id === offer.transfer.id)?.state).toBe('completed');
  });
});
