// The web harness has no file dialog: the page hands main a file's bytes (files:sendData).
// Main keeps them in a private temporary file under its user-data folder for as long as the
// transfer runs, then deletes it; the receiving page gets a download link with an unguessable
// token, served only for files this session received.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import type { AppEvent } from '@shared/ipc/events';
import { startSignedInPair } from './support/harness-peer';
import type { HarnessPeer, SignedInPair } from './support/harness-peer';

const BOB = 'bob@tweener.test';

let pair: SignedInPair;
let alice: HarnessPeer;
let bob: HarnessPeer;
let aliceDir: string;

beforeEach(async () => {
  pair = await startSignedInPair();
  ({ alice, bob, aliceDir } = pair);
});

afterEach(() => pair.stop());

const transferIs =
  (check: (t: FileTransfer) => boolean) =>
  (e: AppEvent): e is Extract<AppEvent, { type: 'transfer' }> =>
    e.type === 'transfer' && check(e.transfer);

/** GET on the harness with a chosen Host header: status, headers, body. */
function get(
  url: string,
  host?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        headers: host ? { host } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function outgoingFiles(): Promise<string[]> {
  const root = join(aliceDir, 'outgoing');
  const folders = await readdir(root).catch(() => []);
  const files: string[] = [];
  for (const f of folders) {
    for (const name of await readdir(join(root, f)).catch(() => []))
      files.push(join(root, f, name));
  }
  return files;
}

describe('files:sendData through the web harness', () => {
  it('sends the bytes, keeps them private while the offer runs, deletes them after, and links the received copy', async () => {
    const bytes = randomBytes(48 * 1024);
    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    const sent = await alice.bridge.request('files:sendData', {
      conversationId,
      fileName: 'photo (1).bin',
      data: bytes.toString('base64'),
    });

    // While Bob has not answered, the bytes wait in a file only Alice's user can read.
    const [waiting] = await outgoingFiles();
    expect(waiting?.endsWith('photo (1).bin')).toBe(true);
    expect((await stat(waiting ?? '')).mode & 0o077).toBe(0);
    expect((await readFile(waiting ?? '')).equals(bytes)).toBe(true);

    const offer = await bob.waitFor(
      transferIs((t) => t.direction === 'in' && t.state === 'offered'),
    );
    expect(offer.transfer).toMatchObject({ fileName: 'photo (1).bin', size: bytes.length });
    await bob.bridge.request('files:accept', { transferId: offer.transfer.id });
    const done = await bob.waitFor(
      transferIs((t) => t.id === offer.transfer.id && t.state === 'completed'),
      20_000,
    );
    await alice.waitFor(
      transferIs((t) => t.id === sent.transferId && t.state === 'completed'),
      20_000,
    );
    expect((await readFile(done.transfer.savedPath ?? '')).equals(bytes)).toBe(true);
    await expect.poll(outgoingFiles).toEqual([]);

    // Bob's page gets a link; it serves exactly the received bytes, as a download.
    const link = done.transfer.downloadUrl ?? '';
    expect(link).toMatch(/^\/received\/[A-Za-z0-9_-]{43}$/);
    const download = await get(new URL(link, bob.harness.url).href);
    expect(download.status).toBe(200);
    expect(download.body.equals(bytes)).toBe(true);
    expect(download.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''photo%20%281%29.bin",
    );
    expect(download.headers['content-type']).toBe('application/octet-stream');
    // The same link in a snapshot (a page opened later).
    const snapshot = await bob.bridge.request('app:snapshot', undefined);
    expect(snapshot.transfers.find((t) => t.id === offer.transfer.id)?.downloadUrl).toBe(link);

    // Another token, another harness's link, or another Host: nothing.
    expect((await get(new URL('/received/' + 'A'.repeat(43), bob.harness.url).href)).status).toBe(
      404,
    );
    expect((await get(new URL(link, alice.harness.url).href)).status).toBe(404);
    expect((await get(new URL(link, bob.harness.url).href, 'evil.test')).status).toBe(403);
    // Alice's outgoing copy has no link: only received files are served.
    const aliceSnap = await alice.bridge.request('app:snapshot', undefined);
    expect(aliceSnap.transfers.find((t) => t.id === sent.transferId)?.downloadUrl).toBeUndefined();
  });

  it('takes a file of several megabytes in one message (more than ordinary requests need)', async () => {
    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    const bytes = randomBytes(3 * 1024 * 1024);
    await alice.bridge.request('files:sendData', {
      conversationId,
      fileName: 'big.bin',
      data: bytes.toString('base64'),
    });
    const offer = await bob.waitFor(
      transferIs((t) => t.direction === 'in' && t.state === 'offered'),
    );
    expect(offer.transfer.size).toBe(bytes.length);
  });

  it('a declined offer deletes the temporary file too', async () => {
    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    await alice.bridge.request('files:sendData', {
      conversationId,
      fileName: 'no.txt',
      data: Buffer.from('not wanted').toString('base64'),
    });
    expect(await outgoingFiles()).toHaveLength(1);
    const offer = await bob.waitFor(
      transferIs((t) => t.direction === 'in' && t.state === 'offered'),
    );
    await bob.bridge.request('files:decline', { transferId: offer.transfer.id });
    await alice.waitFor(transferIs((t) => t.direction === 'out' && t.state === 'declined'));
    await expect.poll(outgoingFiles).toEqual([]);
  });

  it('refuses names with folders, data that is not base64, and a page naming a path', async () => {
    const { conversationId } = await alice.bridge.request('conversations:open', {
      contacts: [BOB],
    });
    for (const fileName of ['../evil.txt', 'a/b', 'a\\b', '..', 'x\u0000y', '']) {
      await expect(
        alice.bridge.request('files:sendData', { conversationId, fileName, data: 'aGk=' }),
      ).rejects.toMatchObject({ code: 'invalid' });
    }
    await expect(
      alice.bridge.request('files:sendData', { conversationId, fileName: 'a.txt', data: '<%>' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      alice.bridge.request('files:send', { conversationId, path: '/etc/passwd' }),
    ).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/Send Files/) });
    expect(await outgoingFiles()).toEqual([]);
    expect(alice.events.some((e) => e.type === 'transfer')).toBe(false);
  });
});
