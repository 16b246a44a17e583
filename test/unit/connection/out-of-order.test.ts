// msnp8/README.md §3.2: several requests may be outstanding; replies can arrive in any order,
// interleaved with unsolicited traffic.
import { describe, expect, it } from 'vitest';

import type { MsnpCommand } from '../../../main/msnp/codec';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('out-of-order replies', () => {
  it('matches each reply to its own request by TrID', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));

    const adg = conn.request('ADG', ['Old%20School', '0']);
    const rea = conn.request('REA', ['alice@example.com', 'Alice']);
    const blp = conn.request('BLP', ['BL']);
    expect([await peer.nextLine(), await peer.nextLine(), await peer.nextLine()]).toEqual([
      'ADG 1 Old%20School 0',
      'REA 2 alice@example.com Alice',
      'BLP 3 BL',
    ]);
    // Replies in reverse order, split mid-line, with presence in between.
    const wire =
      'BLP 3 55 BL\r\nFLN carol@example.net\r\nREA 2 54 alice@example.com Alice\r\nADG 1 48 Old%20School 3 0\r\n';
    peer.write(wire.slice(0, 17));
    await new Promise((r) => setTimeout(r, 10));
    peer.write(wire.slice(17));

    expect((await blp).params).toEqual(['55', 'BL']);
    expect((await rea).params).toEqual(['54', 'alice@example.com', 'Alice']);
    expect((await adg).params).toEqual(['48', 'Old%20School', '3', '0']);
    expect(events.map((e) => e.name)).toEqual(['FLN']);
  });

  it('a late reply for a request that already timed out is emitted as an event', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));
    await expect(conn.request('URL', ['INBOX'], { timeoutMs: 30 })).rejects.toThrow();
    peer.write('URL 1 /cgi-bin/HoTMaiL https://example.com/ 2\r\n');
    await expect.poll(() => events.map((e) => e.name)).toEqual(['URL']);
  });
});
