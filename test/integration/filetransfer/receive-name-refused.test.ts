// Fault matrix, "a name the file system refuses" on a received file: the receiver fails at
// once with a plain message, before it asks for a byte (no USR, no TFR), and leaves nothing.
// A real refusal: a 300-byte name is over the 255-byte limit of Linux file systems (the
// name a contact sends is made safe before this; this is the last line of defence).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { receiveFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-receiver';
import { NAME_REFUSED_TEXT, SAVE_FAILED_TEXT } from '../../../main/msnp/filetransfer/save-error';
import { nextEvent } from '../conversations/helpers/events';
import { offerFile, transferState, useChattingPair } from './helpers';
import { AUTH_COOKIE, serveFile } from './msnftp-pair';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tweener-refused-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('a name over the byte limit fails with plain words before any byte moves', async () => {
  const sender = await serveFile(dir, randomBytes(50_000));
  const outDir = join(dir, 'out');
  const outPath = join(outDir, 'é'.repeat(150) + '.bin');
  mkdirSync(outDir);
  const receiving = receiveFileOverMsnftp(await sender.connect(), {
    opener: true,
    email: 'bob@tweener.test',
    authCookie: AUTH_COOKIE,
    expectedSize: 50_000,
    outPath,
    timeoutMs: 5000,
  });
  await expect(receiving).rejects.toMatchObject({ kind: 'save', message: NAME_REFUSED_TEXT });
  // The sender never got a USR: its opening fails (a CCL where VER was due, or the close).
  const senderError = await sender.sent.then(
    () => null,
    (error: { kind?: string }) => error,
  );
  expect(['protocol', 'closed']).toContain(senderError?.kind);
  expect(existsSync(outPath)).toBe(false);
  expect(readdirSync(outDir)).toEqual([]);
});

describe('through the client, to a folder that cannot be made', () => {
  const pair = useChattingPair();

  it('fails with plain words (not "connection failed"), and the sender is told', async () => {
    const { alice, bob } = pair;
    const { transferId, offer } = await offerFile(pair, 'photo.jpg', randomBytes(10_000));
    // A file where a folder should be: mkdir fails with ENOTDIR.
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, 'x');
    const bobFailed = transferState(bob, 'failed', offer.id);
    const aliceEnded = nextEvent<FileTransfer>(
      alice.chat,
      'fileTransfer',
      (t) => t.id === transferId && ['failed', 'cancelled'].includes(t.state),
      10_000,
    );
    bob.chat.acceptFile(offer.id, join(notAFolder, 'downloads'));
    expect((await bobFailed).error).toBe(SAVE_FAILED_TEXT);
    expect(['failed', 'cancelled']).toContain((await aliceEnded).state);
  });
});
