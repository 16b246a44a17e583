// A real MSNFTP sender on 127.0.0.1 for tests of the receiving side: listens, checks the
// AuthCookie and streams a file (switchboard.md §11.2).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { connectTo, listenForPeer } from '../../../main/msnp/filetransfer/msnftp-endpoint';
import { sendFileOverMsnftp } from '../../../main/msnp/filetransfer/msnftp-sender';

export const AUTH_COOKIE = '424242';

/** Serves `data` once; `sent` settles when the sender is done (rejects on cancel or error). */
export async function serveFile(dir: string, data: Buffer) {
  const filePath = join(dir, `source-${data.length}.bin`);
  writeFileSync(filePath, data);
  const listener = await listenForPeer(['127.0.0.1'], { timeoutMs: 5000 });
  const sent = listener
    .accept(async (socket: Socket) => socket)
    .then((socket) =>
      sendFileOverMsnftp(socket, {
        opener: false,
        authCookie: AUTH_COOKIE,
        filePath,
        size: data.length,
        timeoutMs: 5000,
      }),
    );
  sent.catch(() => undefined);
  return {
    sent,
    connect: () => connectTo('127.0.0.1', listener.port, 2000),
    close: () => listener.close(),
  };
}
