// files:reveal ("Open folder" beside a received file): the page names a transfer, never a path;
// main shows the file it saved itself, and only for a completed incoming transfer of this session.
import { describe, expect, it } from 'vitest';
import type { FileTransfer } from '@shared/domain';
import { requestSchemas } from '@shared/ipc/requests';
import { createWebDesktop } from '../../../main/web/web-desktop';
import { makeServices, signInArgs, tempDir } from './support/services';

const origin = { transport: 'electron' as const, senderId: 1 };

const received: FileTransfer = {
  id: 't-in',
  conversationId: 'c1',
  direction: 'in',
  peer: 'bob@x.test',
  fileName: 'photo.jpg',
  size: 10,
  transferred: 10,
  state: 'completed',
  savedPath: '/home/me/Downloads/photo.jpg',
};

async function signedIn() {
  const made = await makeServices(await tempDir());
  await made.services.handlers['session:signIn'](signInArgs, origin);
  return made;
}

describe('files:reveal', () => {
  it('the schema takes a transfer id and nothing else', () => {
    const schema = requestSchemas['files:reveal'];
    expect(schema.safeParse({ transferId: 't-in' }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ transferId: '' }).success).toBe(false);
    // A path sent along is dropped before any service sees it.
    expect(schema.parse({ transferId: 't', path: '/etc/passwd' })).toEqual({ transferId: 't' });
  });

  it('shows the saved path of a completed incoming transfer', async () => {
    const { services, clients, desktop } = await signedIn();
    clients.last().emit('fileTransfer', received);
    await services.handlers['files:reveal']({ transferId: 't-in' }, origin);
    expect(desktop.revealed).toEqual(['/home/me/Downloads/photo.jpg']);
  });

  it('refuses unknown, outgoing, unfinished or unsaved transfers', async () => {
    const { services, clients, desktop } = await signedIn();
    const client = clients.last();
    client.emit('fileTransfer', {
      ...received,
      id: 't-out',
      direction: 'out',
      savedPath: '/home/me/secret.txt',
    });
    client.emit('fileTransfer', { ...received, id: 't-busy', state: 'transferring' });
    client.emit('fileTransfer', { ...received, id: 't-nopath', savedPath: undefined });
    for (const transferId of ['nope', 't-out', 't-busy', 't-nopath']) {
      await expect(
        services.handlers['files:reveal']({ transferId }, origin),
        transferId,
      ).rejects.toMatchObject({ code: 'invalid' });
    }
    expect(desktop.revealed).toEqual([]);
  });

  it('forgets the transfers of a session once signed out', async () => {
    const { services, clients, desktop } = await signedIn();
    clients.last().emit('fileTransfer', received);
    await services.handlers['session:signOut'](undefined, origin);
    await expect(
      services.handlers['files:reveal']({ transferId: 't-in' }, origin),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(desktop.revealed).toEqual([]);
  });

  it('the web harness has no folder to open', () => {
    const desktop = createWebDesktop(() => undefined, '/srv/harness/Downloads');
    expect(() => desktop.files.reveal('/tmp/x')).toThrow();
  });

  it("the web harness's download folder is its own, whatever folder was current", async () => {
    const desktop = createWebDesktop(() => undefined, '/srv/harness/Downloads');
    expect(await desktop.files.chooseFolder('/etc')).toBe('/srv/harness/Downloads');
  });
});
