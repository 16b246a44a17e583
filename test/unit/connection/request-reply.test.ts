// msnp8/README.md §3.2: a request gets a fresh TrID and settles on the reply with that TrID.
import { describe, expect, it } from 'vitest';
import type { MsnpCommand } from '../../../main/msnp/codec';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('request / reply', () => {
  it('sends with TrIDs 1, 2, … and resolves with the matching reply, not emitted as an event', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));

    const ver = conn.request('VER', ['MSNP8', 'CVR0']);
    expect(await peer.nextLine()).toBe('VER 1 MSNP8 CVR0');
    peer.write('VER 1 MSNP8\r\n');
    expect(await ver).toEqual({ name: 'VER', trid: 1, params: ['MSNP8'], payload: null });

    const cvr = conn.request('CVR', ['0x0409', 'winnt']);
    expect(await peer.nextLine()).toBe('CVR 2 0x0409 winnt');
    peer.write(
      'CVR 2 5.0.0544 5.0.0544 5.0.0544 https://escargot.log1p.xyz https://escargot.log1p.xyz\r\n',
    );
    expect((await cvr).params[0]).toBe('5.0.0544');
    expect(events).toEqual([]);
    expect(conn.pendingRequests).toBe(0);
  });

  it('uses replyName when the reply has another name, and emits the rest as events', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));
    const reply = conn.request('XFR', ['SB'], { replyName: 'XFR' });
    await peer.nextLine();
    peer.write(
      'NLN NLN bob@example.com Bob 0\r\nXFR 1 SB 192.0.2.20:1864 CKI 17262740.1735689700.32308\r\n',
    );
    expect((await reply).params).toEqual([
      'SB',
      '192.0.2.20:1864',
      'CKI',
      '17262740.1735689700.32308',
    ]);
    expect(events.map((e) => e.name)).toEqual(['NLN']);
  });

  it('sends a payload with its byte length in one piece', async () => {
    const { conn, peer } = await connect();
    const chunks: Buffer[] = [];
    peer.socket.removeAllListeners('data');
    peer.socket.setEncoding('latin1');
    peer.socket.on('data', (d: string) => chunks.push(Buffer.from(d, 'latin1')));
    const reply = conn.request('MSG', ['A'], { payload: 'Café', replyName: 'ACK' });
    await expect.poll(() => Buffer.concat(chunks).length).toBe('MSG 1 A 5\r\n'.length + 5);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('MSG 1 A 5\r\nCafé');
    peer.write('ACK 1\r\n');
    expect((await reply).name).toBe('ACK');
  });

  it('send() returns the TrID without waiting; sendUntracked() sends none', async () => {
    const { conn, peer } = await connect();
    const replies: MsnpCommand[] = [];
    conn.on('command', (c) => replies.push(c));
    const trid = conn.send('CHG', ['NLN', '0']);
    expect(trid).toBe(1);
    conn.sendUntracked('PNG');
    expect(await peer.nextLine()).toBe('CHG 1 NLN 0');
    expect(await peer.nextLine()).toBe('PNG');
    peer.write('CHG 1 NLN 0\r\nQNG\r\n');
    await expect
      .poll(() => replies.map((r) => `${r.name} ${r.trid}`))
      .toEqual(['CHG 1', 'QNG null']);
  });

  it('lastActivity moves when bytes arrive', async () => {
    const { conn, peer } = await connect();
    const before = conn.lastActivity;
    await new Promise((r) => setTimeout(r, 20));
    peer.write('QNG\r\n');
    await expect.poll(() => conn.lastActivity).toBeGreaterThan(before);
  });

  it('rejects a request whose parameters would break the framing, without sending it', async () => {
    const { conn } = await connect();
    await expect(conn.request('REA', ['me@example.com', 'two words'])).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(conn.pendingRequests).toBe(0);
  });
});
