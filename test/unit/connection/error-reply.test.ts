// errors.md §1: an error code with the request's TrID rejects it with a typed MsnpError
// carrying the code and the table's words.
import { describe, expect, it } from 'vitest';
import { MsnpError } from '../../../main/msnp/connection';
import type { MsnpCommand } from '../../../main/msnp/codec';
import { useConnectedPeer } from './raw-server';

const connect = useConnectedPeer();

describe('error replies', () => {
  it('rejects with MsnpError { code, info, command, trid }', async () => {
    const { conn, peer } = await connect();
    const add = conn.request('ADD', ['FL', 'a@b', 'a@b', '0']);
    await peer.nextLine();
    peer.write('201 1\r\n');
    const error = await add.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MsnpError);
    const msnp = error as MsnpError;
    expect(msnp.code).toBe(201);
    expect(msnp.command).toBe('ADD');
    expect(msnp.trid).toBe(1);
    expect(msnp.info).toEqual({
      code: 201,
      name: 'invalid parameter',
      message: 'That is not a valid e-mail address.',
    });
    expect(msnp.message).toBe('That is not a valid e-mail address.');
  });

  it('an error with an unknown or zero TrID is emitted as a command and fails nothing', async () => {
    const { conn, peer } = await connect();
    const events: MsnpCommand[] = [];
    conn.on('command', (c) => events.push(c));
    const syn = conn.request('SYN', ['0']);
    await peer.nextLine();
    peer.write('500 0\r\n911 99\r\nSYN 1 43 0 0\r\n');
    expect((await syn).params).toEqual(['43', '0', '0']);
    expect(events.map((e) => [e.name, e.trid])).toEqual([
      ['500', 0],
      ['911', 99],
    ]);
  });
});
