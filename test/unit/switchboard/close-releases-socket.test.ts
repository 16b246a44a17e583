// close() flushes what was written and then releases the socket; a peer that stopped
// reading (a dead host, a stuck server) must not keep the socket and its buffers forever.
import { createServer } from 'node:net';
import type { Socket } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { MsnpConnection } from '../../../main/msnp/connection/connection';
import { CLOSE_FLUSH_GRACE_MS } from '../../../main/msnp/connection/tcp-transport';

const held: Socket[] = [];
const server = createServer((socket) => {
  socket.pause(); // never read: the client's send buffer fills up
  held.push(socket);
});

afterEach(async () => {
  for (const s of held.splice(0)) s.destroy();
  await new Promise((r) => server.close(r));
});

it('a connection whose peer never reads is released within the grace period', async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const conn = await MsnpConnection.connect('127.0.0.1', port);
  const payload = Buffer.alloc(1600, 0x61);
  for (let i = 0; i < 20_000; i++) conn.send('MSG', ['N'], payload); // ~32 MB, far past any buffer
  const closed = new Promise<number>((resolve) => {
    const started = Date.now();
    conn.once('close', () => resolve(Date.now() - started));
  });
  conn.close();
  const bound = new Promise<number>((r) => setTimeout(() => r(-1), CLOSE_FLUSH_GRACE_MS + 2_000));
  const tookMs = await Promise.race([closed, bound]);
  expect(tookMs).toBeGreaterThanOrEqual(0); // -1: the socket was never released
  expect(tookMs).toBeLessThan(CLOSE_FLUSH_GRACE_MS + 1_000);
}, 10_000);
