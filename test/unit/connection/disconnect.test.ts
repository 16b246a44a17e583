// msnp8/README.md §9: when the socket closes, every pending request rejects with DisconnectedError
// and 'close' is emitted once; close() does the same from our side.
import { describe, expect, it } from 'vitest';
import { DisconnectedError } from '../../../main/msnp/connection';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('disconnect', () => {
  it('the server closing rejects all pending requests and emits close', async () => {
    const { conn, peer } = await connect();
    const closes: { error?: Error }[] = [];
    conn.on('close', (c) => closes.push(c));
    const a = conn.request('USR', ['TWN', 'S', 'ticket']);
    const b = conn.request('SYN', ['0']);
    await peer.nextLine();
    peer.write('OUT OTH\r\n');
    peer.socket.end();
    await expect(a).rejects.toBeInstanceOf(DisconnectedError);
    await expect(b).rejects.toBeInstanceOf(DisconnectedError);
    await expect.poll(() => closes.length).toBe(1);
    expect(conn.isOpen).toBe(false);
    expect(closes[0]!.error).toBeUndefined();
  });

  it('a reset connection reports its error on close', async () => {
    const { conn, peer } = await connect();
    const closed = new Promise<{ error?: Error }>((resolve) => conn!.once('close', resolve));
    const pending = conn.request('SYN', ['0']);
    await peer.nextLine();
    peer.socket.resetAndDestroy();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DisconnectedError);
    expect((await closed).error).toBeInstanceOf(Error);
  });

  it('close() rejects pending requests at once and later requests without sending', async () => {
    const { conn, peer } = await connect();
    const closed = new Promise((resolve) => conn!.once('close', resolve));
    const pending = conn.request('SYN', ['0']);
    expect(await peer.nextLine()).toBe('SYN 1 0');
    conn.sendUntracked('OUT');
    conn.close();
    expect(conn.isOpen).toBe(false);
    await expect(pending).rejects.toBeInstanceOf(DisconnectedError);
    await expect(conn.request('CHG', ['NLN', '0'])).rejects.toBeInstanceOf(DisconnectedError);
    expect(() => conn!.send('CHG', ['NLN', '0'])).toThrow(DisconnectedError);
    expect(() => conn!.sendUntracked('PNG')).toThrow(DisconnectedError);
    expect(await peer.nextLine()).toBe('OUT'); // flushed before the socket ended
    await closed;
  });
});
