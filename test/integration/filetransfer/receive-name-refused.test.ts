// Fault matrix, "a name the file system refuses" on a received file: the receiver fails at
// once with a plain message, before it asks for a byte (no USR, no TFR), and leaves nothing.
// A real refusal: a 300-byte name is over the 255-byte limit of Linux file systems (the
// name a contact sends is made safe before this; this is the last line of defence).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { receiveFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-receiver';
import { NAME_REFUSED_TEXT } from '../../../main/msnp/filetransfer/save-error';
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
