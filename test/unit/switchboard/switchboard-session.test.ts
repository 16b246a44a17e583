// SwitchboardSession against a scripted switchboard on loopback: one state field, IRO/JOI/BYE
// bookkeeping, ACK/NAK outcomes (switchboard.md §1.2, §2.1, §4, §5; msnp8/README.md §11).
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MsnpError } from '../../../main/msnp/connection';
import { SwitchboardSession } from '../../../main/msnp/switchboard/switchboard-session';
import type { SwitchboardState } from '../../../main/msnp/switchboard/switchboard-session';

const SELF = 'bob@example.com';

/** A fake SB: hands each received line to `script`, which writes replies. */
async function fakeSwitchboard(
  script: (line: string, socket: Socket) => void,
): Promise<{ port: number; server: Server; lines: string[] }> {
  const lines: string[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        lines.push(line);
        const payloadLength = /^MSG \d+ [UNAD] (\d+)$/.exec(line)?.[1];
        if (payloadLength) buffer = buffer.slice(Number(payloadLength)); // payload bytes are ASCII here
        script(line, socket);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { port: (server.address() as { port: number }).port, server, lines };
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const invite = (port: number) => ({
  sessionId: '11752013',
  host: '127.0.0.1',
  port,
  authCookie: '849102291.520491113',
  callerEmail: 'alice@example.com',
  callerName: 'Alice',
});

describe('SwitchboardSession', () => {
  it('answers with exactly four ANS parameters and fills participants from IRO (examples.md §7)', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 ')) {
        // Escargot may send a JOI naming ourselves first (msnp8/README.md §11): ignored.
        socket.write('JOI bob@example.com Bob\r\n');
        socket.write(
          'IRO 1 1 2 alice@example.com Alice\r\nIRO 1 2 2 carol@example.net Carol%20Smith\r\n',
        );
        socket.write('ANS 1 OK\r\n');
      }
    });
    const session = new SwitchboardSession(SELF);
    const states: SwitchboardState[] = [];
    const joined: unknown[] = [];
    session.on('state', (s) => states.push(s));
    session.on('joined', (j) => joined.push(j));
    await session.answer(invite(sb.port));
    expect(sb.lines[0]).toBe('ANS 1 bob@example.com 849102291.520491113 11752013');
    expect(states).toEqual(['connecting', 'authenticating', 'open']);
    expect([...session.participants]).toEqual([
      ['alice@example.com', 'Alice'],
      ['carol@example.net', 'Carol Smith'],
    ]);
    expect(joined).toEqual([
      { email: 'alice@example.com', name: 'Alice', initial: true },
      { email: 'carol@example.net', name: 'Carol Smith', initial: true },
    ]);
    session.leave();
    expect(session.state).toBe('closed');
  });

  it('USR has exactly three parameters; CAL returns the session id; BYE … 1 means timed out', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('USR 1 ')) socket.write('USR 1 OK alice@example.com Alice\r\n');
      if (line === 'CAL 2 bob@example.com') {
        socket.write('CAL 2 RINGING 11752013\r\nJOI bob@example.com Bob\r\n');
        setTimeout(() => socket.write('BYE bob@example.com 1\r\n'), 20);
      }
    });
    const session = new SwitchboardSession('alice@example.com');
    await session.start({ host: '127.0.0.1', port: sb.port, authCookie: 'cookie.1' });
    expect(sb.lines[0]).toBe('USR 1 alice@example.com cookie.1');
    const left = new Promise((resolve) => session.once('left', resolve));
    expect(await session.call('bob@example.com')).toBe('11752013');
    expect(await left).toEqual({ email: 'bob@example.com', timedOut: true });
    expect(session.participants.size).toBe(0);
    session.leave();
    expect(sb.lines.at(-1)).toBe('CAL 2 bob@example.com');
  });

  it('a CAL error rejects with the code (217)', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('USR 1 ')) socket.write('USR 1 OK alice@example.com Alice\r\n');
      if (line.startsWith('CAL ')) socket.write(`217 ${line.split(' ')[1]}\r\n`);
    });
    const session = new SwitchboardSession('alice@example.com');
    await session.start({ host: '127.0.0.1', port: sb.port, authCookie: 'c' });
    const error = await session.call('dave@example.org').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MsnpError);
    expect((error as MsnpError).code).toBe(217);
    session.leave();
  });

  it('a bad cookie (911) closes the session and rejects', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('USR 1 ')) socket.end('911 1\r\n');
    });
    const session = new SwitchboardSession('alice@example.com');
    await expect(
      session.start({ host: '127.0.0.1', port: sb.port, authCookie: 'stale' }),
    ).rejects.toMatchObject({ code: 911 });
    expect(session.state).toBe('closed');
  });

  it('maps ACK, NAK, silence and closing to delivery outcomes (§5)', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 '))
        socket.write('IRO 1 1 1 alice@example.com Alice\r\nANS 1 OK\r\n');
      if (line === 'MSG 2 A 67') socket.write('ACK 2\r\n');
      if (line === 'MSG 3 A 67') socket.write('NAK 3\r\n');
      // MSG 4: no answer at all; MSG 5: the server closes the connection.
      if (line === 'MSG 5 A 67') setTimeout(() => socket.destroy(), 20);
    });
    const session = new SwitchboardSession(SELF, { ackTimeoutMs: 100 });
    await session.answer(invite(sb.port));
    const payload = Buffer.from(
      'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello',
    );
    expect(await session.sendAcknowledged(payload)).toEqual({ delivered: true });
    expect(await session.sendAcknowledged(payload)).toEqual({ delivered: false, reason: 'nak' });
    expect(await session.sendAcknowledged(payload)).toMatchObject({
      delivered: false,
      reason: 'timeout',
    });
    expect(await session.sendAcknowledged(payload)).toEqual({ delivered: false, reason: 'closed' });
    expect(session.state).toBe('closed');
    expect(await session.sendAcknowledged(payload)).toEqual({ delivered: false, reason: 'closed' });
  });

  it('an ACK after the wait upgrades "not confirmed" (msnp8/README.md §11.1)', async () => {
    let late: (() => void) | null = null;
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 '))
        socket.write('IRO 1 1 1 alice@example.com Alice\r\nANS 1 OK\r\n');
      if (line === 'MSG 2 A 67') late = () => socket.write('ACK 2\r\n');
    });
    const session = new SwitchboardSession(SELF, { ackTimeoutMs: 50 });
    await session.answer(invite(sb.port));
    const payload = Buffer.from(
      'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello',
    );
    const outcome = await session.sendAcknowledged(payload);
    expect(outcome).toMatchObject({ delivered: false, reason: 'timeout' });
    if (outcome.delivered || outcome.reason !== 'timeout') throw new Error('not a timeout');
    expect(late).not.toBeNull();
    late!();
    await outcome.confirmedLater;
    session.leave();
  });

  it('refuses a payload over 1664 bytes without sending it (the SB would hang up)', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 '))
        socket.write('IRO 1 1 1 alice@example.com Alice\r\nANS 1 OK\r\n');
    });
    const session = new SwitchboardSession(SELF);
    await session.answer(invite(sb.port));
    expect(await session.sendAcknowledged(Buffer.alloc(1665, 0x61))).toEqual({
      delivered: false,
      reason: 'tooLarge',
    });
    expect(session.sendUnacknowledged('U', Buffer.alloc(1665, 0x61))).toBe(false);
    session.leave();
    // Lines arrive in order: once OUT is there, anything sent before it is there too.
    await expect.poll(() => sb.lines.at(-1)).toBe('OUT');
    expect(sb.lines).toEqual(['ANS 1 bob@example.com 849102291.520491113 11752013', 'OUT']);
  });

  it('relays incoming MSG with the decoded sender name', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 ')) {
        socket.write('IRO 1 1 1 alice@example.com Alice\r\nANS 1 OK\r\n');
        const p = 'MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nCafé ☕';
        socket.write(`MSG Alice@Example.com Alice%20A. ${Buffer.byteLength(p)}\r\n${p}`);
      }
    });
    const session = new SwitchboardSession(SELF);
    const message = new Promise<{ from: string; fromName: string; payload: Buffer }>((resolve) =>
      session.once('message', resolve),
    );
    await session.answer(invite(sb.port));
    const m = await message;
    expect(m.from).toBe('alice@example.com');
    expect(m.fromName).toBe('Alice A.');
    expect(m.payload.toString('utf8').endsWith('Café ☕')).toBe(true);
    session.leave();
  });

  it('a framing error from the server ends the session and fails unacknowledged messages', async () => {
    const sb = await fakeSwitchboard((line, socket) => {
      if (line.startsWith('ANS 1 '))
        socket.write('IRO 1 1 1 alice@example.com Alice\r\nANS 1 OK\r\n');
      if (line.startsWith('MSG 2 A ')) socket.write('MSG alice@example.com Alice notanumber\r\n');
    });
    const session = new SwitchboardSession(SELF);
    await session.answer(invite(sb.port));
    const closed = new Promise<{ error?: Error }>((resolve) => session.once('closed', resolve));
    const outcome = await session.sendAcknowledged(Buffer.from('MIME-Version: 1.0\r\n\r\nx'));
    expect(outcome).toEqual({ delivered: false, reason: 'closed' });
    expect((await closed).error?.name).toBe('MsnpProtocolError');
    expect(session.state).toBe('closed');
  });
});
