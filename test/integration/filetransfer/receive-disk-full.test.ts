// Fault matrix, "disk full on a received file": a full disk fails the transfer within a
// second with a plain message, removes the partial file and tells the sender (CCL, then
// CANCEL FTTIMEOUT); Cancel ends a transfer whose writes hang. Real ENOSPC from the kernel:
// a 64 KiB tmpfs (needs mount, i.e. root) and Linux's /dev/full (any user).
// reference: switchboard.md §11 (FTTIMEOUT), §11.2 (CCL)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { receiveFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-receiver';
import { DISK_FULL_TEXT } from '../../../main/msnp/filetransfer/save-error';
import { nextEvent } from '../conversations/helpers/events';
import { offerFile, transferState, useChattingPair } from './helpers';
import { AUTH_COOKIE, serveFile } from './msnftp-pair';

/** A 64 KiB tmpfs at a fresh folder, or null where mount is not allowed. */
function smallDisk(): { path: string; remove(): void } | null {
  const path = mkdtempSync(join(tmpdir(), 'tweener-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  return {
    path,
    remove: () => {
      execFileSync('umount', [path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

const probe = smallDisk();
probe?.remove();
const canMount = probe !== null;

describe.skipIf(!canMount)('onto a full file system (64 KiB tmpfs)', () => {
  const pair = useChattingPair();
  let disk: ReturnType<typeof smallDisk> = null;
  beforeEach(() => {
    disk = smallDisk();
  });
  afterEach(() => disk?.remove());

  it('fails within a second with a plain message, no partial file, the sender told', async () => {
    const { alice, bob } = pair;
    const { transferId, offer } = await offerFile(pair, 'too-big.bin', randomBytes(1_000_000));
    const started = transferState(bob, 'transferring', offer.id);
    const bobFailed = transferState(bob, 'failed', offer.id);
    const aliceEnded = nextEvent<FileTransfer>(
      alice.chat,
      'fileTransfer',
      (t) => t.id === transferId && ['failed', 'cancelled'].includes(t.state),
      10_000,
    );
    bob.chat.acceptFile(offer.id, disk!.path);
    await started;
    // From the first byte on, the failure must come within a second (today: never).
    const failed = await Promise.race([
      bobFailed,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no failure within 1 s of the transfer starting')), 1000),
      ),
    ]);
    expect(failed.error).toBe(DISK_FULL_TEXT);
    expect(failed.transferred).toBeLessThan(1_000_000);
    expect(readdirSync(disk!.path)).toEqual([]);
    expect(['failed', 'cancelled']).toContain((await aliceEnded).state);
  });
});

describe('onto /dev/full (writes fail with ENOSPC)', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tweener-full-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!existsSync('/dev/full'))(
    'the receiver rejects with the disk-full words and the sender sees a cancel',
    async () => {
      const sender = await serveFile(dir, randomBytes(300_000));
      const outPath = join(dir, 'never-kept.bin');
      const receiving = receiveFileOverMsnftp(await sender.connect(), {
        opener: true,
        email: 'bob@tweener.test',
        authCookie: AUTH_COOKIE,
        expectedSize: 300_000,
        outPath,
        timeoutMs: 5000,
        openOutput: () => createWriteStream('/dev/full'),
      });
      await expect(receiving).rejects.toMatchObject({ kind: 'save', message: DISK_FULL_TEXT });
      await expect(sender.sent).rejects.toMatchObject({ kind: 'cancelled' });
      expect(existsSync(outPath)).toBe(false);
    },
  );
});

describe('Cancel while the disk does not answer', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tweener-stuck-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ends the transfer and removes the partial file', async () => {
    const sender = await serveFile(dir, randomBytes(2_000_000));
    const outPath = join(dir, 'partial.bin');
    let wrote: () => void = () => undefined;
    const firstWrite = new Promise<void>((resolve) => (wrote = resolve));
    // Writes the first block to the real file, then never completes another (a hung disk):
    // the receiver waits for `drain` that never comes.
    const stuck = (path: string): Writable => {
      const file = createWriteStream(path, { flags: 'wx' });
      return new Writable({
        highWaterMark: 4096,
        write(chunk: Buffer, _enc, callback) {
          file.write(chunk, () => wrote());
          void callback; // never called
        },
        destroy(error, callback) {
          file.destroy();
          callback(error);
        },
      });
    };
    const abort = new AbortController();
    const receiving = receiveFileOverMsnftp(await sender.connect(), {
      opener: true,
      email: 'bob@tweener.test',
      authCookie: AUTH_COOKIE,
      expectedSize: 2_000_000,
      outPath,
      timeoutMs: 5000,
      signal: abort.signal,
      openOutput: stuck,
    });
    await firstWrite;
    expect(existsSync(outPath)).toBe(true);
    abort.abort();
    await expect(receiving).rejects.toMatchObject({ kind: 'cancelled' });
    expect(existsSync(outPath)).toBe(false);
    await expect(sender.sent).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
