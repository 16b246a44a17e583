// msnp8/README.md §3.2: some replies are several lines sharing the request's TrID (CHG + ILN,
// IRO … + ANS OK); the other lines are emitted as events before the reply resolves.
import { describe, expect, it } from 'vitest';

import type { MsnpCommand } from '../../../main/msnp/codec';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('multi-line replies', () => {
  it('CHG resolves, and the ILN lines with its TrID arriving with it are emitted first', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));
    const chg = conn.request('CHG', ['NLN', '0']);
    await peer.nextLine();
    peer.write(
      'CHG 1 NLN 0\r\nILN 1 NLN bob@example.com Bob 0\r\nILN 1 AWY carol@example.net Carol%20Smith 268435492\r\n',
    );
    const reply = await chg;
    const seenWhenResolved = events.map((e) => `${e.name} ${e.trid} ${e.params[1]}`);
    expect(reply).toEqual({ name: 'CHG', trid: 1, params: ['NLN', '0'], payload: null });
    expect(seenWhenResolved).toEqual(['ILN 1 bob@example.com', 'ILN 1 carol@example.net']);
  });

  it('ANS: the IRO lines are emitted before ANS OK resolves', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));
    const ans = conn.request('ANS', ['carol@example.net', '1002934.88123.4417', '11752013']);
    expect(await peer.nextLine()).toBe('ANS 1 carol@example.net 1002934.88123.4417 11752013');
    peer.write('IRO 1 1 2 alice@example.com Alice\r\n');
    await expect.poll(() => events.length).toBe(1);
    peer.write('IRO 1 2 2 bob@example.com Bob\r\nANS 1 OK\r\n');
    const reply = await ans;
    expect(reply.params).toEqual(['OK']);
    expect(events.map((e) => [e.name, e.trid, e.params[2]])).toEqual([
      ['IRO', 1, 'alice@example.com'],
      ['IRO', 1, 'bob@example.com'],
    ]);
  });
});
