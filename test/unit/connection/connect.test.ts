// Opening the socket: refused and timed-out connects reject with ConnectError; protocol
// errors in the stream are emitted, not thrown.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectError, MsnpConnection } from '../../../main/msnp/connection';
import type { MsnpProtocolError } from '../../../main/msnp/codec';
import { startRawServer } from './raw-server';

describe('connect', () => {
  it('a refused connection rejects with ConnectError', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await MsnpConnection.connect('127.0.0.1', port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).message).toMatch(/Can't reach the Messenger server/);
    expect((error as ConnectError).cause).toBeInstanceOf(Error);
  });

  it('a connect that does not complete in time rejects with ConnectError', async () => {
    // 192.0.2.1 (TEST-NET-1) is never routed; either it times out or fails fast.
    const started = Date.now();
    const error = await MsnpConnection.connect('192.0.2.1', 1863, { connectTimeoutMs: 100 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConnectError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('emits protocol errors and keeps reading', async () => {
    const server = await startRawServer();
    const conn = await MsnpConnection.connect('127.0.0.1', server.port);
    const peer = await server.accept();
    const errors: MsnpProtocolError[] = [];
    const names: string[] = [];
    conn.on('protocolError', (e) => errors.push(e));
    conn.on('command', (c) => names.push(c.name));
    peer.write('bogus line\r\nNOT x\r\nQNG\r\n');
    await expect.poll(() => names).toEqual(['QNG']);
    expect(errors.map((e) => e.kind)).toEqual(['malformedLine', 'badPayloadLength']);
    expect(conn.isOpen).toBe(true);
    conn.close();
    await server.close();
  });
});
