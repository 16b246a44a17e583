// Electron IPC transport: one ipcMain.handle per request channel, one event channel. Each
// request's sender frame must be our renderer (dev server origin or the packaged file).
import { BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { EVENT_CHANNEL, requestChannelName } from '@shared/ipc/bridge';
import type { BridgeResponse } from '@shared/ipc/bridge';
import type { AppEvent } from '@shared/ipc/events';
import { requestSchemas } from '@shared/ipc/requests';
import type { RequestChannel } from '@shared/ipc/requests';
import type { IpcTransport, RequestHandler } from './transport';
import { isTrustedRendererUrl } from './trusted-origin';

export class ElectronTransport implements IpcTransport {
  private readonly channels = Object.keys(requestSchemas) as RequestChannel[];

  constructor(private readonly rendererUrl: string) {}

  serve(handler: RequestHandler): void {
    for (const channel of this.channels) {
      ipcMain.handle(
        requestChannelName(channel),
        async (event: IpcMainInvokeEvent, input: unknown): Promise<BridgeResponse> => {
          const frameUrl = event.senderFrame?.url ?? '';
          if (!isTrustedRendererUrl(frameUrl, this.rendererUrl)) {
            return { ok: false, error: { code: 'forbidden', message: 'Not allowed.' } };
          }
          const window = BrowserWindow.fromWebContents(event.sender);
          return handler(channel, input, { transport: 'electron', senderId: window?.id ?? -1 });
        },
      );
    }
  }

  broadcast(events: AppEvent[]): void {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, events);
    }
  }

  async close(): Promise<void> {
    for (const channel of this.channels) ipcMain.removeHandler(requestChannelName(channel));
  }
}
