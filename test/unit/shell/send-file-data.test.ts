// files:sendData in the services (over a fake MsnClient): only a web page may hand over bytes;
// they land in a private file under the user-data folder, offered by path, and are deleted when
// the transfer is over.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { MAX_SEND_DATA_CHARS } from '@shared/ipc/limits';
import { requestSchemas } from '@shared/ipc/requests';
import { makeServices, signInArgs, tempDir } from './support/services';

const web = { transport: 'web' as const, senderId: 1 };
const electron = { transport: 'electron' as const, senderId: 1 };
const data = Buffer.from('hello, Bob').toString('base64');

async function outgoing(dir: string): Promise<string[]> {
  const root = join(dir, 'outgoing');
  const found: string[] = [];
  for (const folder of await readdir(root)) {
    // A folder may be going away while we look.
    const names = await readdir(join(root, folder)).catch(() => []);
    for (const name of names) found.push(join(root, folder, name));
  }
  return found;
}

describe('files:sendData', () => {
  it('is refused from an Electron window (it has the native dialog)', async () => {
    const dir = await tempDir();
    const { services, clients } = await makeServices(dir);
    await services.handlers['session:signIn'](signInArgs, web);
    const send = services.handlers['files:sendData'];
    await expect(
      send({ conversationId: 'c1', fileName: 'a.txt', data }, electron),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(clients.last().calls.some((c) => c.method === 'sendFile')).toBe(false);
    expect(await outgoing(dir)).toEqual([]);
  });

  it('the schema refuses more than 50 MB of base64 before any service runs', () => {
    const schema = requestSchemas['files:sendData'];
    const at = (chars: number) => ({
      conversationId: 'c1',
      fileName: 'a',
      data: 'A'.repeat(chars),
    });
    expect(schema.safeParse(at(MAX_SEND_DATA_CHARS)).success).toBe(true);
    expect(schema.safeParse(at(MAX_SEND_DATA_CHARS + 4)).success).toBe(false);
  });

  it('before sign-in writes nothing and says so', async () => {
    const dir = await tempDir();
    const { services } = await makeServices(dir);
    await expect(
      services.handlers['files:sendData']({ conversationId: 'c1', fileName: 'a.txt', data }, web),
    ).rejects.toMatchObject({ code: 'notSignedIn' });
    expect(await outgoing(dir)).toEqual([]);
  });

  it('offers a private copy by path and deletes it when the transfer ends', async () => {
    const dir = await tempDir();
    const { services, clients } = await makeServices(dir);
    await services.handlers['session:signIn'](signInArgs, web);
    const client = clients.last();
    client.emit('conversation', { id: 'c1', participants: ['bob@x.test'], state: 'ready' });
    const { transferId } = await services.handlers['files:sendData'](
      { conversationId: 'c1', fileName: 'a.txt', data },
      web,
    );
    const call = client.calls.find((c) => c.method === 'sendFile');
    const path = String(call?.args[1]);
    expect(path.startsWith(join(dir, 'outgoing'))).toBe(true);
    expect(path.endsWith('a.txt')).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('hello, Bob');
    expect((await stat(path)).mode & 0o077).toBe(0);

    const transfer: FileTransfer = {
      id: transferId,
      conversationId: 'c1',
      direction: 'out',
      peer: 'bob@x.test',
      fileName: 'a.txt',
      size: 10,
      transferred: 0,
      state: 'transferring',
    };
    client.emit('fileTransfer', transfer);
    expect(await outgoing(dir)).toEqual([path]);
    client.emit('fileTransfer', { ...transfer, state: 'completed', transferred: 10 });
    await expect.poll(() => outgoing(dir)).toEqual([]);
  });

  it('a file left by an earlier run is removed at start', async () => {
    const dir = await tempDir();
    const first = await makeServices(dir);
    await first.services.handlers['session:signIn'](signInArgs, web);
    first.clients
      .last()
      .emit('conversation', { id: 'c1', participants: ['bob@x.test'], state: 'ready' });
    await first.services.handlers['files:sendData'](
      { conversationId: 'c1', fileName: 'left.txt', data },
      web,
    );
    expect(await outgoing(dir)).toHaveLength(1);
    await makeServices(dir);
    expect(await outgoing(dir)).toEqual([]);
  });
});
