import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  connectTo,
  connectToFirst,
  listenForPeer,
} from '../../../main/msnp/filetransfer/msnftp-endpoint';
import { receiveFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-receiver';
import { sendFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-sender';

const dir = mkdtempSync(join(tmpdir(), 'msnftp-'));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

/** Reads from a raw socket until `n` bytes (or the socket closes). */
function reader(socket: Socket) {
  let buffer = Buffer.alloc(0);
  let closed = false;
  const waiters: (() => void)[] = [];
  socket.on('data', (d: Buffer) => {
    buffer = Buffer.concat([buffer, d]);
    waiters.splice(0).forEach((w) => w());
  });
  socket.on('close', () => {
    closed = true;
    waiters.splice(0).forEach((w) => w());
  });
  return {
    async take(n: number): Promise<Buffer> {
      while (buffer.length < n && !closed) await new Promise<void>((r) => waiters.push(r));
      const out = buffer.subarray(0, n);
      buffer = buffer.subarray(n);
      return out;
    },
    async closed(): Promise<boolean> {
      while (!closed) await new Promise<void>((r) => waiters.push(r));
      return true;
    },
  };
}

async function listening() {
  const listener = await listenForPeer(['127.0.0.1'], { timeoutMs: 5000 });
  cleanups.push(() => listener.close());
  return listener;
}

describe('MSNFTP session (switchboard.md §11.2, examples.md §10)', () => {
  it('sends "hello world" exactly as in the transcript', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'hello world');
    const listener = await listening();
    const sending = listener
      .accept(async (s) => s)
      .then((socket) =>
        sendFileOverMsnftp(socket, {
          opener: false,
          authCookie: '1770261',
          filePath: file,
          size: 11,
        }),
      );
    const raw = connect(listener.port, '127.0.0.1');
    const r = reader(raw);
    raw.write('VER MSNFTP\r\n');
    expect((await r.take(12)).toString()).toBe('VER MSNFTP\r\n');
    raw.write('USR bob@example.com 1770261\r\n');
    expect((await r.take(8)).toString()).toBe('FIL 11\r\n');
    raw.write('TFR\r\n');
    expect((await r.take(14)).toString('hex')).toBe('000b0068656c6c6f20776f726c64');
    raw.write('BYE 16777989\r\n');
    await sending;
    expect(await r.closed()).toBe(true);
  });

  it('receives odd-sized blocks, answers BYE 16777989 and writes the exact bytes', async () => {
    const data = randomBytes(5000);
    const server = createServer((socket) => {
      const r = reader(socket);
      void (async () => {
        socket.write('VER MSNFTP\r\n');
        expect((await r.take(12)).toString()).toBe('VER MSNFTP\r\n');
        expect((await r.take(19)).toString()).toBe('USR bob@x.test 42\r\n');
        socket.write(`FIL ${data.length}\r\n`);
        expect((await r.take(5)).toString()).toBe('TFR\r\n');
        // Any block length 1–65535 is valid (§11.2): 1, 3000 and the rest.
        for (const [a, b] of [
          [0, 1],
          [1, 3001],
          [3001, 5000],
        ] as const) {
          const block = data.subarray(a, b);
          socket.write(
            Buffer.concat([Buffer.from([0, block.length & 0xff, block.length >> 8]), block]),
          );
        }
        expect((await r.take(14)).toString()).toBe('BYE 16777989\r\n');
        socket.end();
      })();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => server.close());
    const port = (server.address() as { port: number }).port;
    const socket = await connectTo('127.0.0.1', port);
    const out = join(dir, 'odd.bin');
    const progress: number[] = [];
    const n = await receiveFileOverMsnftp(socket, {
      opener: false,
      email: 'bob@x.test',
      authCookie: '42',
      expectedSize: data.length,
      outPath: out,
      onProgress: (p) => progress.push(p),
    });
    expect(n).toBe(5000);
    expect(readFileSync(out).equals(data)).toBe(true);
    expect(progress).toEqual([1, 3001, 5000]);
  });

  it('moves a 300 KB file between our sender and receiver byte for byte', async () => {
    const data = randomBytes(300_000);
    const file = join(dir, 'big.bin');
    writeFileSync(file, data);
    const listener = await listening();
    const sending = listener
      .accept(async (s) => s)
      .then((socket) =>
        sendFileOverMsnftp(socket, {
          opener: false,
          authCookie: '7',
          filePath: file,
          size: data.length,
        }),
      );
    const out = join(dir, 'big-received.bin');
    const received = await receiveFileOverMsnftp(await connectTo('127.0.0.1', listener.port), {
      opener: true,
      email: 'bob@x.test',
      authCookie: '7',
      expectedSize: data.length,
      outPath: out,
    });
    await sending;
    expect(received).toBe(data.length);
    expect(readFileSync(out).equals(data)).toBe(true);
  });

  it('the sender refuses a wrong AuthCookie and the receiver keeps no partial file', async () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'secret');
    const listener = await listening();
    const sending = listener
      .accept(async (s) => s)
      .then((socket) =>
        sendFileOverMsnftp(socket, { opener: false, authCookie: '111', filePath: file, size: 6 }),
      );
    const out = join(dir, 'never.txt');
    const receiving = receiveFileOverMsnftp(await connectTo('127.0.0.1', listener.port), {
      opener: true,
      email: 'mallory@x.test',
      authCookie: '999',
      expectedSize: 6,
      outPath: out,
      timeoutMs: 3000,
    });
    await expect(sending).rejects.toMatchObject({ kind: 'auth' });
    await expect(receiving).rejects.toMatchObject({ kind: 'closed' });
    expect(existsSync(out)).toBe(false);
  });

  it('treats a 01 header before the end as "cancelled by the sender"', async () => {
    const server = createServer((socket) => {
      const r = reader(socket);
      void (async () => {
        await r.take(12);
        socket.write('VER MSNFTP\r\n');
        expect((await r.take(11)).toString()).toBe('USR b@x 1\r\n');
        socket.write('FIL 10\r\n');
        await r.take(5);
        socket.write(Buffer.from([0, 3, 0, 0x61, 0x62, 0x63, 1, 0, 0]));
      })();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => server.close());
    const port = (server.address() as { port: number }).port;
    const out = join(dir, 'cancelled.txt');
    await expect(
      receiveFileOverMsnftp(await connectTo('127.0.0.1', port), {
        opener: true,
        email: 'b@x',
        authCookie: '1',
        expectedSize: 10,
        outPath: out,
      }),
    ).rejects.toMatchObject({ kind: 'cancelled' });
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a FIL size that differs from the offer', async () => {
    const file = join(dir, 'five.txt');
    writeFileSync(file, '12345');
    const listener = await listening();
    void listener
      .accept(async (s) => s)
      .then((socket) =>
        sendFileOverMsnftp(socket, {
          opener: false,
          authCookie: '5',
          filePath: file,
          size: 5,
        }).catch(() => undefined),
      );
    await expect(
      receiveFileOverMsnftp(await connectTo('127.0.0.1', listener.port), {
        opener: true,
        email: 'b@x',
        authCookie: '5',
        expectedSize: 4,
        outPath: join(dir, 'four.txt'),
      }),
    ).rejects.toMatchObject({ kind: 'size' });
  });

  it('tries the offered addresses at once and keeps the one that connects (§11.1 step 4)', async () => {
    const listener = await listening();
    const accepted = listener.accept(async (s) => s);
    // 127.0.0.2 is loopback on Linux but nothing listens there on this port: refused.
    const socket = await connectToFirst(['127.0.0.2', '127.0.0.1'], listener.port, 2000);
    expect(socket.remoteAddress).toBe('127.0.0.1');
    (await accepted).destroy();
    socket.destroy();
  });
});
