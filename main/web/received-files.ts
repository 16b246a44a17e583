// Download links for files this session received (web harness only): the page cannot open a
// path on the harness's disk, so each completed incoming transfer gets a link with a random,
// unguessable token. Only those files are served, never any other path.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileTransfer } from '@shared/domain';
import { isAllowedHost } from './origin';

/** The URL path prefix the links live under. */
export const RECEIVED_PATH = '/received/';

interface Received {
  path: string;
  fileName: string;
}

export class ReceivedFiles {
  private readonly tokenByTransfer = new Map<string, string>();
  private readonly byToken = new Map<string, Received>();

  /** The transfer as the page should see it: a completed incoming file gets its link. */
  decorate(transfer: FileTransfer): FileTransfer {
    if (transfer.direction !== 'in' || transfer.state !== 'completed' || !transfer.savedPath) {
      return transfer;
    }
    let token = this.tokenByTransfer.get(transfer.id);
    if (token === undefined) {
      token = randomBytes(32).toString('base64url');
      this.tokenByTransfer.set(transfer.id, token);
      this.byToken.set(token, { path: transfer.savedPath, fileName: transfer.fileName });
    }
    return { ...transfer, downloadUrl: `${RECEIVED_PATH}${token}` };
  }

  /** A link for a file main wrote for the page (a history export). */
  offer(path: string, fileName: string): string {
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { path, fileName });
    return `${RECEIVED_PATH}${token}`;
  }

  /** Answers a request under RECEIVED_PATH; false when the request is not for a link. */
  handle(request: IncomingMessage, response: ServerResponse, port: number): boolean {
    const pathname = (request.url ?? '').split('?')[0] ?? '';
    if (!pathname.startsWith(RECEIVED_PATH)) return false;
    const file = this.byToken.get(pathname.slice(RECEIVED_PATH.length));
    if (!isAllowedHost(request.headers.host, port) || request.method !== 'GET') {
      response.writeHead(403).end();
    } else if (!file) {
      response.writeHead(404).end();
    } else {
      void this.send(file, response);
    }
    return true;
  }

  private async send(file: Received, response: ServerResponse): Promise<void> {
    const info = await stat(file.path).catch(() => null);
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Disposition': `attachment; filename*=UTF-8''${rfc5987(file.fileName)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    const stream = createReadStream(file.path);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  }
}

// RFC 5987 ext-value: percent-encode everything but attr-char (encodeURIComponent leaves '()*).
const rfc5987 = (text: string): string =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
