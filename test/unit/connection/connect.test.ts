// Opening the socket: refused and timed-out connects reject with ConnectError; protocol
// errors in the stream are emitted, not thrown.
import { spawn } from 'node:child_process';
import { connect as netConnect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectError, MsnpConnection } from '../../../main/msnp/connection';
import type { MsnpProtocolError } from '../../../main/msnp/codec';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

const LISTEN_AND_PRINT_PORT =
  "const s = require('node:net').createServer();" +
  "s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => console.log(s.address().port));";

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
    // A peer whose accept queue is full never answers the handshake: a listener with a
    // backlog of 1 in a stopped child process, its queue filled first (Linux drops the SYN).
    const child = spawn(process.execPath, ['-e', LISTEN_AND_PRINT_PORT], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const fillers: Socket[] = [];
    try {
      const port = await new Promise<number>((resolve) =>
        child.stdout!.once('data', (d) => resolve(Number(String(d).trim()))),
      );
      child.kill('SIGSTOP');
      for (let i = 0; i < 4; i++) {
        const filler = netConnect(port, '127.0.0.1');
        filler.on('error', () => undefined);
        fillers.push(filler);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const error = await MsnpConnection.connect('127.0.0.1', port, {
        connectTimeoutMs: 200,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectError);
      expect(((error as ConnectError).cause as Error).message).toMatch(/timed out after 200 ms/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    } finally {
      for (const filler of fillers) filler.destroy();
      child.kill('SIGKILL');
    }
  });

  it('emits protocol errors and keeps reading', async () => {
    const { conn, peer } = await connect();
    const errors: MsnpProtocolError[] = [];
    const names: string[] = [];
    conn.on('protocolError', (e) => errors.push(e));
    conn.on('command', (c) => names.push(c.name));
    peer.write('bogus line\r\nNOT x\r\nQNG\r\n');
    await expect.poll(() => names).toEqual(['QNG']);
    expect(errors.map((e) => e.kind)).toEqual(['malformedLine', 'badPayloadLength']);
    expect(conn.isOpen).toBe(true);
  });
});
