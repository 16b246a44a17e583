// The loopback WebSocket transport: the same router as Electron IPC, for the web harness.
// Only pages served by this harness may connect (Origin check, so another site open in the
// browser cannot drive the account), and only through the expected Host (DNS rebinding).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { AppEvent } from '@shared/ipc/events';
import type { WireMessage } from '@shared/ipc/wire';
import { WEB_BRIDGE_PATH } from '@shared/ipc/wire';
import { MAX_SEND_DATA_CHARS } from '@shared/ipc/limits';
import type { IpcTransport, RequestHandler } from '../ipc/transport';
import { isAllowedHost, isAllowedOrigin } from './origin';

/** Largest request accepted: a file handed over as base64 (files:sendData), plus its envelope. */
const MAX_REQUEST_BYTES = MAX_SEND_DATA_CHARS + 64 * 1024;

export class WsTransport implements IpcTransport {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_REQUEST_BYTES });
  private handler: RequestHandler | null = null;
  private socketSeq = 0;

  constructor(
    private readonly server: Server,
    private readonly port: () => number,
  ) {
    server.on('upgrade', this.onUpgrade);
  }

  serve(handler: RequestHandler): void {
    this.handler = handler;
  }

  broadcast(events: AppEvent[]): void {
    const text = JSON.stringify({ kind: 'events', events } satisfies WireMessage);
    for (const client of this.wss.clients) {
      if (client.readyState === WebSocket.OPEN) client.send(text);
    }
  }

  async close(): Promise<void> {
    this.server.off('upgrade', this.onUpgrade);
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = (request.url ?? '').split('?')[0];
    const port = this.port();
    if (
      path !== WEB_BRIDGE_PATH ||
      !isAllowedHost(request.headers.host, port) ||
      !isAllowedOrigin(request.headers.origin, port)
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.attach(ws));
  };

  private attach(ws: WebSocket): void {
    const senderId = ++this.socketSeq;
    ws.on('message', (data, isBinary) => {
      if (isBinary) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(data.toString());
      } catch {
        return;
      }
      const { id, channel, input } = (parsed ?? {}) as Record<string, unknown>;
      if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
      const reply = (message: WireMessage): void => {
        if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
      };
      if (typeof channel !== 'string' || !this.handler) {
        reply({
          kind: 'response',
          id,
          response: { ok: false, error: { code: 'invalid', message: 'Not a request.' } },
        });
        return;
      }
      void this.handler(channel, input, { transport: 'web', senderId }).then((response) =>
        reply({ kind: 'response', id, response }),
      );
    });
  }
}
