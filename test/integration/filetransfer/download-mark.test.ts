// A received file is marked as from the internet where the platform has a mark: Windows'
// Zone.Identifier stream, macOS's quarantine attribute (xattr, no shell), nothing on Linux.
// The marks themselves can only be written on their own OS: here the transfers run for real
// over 127.0.0.1 and the Windows and macOS writers are recorded instead of run; on Linux
// the default (real) marker must leave the download folder with the file alone.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import {
  downloadMarkFor,
  markDownloaded,
  ZONE_IDENTIFIER,
} from '../../../main/msnp/filetransfer/download-mark';
import type { MarkWriter } from '../../../main/msnp/filetransfer/download-mark';
import { FileTransferManager } from '../../../main/msnp/filetransfer/file-transfer-manager';
import { parseInvitation } from '../../../main/msnp/messages/invite';
import { parseMime } from '../../../main/msnp/messages/mime';

let dir = '';
const managers: FileTransferManager[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tweener-mark-'));
});
afterEach(() => {
  managers.splice(0).forEach((m) => m.cancelAll());
  rmSync(dir, { recursive: true, force: true });
});

/** Alice's and Bob's managers, their invitations delivered to each other in-process. */
function wiredPair(bobMark?: (path: string) => Promise<unknown>) {
  const network = { bindHost: '127.0.0.1', advertisedHost: '127.0.0.1', timeoutMs: 5000 };
  const bobDone: ((t: FileTransfer) => void)[] = [];
  const offers: FileTransfer[] = [];
  const deliver = (to: () => FileTransferManager, from: string) => (_c: string, p: Buffer) => {
    const inv = parseInvitation(parseMime(p));
    if (inv) setImmediate(() => to().onInvitation('conv', from, from, inv));
  };
  const alice: FileTransferManager = new FileTransferManager(
    {
      selfEmail: () => 'alice@x.test',
      sendInvitation: deliver(() => bob, 'alice'),
      emit: () => undefined,
    },
    { network },
  );
  const bob: FileTransferManager = new FileTransferManager(
    {
      selfEmail: () => 'bob@x.test',
      sendInvitation: deliver(() => alice, 'bob'),
      emit: (t) => {
        if (t.state === 'offered') offers.push(t);
        if (t.state === 'completed' || t.state === 'failed') bobDone.splice(0).forEach((f) => f(t));
      },
    },
    { network, downloadDir: join(dir, 'downloads'), markDownloaded: bobMark },
  );
  managers.push(alice, bob);
  return {
    async transfer(name: string, data: Buffer): Promise<FileTransfer> {
      const path = join(dir, name);
      writeFileSync(path, data);
      const done = new Promise<FileTransfer>((resolve) => bobDone.push(resolve));
      alice.sendFile('conv', 'bob', path);
      for (let i = 0; i < 100 && offers.length === 0; i++)
        await new Promise((r) => setImmediate(r));
      bob.accept(offers.shift()!.id);
      return done;
    },
  };
}

function recorder(): MarkWriter & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    writeFile: async (path, content) => void calls.push(['writeFile', path, content]),
    run: async (file, args) => void calls.push(['run', file, args]),
  };
}

describe('what each platform gets', () => {
  it('Windows: <path>:Zone.Identifier with [ZoneTransfer] ZoneId=3', () => {
    expect(downloadMarkFor('C:\\Users\\b\\Downloads\\a.exe', 'win32')).toEqual({
      kind: 'alternate-stream',
      path: 'C:\\Users\\b\\Downloads\\a.exe:Zone.Identifier',
      content: '[ZoneTransfer]\r\nZoneId=3\r\n',
    });
  });

  it('macOS: xattr -w com.apple.quarantine, the file name one argument (no shell)', () => {
    const mark = downloadMarkFor(
      '/Users/b/Downloads/$(rm -rf ~); x.app',
      'darwin',
      new Date(Date.UTC(2026, 11, 2)),
      'e0a1b2c3-0000-4000-8000-000000000001',
    );
    expect(mark).toEqual({
      kind: 'command',
      file: 'xattr',
      args: [
        '-w',
        'com.apple.quarantine',
        `0081;${(Date.UTC(2026, 11, 2) / 1000).toString(16)};Tweener;E0A1B2C3-0000-4000-8000-000000000001`,
        '/Users/b/Downloads/$(rm -rf ~); x.app',
      ],
    });
  });

  it('Linux and others: nothing', () => {
    expect(downloadMarkFor('/home/b/a.sh', 'linux')).toEqual({ kind: 'none' });
    expect(downloadMarkFor('/home/b/a.sh', 'freebsd')).toEqual({ kind: 'none' });
  });

  it('a mark that cannot be written (no streams on FAT, no xattr) keeps the file', async () => {
    const failing: MarkWriter = {
      writeFile: () => Promise.reject(new Error('ENOTSUP')),
      run: () => Promise.reject(new Error('ENOENT')),
    };
    expect(await markDownloaded('/x/a.exe', 'win32', failing)).toBe(false);
    expect(await markDownloaded('/x/a.exe', 'darwin', failing)).toBe(false);
  });
});

describe('a received file is marked (transfers over 127.0.0.1)', () => {
  it('as Windows would mark it', async () => {
    const writer = recorder();
    const pair = wiredPair((path) => markDownloaded(path, 'win32', writer));
    const done = await pair.transfer('setup.exe', randomBytes(20_000));
    expect(done.state).toBe('completed');
    expect(writer.calls).toEqual([
      ['writeFile', `${done.savedPath}:Zone.Identifier`, ZONE_IDENTIFIER],
    ]);
  });

  it('as macOS would mark it', async () => {
    const writer = recorder();
    const pair = wiredPair((path) => markDownloaded(path, 'darwin', writer));
    const done = await pair.transfer('Game.app.zip', randomBytes(20_000));
    expect(writer.calls).toHaveLength(1);
    const [verb, file, args] = writer.calls[0] as [string, string, string[]];
    expect([verb, file, args[0], args[1], args[3]]).toEqual([
      'run',
      'xattr',
      '-w',
      'com.apple.quarantine',
      done.savedPath,
    ]);
    expect(args[2]).toMatch(/^0081;[0-9a-f]+;Tweener;[0-9A-F-]{36}$/);
  });

  it.runIf(process.platform === 'linux')(
    'on Linux with the real marker: the file alone',
    async () => {
      const data = randomBytes(20_000);
      const done = await wiredPair().transfer('notes.txt', data);
      expect(done.state).toBe('completed');
      expect(readdirSync(join(dir, 'downloads'))).toEqual([basename(done.savedPath!)]);
      expect(readFileSync(done.savedPath!).equals(data)).toBe(true);
    },
  );
});
