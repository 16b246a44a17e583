// The seam between the request router and whatever carries requests: Electron IPC in the app,
// a loopback WebSocket in the web harness. The router never knows which one serves it.
import type { BridgeResponse } from '@shared/ipc/bridge';
import type { AppEvent } from '@shared/ipc/events';

/** Who sent a request, as the transport established it (already origin-checked). */
export interface RequestOrigin {
  transport: 'electron' | 'web';
  /** Electron: the BrowserWindow id; web: the socket's sequence number. */
  senderId: number;
}

export type RequestHandler = (
  channel: string,
  input: unknown,
  origin: RequestOrigin,
) => Promise<BridgeResponse>;

export interface IpcTransport {
  /** Start answering requests with `handler`. */
  serve(handler: RequestHandler): void;
  /** Deliver one batch of events to every connected view. */
  broadcast(events: AppEvent[]): void;
  close(): Promise<void>;
}
